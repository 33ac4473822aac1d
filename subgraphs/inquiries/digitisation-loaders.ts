import DataLoader from 'dataloader';
import type { DataSource } from 'typeorm';
import type { Metrics } from '../../lib/metrics';
import { buildPaperModel, type PaperColumns, type PaperModel } from './planner/model';

/**
 * Everything the digitisation planner and what-if read, in one statement whatever they are
 * asked: every requirement on a paper inquiry, the inquiry counts of the services with one, each
 * consumer agency's links, and the channel of the inquiries a what-if names.
 */
const PAPER_SQL = `
  SELECT p.*, s.*, a.*, k.*
  FROM (SELECT array_agg(r.service_id) AS "serviceIds", array_agg(r.sub_service_id) AS "subServiceIds",
               array_agg(r.inquiry_id) AS "inquiryIds", array_agg(r.consumer_agency_id) AS "consumerIds",
               array_agg(i.provider_agency_id) AS "providerIds"
        FROM inquiries.requirement r JOIN inquiries.inquiry i ON i.id = r.inquiry_id
        WHERE i.channel = 'PAPER') p,
       (SELECT array_agg(service_id) AS "countedServiceIds", array_agg(inquiry_count) AS "inquiryCounts"
        FROM inquiries.service_summary WHERE paper_inquiry_count > 0) s,
       (SELECT array_agg(consumer_agency_id) AS "agencyIds", array_agg(links) AS "agencyLinks", array_agg(paper_links) AS "agencyPaperLinks"
        FROM inquiries.consumer_paper) a,
       (SELECT array_agg(id) AS "askedIds", array_agg(channel) AS "askedChannels"
        FROM inquiries.inquiry WHERE id = ANY($1::int[])) k`;

/**
 * The paper model, keyed by the inquiry ids whose channel a caller must check ('' for none):
 * every key of a request shares one statement and one model.
 */
export function paperModelLoader(db: DataSource, metrics: Metrics): DataLoader<string, PaperModel> {
  return new DataLoader(async (keys) => {
    metrics.observeBatch('value', keys.length);
    const asked = [...new Set(keys.flatMap((key) => (key ? key.split(',').map(Number) : [])))];
    const [row]: PaperColumns[] = await db.query(PAPER_SQL, [asked]);
    const model = buildPaperModel(row);
    return keys.map(() => model);
  });
}
