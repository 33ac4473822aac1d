import { seed } from '../../seeds/load';
import { generateDataset } from '../../seeds/generator';
import { rowsIn, type SeedProgress } from '../../seeds/progress';
import { seedProgress } from '../../scripts/seed-progress';
import { createScratchDatabase, type TestDatabase } from '../support/database';
import { testDatabaseUrl } from '../support/stack';

let scratch: TestDatabase;
beforeAll(async () => {
  scratch = await createScratchDatabase(testDatabaseUrl(), 'panjare_progress');
});
afterAll(() => scratch.drop());

it("seed() tells its reporter of the generation, each part's rows, every statement with the rows written so far, and each part's end", async () => {
  const events: [string, ...unknown[]][] = [];
  const progress: SeedProgress = {
    generating: (scale) => events.push(['generating', scale]),
    loading: (part, rows) => events.push(['loading', part, rows]),
    statement: (rows, sql) => events.push(['statement', rows, sql]),
    done: (part) => events.push(['done', part]),
  };
  await seed({ databaseUrl: scratch.url, scale: 1, mode: 'force', progress });
  const dataset = generateDataset(1);
  expect(events.filter(([kind]) => kind !== 'statement')).toEqual([
    ['generating', 1],
    ['loading', 'catalogue', rowsIn(dataset.catalogue)],
    ['done', 'catalogue'],
    ['loading', 'inquiries', rowsIn(dataset.inquiries) + dataset.catalogue.services.length],
    ['done', 'inquiries'],
    ['loading', 'projects', rowsIn(dataset.projects)],
    ['done', 'projects'],
  ]);
  const inquiries = events.slice(events.findIndex(([kind, part]) => kind === 'loading' && part === 'inquiries'), events.findIndex(([kind, part]) => kind === 'done' && part === 'inquiries'));
  const written = inquiries.filter(([kind]) => kind === 'statement').map(([, rows]) => rows as number);
  expect(written).toEqual([...written].sort((a, b) => a - b));
  // Every row is counted once it is written: the views refreshed after the rows see them all.
  const refresh = inquiries.find(([kind, , sql]) => kind === 'statement' && /REFRESH MATERIALIZED VIEW inquiries.provider_reach\b/.test(sql as string));
  expect(refresh?.[1]).toBe(rowsIn(dataset.inquiries));
});

it('shown off a terminal: a line every few seconds with the counts, an estimate and the statement running, for each part being loaded', async () => {
  const lines: string[] = [];
  const reporter = seedProgress((line) => lines.push(line), { isTTY: false } as NodeJS.WriteStream);
  reporter.loading('inquiries', 1000);
  reporter.statement(0, 'INSERT INTO inquiries.requirement (service_id) SELECT * FROM unnest($1::int[])');
  reporter.statement(400, 'INSERT INTO inquiries.requirement (service_id) SELECT * FROM unnest($1::int[])');
  await new Promise((resolve) => setTimeout(resolve, 5200));
  reporter.statement(1000, 'REFRESH MATERIALIZED VIEW inquiries.provider_reach');
  reporter.done('inquiries', 0);
  expect(lines).toEqual([expect.stringMatching(/^inquiries: 400\/1,000 rows \(40 %\), about \d+ s left; writing inquiries\.requirement after 5 s$/)]);
}, 15_000);
