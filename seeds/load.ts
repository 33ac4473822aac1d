import type { QueryRunner } from 'typeorm';
import { createDataSource, migrate } from '../lib/database/data-source';
import type { SubgraphName } from '../lib/subgraphs';
import { writeCatalogueSeed } from '../subgraphs/catalogue/seed';
import { catalogue } from '../subgraphs/catalogue';
import { readSeedMark, writeSeedMark } from '../subgraphs/common/bulk-insert';
import type { SubgraphDefinition } from '../subgraphs/common/subgraph';
import { inquiries } from '../subgraphs/inquiries';
import { writeInquiriesSeed } from '../subgraphs/inquiries/seed';
import { replaceServiceNames } from '../subgraphs/inquiries/service-name-queries';
import { projects } from '../subgraphs/projects';
import { writeProjectsSeed } from '../subgraphs/projects/seed';
import type { Dataset } from './dataset';
import { generateDataset } from './generator';
import { reportingRunner, rowsIn, type SeedProgress } from './progress';

/** Bump when the generator's output changes, so `npm run seed` replaces an older seed. */
export const SEED_VERSION = 3;

export type SeedMode =
  /** load only into empty schemas (npm start) */
  | 'if-empty'
  /** load unless the same seed is already there (npm run seed) */
  | 'unless-same'
  /** always reload */
  | 'force';

export interface SeedOptions {
  databaseUrl: string;
  scale: number;
  mode: SeedMode;
  log?: (message: string) => void;
  /** Generated on demand when not given. */
  dataset?: Dataset;
  /** Told of the work as it goes (a progress bar, log lines). */
  progress?: SeedProgress;
}

type Writer = (runner: QueryRunner, dataset: Dataset) => Promise<void>;
/** The rows a part writes, for the progress report. */
type Rows = (dataset: Dataset) => number;

const PARTS: [SubgraphDefinition<unknown>, Writer, Rows][] = [
  [catalogue as SubgraphDefinition<unknown>, (runner, dataset) => writeCatalogueSeed(runner, dataset.catalogue), (dataset) => rowsIn(dataset.catalogue)],
  [
    inquiries as SubgraphDefinition<unknown>,
    async (runner, dataset) => {
      await writeInquiriesSeed(runner, dataset.inquiries);
      // The names the inquiries subgraph sorts by: the catalogue's, from the same data.
      await replaceServiceNames(runner, serviceNames(dataset));
    },
    (dataset) => rowsIn(dataset.inquiries) + dataset.catalogue.services.length,
  ],
  [projects as SubgraphDefinition<unknown>, (runner, dataset) => writeProjectsSeed(runner, dataset.projects), (dataset) => rowsIn(dataset.projects)],
];

const serviceNames = (dataset: Dataset) => dataset.catalogue.services.map(({ id, nameFa }) => ({ id, nameFa }));

/**
 * Migrates each subgraph's schema and loads its part of the seed, one transaction per
 * subgraph (each may live in its own database): a failure leaves that schema as it was.
 */
export async function seed(options: SeedOptions): Promise<Record<SubgraphName, 'loaded' | 'kept'>> {
  const log = options.log ?? (() => {});
  const fingerprint = `v${SEED_VERSION}:scale-${options.scale}`;
  let dataset = options.dataset;
  const outcome = {} as Record<SubgraphName, 'loaded' | 'kept'>;

  for (const [definition, write, rows] of PARTS) {
    const dataSource = createDataSource({
      url: options.databaseUrl,
      schema: definition.name,
      entities: definition.entities,
      migrations: definition.migrations,
      poolSize: 2,
      applicationName: `panjare-seed-${definition.name}`,
    });
    await dataSource.initialize();
    try {
      await migrate(dataSource);
      const runner = dataSource.createQueryRunner();
      await runner.connect();
      try {
        await runner.startTransaction();
        // Bulk loads at scale 100 take longer than the API's per-statement limit, and sort and index millions of rows.
        await runner.query(`SET LOCAL statement_timeout = 0`);
        await runner.query(`SET LOCAL work_mem = '128MB'`);
        await runner.query(`SET LOCAL maintenance_work_mem = '256MB'`);
        // One seeder at a time per schema; a second waits, then sees the first one's mark.
        await runner.query(`LOCK TABLE "${definition.name}".seed_info IN EXCLUSIVE MODE`);
        const mark = await readSeedMark(runner, definition.name);
        const keep = options.mode === 'if-empty' ? mark !== null : options.mode === 'unless-same' && mark?.fingerprint === fingerprint;
        if (keep) {
          await runner.commitTransaction();
          outcome[definition.name] = 'kept';
          log(`${definition.name}: seed ${mark?.fingerprint} already loaded`);
          continue;
        }
        if (!dataset) options.progress?.generating(options.scale);
        dataset ??= generateDataset(options.scale);
        options.progress?.loading(definition.name, rows(dataset));
        const started = Date.now();
        await write(options.progress ? reportingRunner(runner, options.progress) : runner, dataset);
        await writeSeedMark(runner, definition.name, { scale: options.scale, fingerprint });
        await runner.commitTransaction();
        outcome[definition.name] = 'loaded';
        options.progress?.done(definition.name, Date.now() - started);
        log(`${definition.name}: seed ${fingerprint} loaded in ${Date.now() - started} ms`);
      } catch (error) {
        if (runner.isTransactionActive) await runner.rollbackTransaction();
        throw error;
      } finally {
        await runner.release();
      }
    } finally {
      await dataSource.destroy();
    }
  }
  return outcome;
}
