import { Client } from 'pg';
import { CHAIN_SQL } from '../../subgraphs/inquiries/dependency-loaders';
import { testDatabaseUrl } from '../support/stack';

/** The recursive queries walk the chains through indexes (EXPLAIN on the seeded database). */
let client: Client;
beforeAll(async () => {
  client = new Client({ connectionString: testDatabaseUrl() });
  await client.connect();
});
afterAll(() => client.end());

interface PlanNode {
  'Node Type': string;
  'Index Name'?: string;
  'Relation Name'?: string;
  Plans?: PlanNode[];
}

const explain = async (sql: string, params: unknown[] = []): Promise<PlanNode> => {
  const { rows } = await client.query(`EXPLAIN (FORMAT JSON) ${sql}`, params);
  return rows[0]['QUERY PLAN'][0].Plan;
};
const nodes = (plan: PlanNode): PlanNode[] => [plan, ...(plan.Plans ?? []).flatMap(nodes)];
/** The recursive term: the second input of the Recursive Union. */
const recursiveTerm = (plan: PlanNode) => nodes(plan).find((node) => node['Node Type'] === 'Recursive Union')!.Plans![1];
const indexesOf = (plan: PlanNode) => nodes(plan).flatMap((node) => (node['Index Name'] ? [node['Index Name']] : []));

describe('recursion plans', () => {
  it('Service.dependencyChain looks up each step through service_link_pk and inquiry_pkey, scanning no table', async () => {
    const { rows } = await client.query('SELECT array_agg(service_id) AS ids FROM (SELECT service_id FROM inquiries.service_summary ORDER BY inquiry_count DESC LIMIT 100) t');
    const step = recursiveTerm(await explain(CHAIN_SQL, [rows[0].ids, 10]));
    expect(indexesOf(step)).toEqual(expect.arrayContaining(['service_link_pk', 'inquiry_pkey']));
    expect(nodes(step).filter((node) => node['Node Type'] === 'Seq Scan')).toEqual([]);
  });

  it('provider_reach (Agency.impact, criticalProviders) walks up the chains through inquiry_answered_by_idx', async () => {
    const { rows } = await client.query(`SELECT pg_get_viewdef('inquiries.provider_reach'::regclass) AS sql`);
    const step = recursiveTerm(await explain(rows[0].sql.replace(/;\s*$/, '')));
    expect(indexesOf(step)).toContain('inquiry_answered_by_idx');
  });
});
