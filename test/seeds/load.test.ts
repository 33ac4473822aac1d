import { Client } from 'pg';
import { seed } from '../../seeds/load';
import { generateDataset } from '../../seeds/generator';
import { createScratchDatabase, type TestDatabase } from '../support/database';
import { testDatabaseUrl } from '../support/stack';

/** Loading into a database of its own, beside the run's seeded one. */
let scratch: TestDatabase;
beforeAll(async () => {
  scratch = await createScratchDatabase(testDatabaseUrl(), 'panjare_seed');
});
afterAll(() => scratch.drop());

const counts = async (url: string) => {
  const client = new Client({ connectionString: url });
  await client.connect();
  try {
    const { rows } = await client.query(`SELECT
      (SELECT count(*)::int FROM catalogue.agency) AS agencies,
      (SELECT count(*)::int FROM catalogue.service) AS services,
      (SELECT count(*)::int FROM inquiries.requirement) AS requirements,
      (SELECT count(*)::int FROM inquiries.service_summary WHERE inquiry_count > 20) AS heavy,
      (SELECT count(*)::int FROM projects.project) AS projects,
      (SELECT count(*)::int FROM projects.progress_report) AS reports`);
    return rows[0];
  } finally {
    await client.end();
  }
};

describe('seed', () => {
  it('loads an empty database, then keeps it: loading twice changes nothing', async () => {
    const first = await seed({ databaseUrl: scratch.url, scale: 1, mode: 'if-empty' });
    expect(first).toEqual({ catalogue: 'loaded', inquiries: 'loaded', projects: 'loaded' });
    const loaded = await counts(scratch.url);
    expect(loaded).toMatchObject({ agencies: 108, services: 779, heavy: 241, projects: 23 });

    expect(await seed({ databaseUrl: scratch.url, scale: 1, mode: 'unless-same' })).toEqual({ catalogue: 'kept', inquiries: 'kept', projects: 'kept' });
    expect(await seed({ databaseUrl: scratch.url, scale: 1, mode: 'if-empty' })).toEqual({ catalogue: 'kept', inquiries: 'kept', projects: 'kept' });
    expect(await counts(scratch.url)).toEqual(loaded);

    expect(await seed({ databaseUrl: scratch.url, scale: 1, mode: 'force' })).toEqual({ catalogue: 'loaded', inquiries: 'loaded', projects: 'loaded' });
    expect(await counts(scratch.url)).toEqual(loaded);
  });

  it('is transactional: a load that fails half-way leaves the previous data whole', async () => {
    const before = await counts(scratch.url);
    const broken = generateDataset(1);
    // A duplicate service id fails the catalogue's load after its agencies were written.
    broken.catalogue.services.push({ ...broken.catalogue.services[0] });
    await expect(seed({ databaseUrl: scratch.url, scale: 2, mode: 'force', dataset: broken })).rejects.toThrow(/duplicate key/);
    expect(await counts(scratch.url)).toEqual(before);
  });
});
