import type { ResponseError } from './client';
import { t, type Lang } from './i18n';
import type { Load } from './use-load';

function describe(lang: Lang, errors: ResponseError[]): string[] {
  const lines = errors.map((error) =>
    error.code === 'SUBGRAPH_UNAVAILABLE' && error.serviceName ? t(lang, 'subgraphDown', { name: error.serviceName }) : `${error.code ? `${error.code}: ` : ''}${error.message}`,
  );
  return [...new Set(lines)];
}

export function Loading({ lang, progress }: { lang: Lang; progress?: string }) {
  return (
    <p className="loading" role="status" aria-busy="true">
      {t(lang, 'loading')} {progress}
    </p>
  );
}

/** Nothing arrived: what failed and a way to try again. */
export function Failure({ lang, message, errors, retry }: { lang: Lang; message: string; errors: ResponseError[]; retry: () => void }) {
  const lines = errors.length ? describe(lang, errors) : [message];
  return (
    <div className="notice failure" role="alert" data-testid="failure">
      <strong>{t(lang, 'failed')}:</strong>
      <ul>
        {lines.map((line) => (
          <li key={line} dir="auto">
            {line}
          </li>
        ))}
      </ul>
      <button type="button" onClick={retry}>
        {t(lang, 'retry')}
      </button>
    </div>
  );
}

/** Some data arrived, some did not: shown above the partial data. */
export function PartialNotice({ lang, errors }: { lang: Lang; errors: ResponseError[] }) {
  if (!errors.length) return null;
  return (
    <div className="notice partial" role="alert" data-testid="partial-notice">
      <strong>{t(lang, 'partial')}</strong>
      <ul>
        {describe(lang, errors).map((line) => (
          <li key={line} dir="auto">
            {line}
          </li>
        ))}
      </ul>
    </div>
  );
}

/** A download that could not be read whole: why (nothing is saved). */
export function DownloadFailed({ lang, message }: { lang: Lang; message: string }) {
  return (
    <span className="notice failure" role="alert" data-testid="download-failed" dir="auto">
      {t(lang, 'downloadFailed')}: {message}
    </span>
  );
}

/** Loading, failure, or the view with a partial-data notice above it. */
export function Loaded<T>({ lang, load, children }: { lang: Lang; load: Load<T>; children: (value: T) => React.ReactNode }) {
  if (load.state === 'loading') return <Loading lang={lang} progress={load.progress} />;
  if (load.state === 'failed') return <Failure lang={lang} message={load.message} errors={load.errors} retry={load.retry} />;
  return (
    <>
      <PartialNotice lang={lang} errors={load.errors} />
      {children(load.value)}
    </>
  );
}
