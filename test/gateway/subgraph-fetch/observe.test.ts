import { Metrics } from '../../../lib/metrics';
import { observe } from '../../../gateway/subgraph-fetch/observe';
import { parsePrometheus, total } from '../../support/prometheus';
import { requestOf } from '../../support/subgraph-fetch';

it('the observe stage times and counts each fetch that goes on, by subgraph and outcome, and passes the answer or failure through', async () => {
  const metrics = new Metrics('gateway');
  const answers = [{ data: {}, cacheHint: {} }, { data: null, errors: [{ message: 'no' }], cacheHint: {} }];
  let call = 0;
  const fetch = observe(metrics)(async () => {
    call += 1;
    if (call > answers.length) throw new Error('down');
    return answers[call - 1]!;
  });
  expect(await fetch(requestOf({ subgraph: 'catalogue' }))).toBe(answers[0]);
  expect(await fetch(requestOf({ subgraph: 'catalogue' }))).toBe(answers[1]);
  await expect(fetch(requestOf({ subgraph: 'projects' }))).rejects.toThrow('down');
  const samples = parsePrometheus(await metrics.registry.metrics());
  expect(total(samples, 'panjare_subgraph_fetches_total', { subgraph: 'catalogue', outcome: 'success' })).toBe(1);
  expect(total(samples, 'panjare_subgraph_fetches_total', { subgraph: 'catalogue', outcome: 'error' })).toBe(1);
  expect(total(samples, 'panjare_subgraph_fetches_total', { subgraph: 'projects', outcome: 'error' })).toBe(1);
  expect(total(samples, 'panjare_subgraph_fetch_duration_seconds_count', { subgraph: 'catalogue' })).toBe(2);
});
