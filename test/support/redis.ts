import { connect } from 'node:net';

export const TEST_REDIS_URL = 'redis://127.0.0.1:6379';

/** True when a Redis answers PING on 127.0.0.1:6379 (.ci/run starts one). */
export function redisAnswers(timeoutMs = 1000): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = connect(6379, '127.0.0.1');
    const done = (answer: boolean) => {
      socket.destroy();
      resolve(answer);
    };
    socket.setTimeout(timeoutMs, () => done(false));
    socket.once('error', () => done(false));
    socket.once('connect', () => socket.write('PING\r\n'));
    socket.once('data', (chunk) => done(String(chunk).startsWith('+PONG')));
  });
}
