import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Metrics } from '../../lib/metrics';
import { buildPaperModel, type PaperColumns, type PaperModel } from './planner/model';

/**
 * Everything the digitisation planner and what-if read: every requirement on a paper inquiry,
 * the inquiry counts of the services with one, and each consumer agency's links.
 */
const PAPER_SQL = `
  SELECT p.*, s.*, a.*
  FROM (SELECT array_agg(r.service_id) AS "serviceIds", array_agg(r.sub_service_id) AS "subServiceIds",
               array_agg(r.inquiry_id) AS "inquiryIds", array_agg(r.consumer_agency_id) AS "consumerIds",
               array_agg(i.provider_agency_id) AS "providerIds"
        FROM inquiries.requirement r JOIN inquiries.inquiry i ON i.id = r.inquiry_id
        WHERE i.channel = 'PAPER') p,
       (SELECT array_agg(service_id) AS "countedServiceIds", array_agg(inquiry_count) AS "inquiryCounts"
        FROM inquiries.service_summary WHERE paper_inquiry_count > 0) s,
       (SELECT array_agg(consumer_agency_id) AS "agencyIds", array_agg(links) AS "agencyLinks", array_agg(paper_links) AS "agencyPaperLinks"
        FROM inquiries.consumer_paper) a`;

/**
 * What the model was read from: the seed, and the derived tables' version, which every write moving a
 * channel or a need bumps in its own transaction, in commit order (derived-queries.ts): the model is read
 * again after any such write has committed, its figures with it; and the channel of the inquiries a what-if names.
 */
const STAMP_SQL = `
  SELECT concat_ws('@',
           (SELECT fingerprint || '@' || loaded_at::text FROM inquiries.seed_info),
           (SELECT version FROM inquiries.derived_version)) AS stamp,
         (SELECT array_agg(id) FROM inquiries.inquiry WHERE id = ANY($1::int[])) AS "askedIds",
         (SELECT array_agg(channel) FROM inquiries.inquiry WHERE id = ANY($1::int[])) AS "askedChannels"`;

export interface PaperView {
  model: PaperModel;
  /** The channel of each inquiry asked about that exists. */
  askedChannels: Map<number, string>;
}

// One model per database and seed in the process: the paper links are read once per seed, not per request.
const models = new WeakMap<DataSource, { stamp: string | null; model: Promise<PaperModel> }>();

function modelOf(db: DataSource, stamp: string | null): Promise<PaperModel> {
  const cached = models.get(db);
  if (cached && stamp !== null && cached.stamp === stamp) return cached.model;
  const model = db.query(PAPER_SQL).then(([row]: PaperColumns[]) => buildPaperModel(row));
  models.set(db, { stamp, model });
  model.catch(() => models.get(db)?.model === model && models.delete(db));
  return model;
}

/**
 * The paper model, keyed by the inquiry ids whose channel a caller must check ('' for none):
 * every key of a request shares one small statement; the model itself is read again only when
 * the seed has changed (a second statement).
 */
export function paperModelLoader(db: DataSource, metrics: Metrics): DataLoader<string, PaperView> {
  return new DataLoader(async (keys) => {
    metrics.observeBatch('value', keys.length);
    const asked = [...new Set(keys.flatMap((key) => (key ? key.split(',').map(Number) : [])))];
    const [row]: { stamp: string | null; askedIds: number[] | null; askedChannels: string[] | null }[] = await db.query(STAMP_SQL, [asked]);
    const model = await modelOf(db, row.stamp);
    const askedChannels = new Map((row.askedIds ?? []).map((id, index) => [id, row.askedChannels![index]]));
    return keys.map(() => ({ model, askedChannels }));
  });
}
