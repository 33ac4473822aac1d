import type { DataSource, EntitySubscriberInterface } from 'typeorm';
import type { AfterQueryEvent } from 'typeorm/subscriber/event/QueryEvent';
import type { Metrics } from '../metrics';
import { recordSpan } from '../tracing';

/**
 * Times every statement a data source sends (TypeORM's afterQuery event carries the time
 * PostgreSQL took): a count and a duration in the metrics, an SQL span when tracing is on.
 * `pool` names the data source (primary, read).
 */
export function observeStatements(dataSource: DataSource, metrics: Metrics, pool: string): void {
  const subscriber: EntitySubscriberInterface = {
    afterQuery(event: AfterQueryEvent) {
      const outcome = event.success ? 'success' : 'error';
      const durationMs = event.executionTime ?? 0;
      metrics.sqlStatements.inc({ pool, outcome });
      metrics.sqlSeconds.observe({ pool, outcome }, durationMs / 1000);
      const operation = event.query.trimStart().split(/\s/, 1)[0]!.toUpperCase();
      recordSpan(`SQL ${operation}`, durationMs, { 'db.system': 'postgresql', 'db.operation.name': operation, 'db.query.text': event.query.slice(0, 2000), 'panjare.pool': pool }, event.error);
    },
  };
  dataSource.subscribers.push(subscriber);
  metrics.watchPool(pool, (dataSource.driver as unknown as { master?: { totalCount: number; idleCount: number; waitingCount: number } }).master);
}
