import pino, { type Logger } from 'pino';

export type { Logger };

export type LogFormat = 'auto' | 'json' | 'pretty';

/**
 * A pino logger: JSON lines; pretty-printed through pino-pretty when stdout is a terminal (format
 * `auto`) or when asked. The lines about a request (its `request completed` line, its errors)
 * carry its `requestId`, the same in the gateway and every subgraph the request reached.
 */
export function createLogger(name: string, level: string, format: LogFormat = 'auto', destination?: pino.DestinationStream): Logger {
  const pretty = format === 'pretty' || (format === 'auto' && process.stdout.isTTY === true);
  const options: pino.LoggerOptions = {
    name,
    level,
    ...(pretty && !destination ? { transport: { target: 'pino-pretty', options: { colorize: true, translateTime: 'SYS:HH:MM:ss.l' } } } : {}),
  };
  return destination ? pino(options, destination) : pino(options);
}
