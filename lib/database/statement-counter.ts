import type { Logger as OrmLogger } from 'typeorm';

/**
 * A TypeORM logger that counts the SQL statements a data source sends (TypeORM calls
 * logQuery for every statement) and logs failed ones. Tests and benchmarks read `count`.
 */
export class StatementCounter implements OrmLogger {
  count = 0;

  constructor(private readonly onError: (message: string, query: string) => void = () => {}) {}

  logQuery(): void {
    this.count += 1;
  }

  logQueryError(error: string | Error, query: string): void {
    this.onError(typeof error === 'string' ? error : error.message, query);
  }

  logQuerySlow(): void {}
  logSchemaBuild(): void {}
  logMigration(): void {}
  log(): void {}
}
