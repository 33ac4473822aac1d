import { startEmbeddedPostgres } from '../../lib/database/embedded';

/**
 * An embedded PostgreSQL in a process of its own, for tests that stop and restart one (jest's
 * workers cannot import the ES-module package). Usage: postgres-process.ts <dir> <port> <database>;
 * prints "postgres ready <url>", stops PostgreSQL and exits 0 on SIGINT or SIGTERM.
 */
const [dir, port, database] = process.argv.slice(2);
startEmbeddedPostgres({ dir, port: Number(port), database, persistent: true })
  .then((postgres) => {
    console.log(`postgres ready ${postgres.url}`);
    const stop = () => {
      postgres.stop().then(
        () => process.exit(0),
        () => process.exit(1),
      );
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  })
  .catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
