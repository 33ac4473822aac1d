import { QueryRunnerAlreadyReleasedError, QueryRunnerProviderAlreadyReleasedError } from 'typeorm';
import { createDataSource } from '../../lib/database/data-source';
import { databaseFault } from '../../lib/database/faults';
import { testDatabaseUrl } from '../support/stack';

describe('databaseFault', () => {
  it.each([
    ['connection refused', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' })],
    ['admin shutdown (57P01)', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['crash shutdown (57P02)', { code: '57P02', message: 'x' }],
    ['cannot connect now (57P03)', { code: '57P03', message: 'the database system is starting up' }],
    ['too many connections (53300)', { code: '53300', message: 'sorry, too many clients already' }],
    ['a connection timeout', new Error('timeout exceeded when trying to connect')],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['wrapped by TypeORM', { name: 'QueryFailedError', message: 'x', driverError: { code: '08006', message: 'y' } }],
    ['a non-Error thrown value', { message: 'Unexpected error value', thrownValue: { code: 'ECONNREFUSED' } }],
    ['a query runner released by its failed connection', new QueryRunnerProviderAlreadyReleasedError()],
    ['a released query runner used again', new QueryRunnerAlreadyReleasedError()],
    ['an AggregateError of refusals', new AggregateError([Object.assign(new Error('a'), { code: 'ECONNREFUSED' })], 'all failed')],
  ])('%s is SERVICE_UNAVAILABLE', (_case, error) => {
    expect(databaseFault(error)).toEqual({ code: 'SERVICE_UNAVAILABLE', message: 'The database is unavailable; try again shortly' });
  });

  it.each([
    ['a syntax error', { code: '42601', message: 'syntax error at or near "SELEC"' }],
    ['a missing table', { code: '42P01', message: 'relation "x" does not exist' }],
    ['a unique violation', { code: '23505', message: 'duplicate key' }],
    ['a plain bug', new TypeError('cannot read properties of undefined')],
    ['nothing', undefined],
  ])('%s is not a fault of the database', (_case, error) => {
    expect(databaseFault(error)).toBeUndefined();
  });
});

describe('the statement timeout on pool connections', () => {
  it('defaults to 3 s, and a statement running longer fails with SERVICE_UNAVAILABLE', async () => {
    const plain = createDataSource({ url: testDatabaseUrl(), schema: 'public', entities: [], migrations: [], poolSize: 1, applicationName: 'panjare-test' });
    await plain.initialize();
    try {
      expect(await plain.query('SHOW statement_timeout')).toEqual([{ statement_timeout: '3s' }]);
    } finally {
      await plain.destroy();
    }

    const short = createDataSource({ url: testDatabaseUrl(), schema: 'public', entities: [], migrations: [], poolSize: 1, applicationName: 'panjare-test', statementTimeoutMs: 100 });
    await short.initialize();
    try {
      const error = await short.query('SELECT pg_sleep(5)').catch((caught: unknown) => caught);
      expect((error as { driverError?: { code?: string } }).driverError?.code).toBe('57014');
      expect(databaseFault(error)).toEqual({ code: 'SERVICE_UNAVAILABLE', message: 'The database took too long to answer; try again or ask for less' });
      expect(await short.query('SELECT 1 AS ok')).toEqual([{ ok: 1 }]); // the connection is still usable
    } finally {
      await short.destroy();
    }
  });
});
