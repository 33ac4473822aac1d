import { ConfigError } from './config';

/** A failure to start that its message explains in full (a database that cannot start): printed without a stack. */
export class StartError extends Error {
  override name = 'StartError';
}

/** Runs `main`; a configuration or start error prints its message alone, anything else its stack. Exit code 1 either way. */
export function runMain(main: () => Promise<unknown>): void {
  main().catch((error: unknown) => {
    console.error(error instanceof ConfigError || error instanceof StartError ? error.message : error);
    process.exit(1);
  });
}

/** Calls `stop` once on SIGINT or SIGTERM, then exits. */
export function onShutdown(stop: () => Promise<void>): void {
  let stopping = false;
  const handler = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(`error while stopping on ${signal}:`, error);
        process.exit(1);
      });
  };
  process.on('SIGINT', handler);
  process.on('SIGTERM', handler);
}
