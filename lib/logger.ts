import pino, { type Logger } from 'pino';
import { currentRequestId } from './http/request-id';

export type { Logger };

export type LogFormat = 'auto' | 'json' | 'pretty';

/**
 * A pino logger: JSON lines, each carrying the id of the request being served (`requestId`, the
 * same in the gateway and every subgraph the request reached); pretty-printed through pino-pretty
 * when stdout is a terminal (format `auto`) or when asked.
 */
export function createLogger(name: string, level: string, format: LogFormat = 'auto', destination?: pino.DestinationStream): Logger {
  const pretty = format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
  const options: pino.LoggerOptions = {
    name,
    level,
    // Lines from pino-http's per-request child logger already carry the id as a binding.
    mixin: (_object, _level, logger) => {
      const requestId = currentRequestId();
      return requestId && !('requestId' in logger.bindings()) ? { requestId } : {};
    },
    ...(pretty && !destination ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l' } } } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
