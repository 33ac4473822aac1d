import { startGatewayProcess, startSubgraphProcess } from '../support/processes';

/**
 * A subgraph and the gateway run alone, as deployed, outside NODE_ENV=test (where Apollo Server would add SIGINT and
 * SIGTERM handlers of its own): on SIGTERM each stops its server, then its pools, says so, and exits 0. With Apollo's
 * handlers beside ours, the second stop() never returned, the pools were never closed, and a subgraph exited only when
 * pg's idle timeout emptied its event loop.
 */
it('a subgraph and the gateway each stop on SIGTERM after closing their pools, and exit 0', async () => {
  const catalogue = await startSubgraphProcess('catalogue', { NODE_ENV: 'development' });
  const gateway = await startGatewayProcess({ catalogue: catalogue.url, inquiries: catalogue.url, projects: catalogue.url }, { NODE_ENV: 'development' }).catch(async (error: unknown) => {
    await catalogue.stop();
    throw error;
  });
  const answer = await fetch(gateway.url, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ query: '{ catalogueStats { agencies } }' }) });
  expect(((await answer.json()) as { data?: unknown }).data).toEqual({ catalogueStats: { agencies: expect.any(Number) } });

  gateway.process.kill('SIGTERM');
  expect(await gateway.exited).toBe(0);
  expect(gateway.output()).toMatch(/gateway stopped/);
  catalogue.process.kill('SIGTERM');
  expect(await catalogue.exited).toBe(0);
  expect(catalogue.output()).toMatch(/catalogue subgraph stopped/);
}, 60_000);
