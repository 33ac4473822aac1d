import { useCallback, useEffect, useState } from 'react';
import { RequestFailure, type ResponseError } from './client';

export type Load<T> =
  | { state: 'loading'; progress?: string }
  | { state: 'failed'; message: string; errors: ResponseError[]; retry: () => void }
  | { state: 'done'; value: T; errors: ResponseError[]; retry: () => void };

/**
 * Runs `load` whenever `key` changes and keeps what it gave: loading, failed (with why) or
 * done (with the partial-data errors the response carried). A stale answer is dropped.
 */
export function useLoad<T>(key: string, load: (progress: (text: string) => void) => Promise<{ value: T; errors: ResponseError[] }>): Load<T> {
  const [result, setResult] = useState<Load<T>>({ state: 'loading' });
  const [attempt, setAttempt] = useState(0);
  const retry = useCallback(() => setAttempt((value) => value + 1), []);
  useEffect(() => {
    let current = true;
    setResult({ state: 'loading' });
    load((progress) => current && setResult({ state: 'loading', progress }))
      .then(({ value, errors }) => current && setResult({ state: 'done', value, errors, retry }))
      .catch((error: unknown) => {
        if (!current) return;
        const failure = error instanceof RequestFailure ? error : new RequestFailure(String(error));
        setResult({ state: 'failed', message: failure.message, errors: failure.errors, retry });
      });
    return () => {
      current = false;
    };
    // `load` is a new closure on each render; `key` says when its inputs changed.
  }, [key, attempt]);
  return result;
}
