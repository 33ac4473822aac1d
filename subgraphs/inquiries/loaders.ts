import type { DataSource } from 'typeorm';
import type { Metrics } from '../../lib/metrics';
import { entityColumns } from '../common/columns';
import { keysetPageLoader, listLoader, rowLoader, valueLoader } from '../common/loaders';
import { selectRows } from '../common/rows';
import { createDependencyLoaders } from './dependency-loaders';
import { paperModelLoader } from './digitisation-loaders';
import { createQuestionLoaders } from './question-loaders';
import { Inquiry } from './entities';
import { historyList, type FeedRow } from './history-queries';

export type InquiriesLoaders = ReturnType<typeof createInquiriesLoaders>;

export interface ServiceSummary {
  inquiryCount: number;
  paperInquiryCount: number;
}

type Owned<Key extends string> = Inquiry & Record<Key, number>;

export function createInquiriesLoaders(db: DataSource, metrics: Metrics) {
  const columns = entityColumns(db, Inquiry, 'i');
  const servicesPage = (from: string, where: string) =>
    keysetPageLoader<{ id: number }>(metrics, db, { from, columns: 'x.service_id AS id', where, order: ['x.service_id'] });

  const inquiriesOfServices = (condition: string) =>
    listLoader<number, Owned<'serviceId'>>(
      metrics,
      (serviceIds) =>
        db.query(
          `SELECT l.service_id AS "serviceId", ${columns}
           FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
           WHERE l.service_id = ANY($1) AND ${condition} ORDER BY l.service_id, i.id`,
          [serviceIds],
        ),
      (row) => row.serviceId,
    );

  return {
    inquiry: rowLoader<number, Inquiry>(
      metrics,
      (ids) => selectRows(db, Inquiry, 'x.id = ANY($1)', [ids]),
      (row) => row.id,
    ),

    /** Distinct inquiries of each service, its sub-services' included, by id. */
    inquiriesOfService: inquiriesOfServices('true'),
    /** The same, paper ones only: the paper report asks for them on hundreds of services, where paper is a minority. */
    paperInquiriesOfService: inquiriesOfServices(`i.channel = 'PAPER'`),

    inquiriesOfSubService: listLoader<number, Owned<'subServiceId'>>(
      metrics,
      (subServiceIds) =>
        db.query(
          `SELECT r.sub_service_id AS "subServiceId", ${columns}
           FROM inquiries.requirement r JOIN inquiries.inquiry i ON i.id = r.inquiry_id
           WHERE r.sub_service_id = ANY($1) ORDER BY r.sub_service_id, i.id`,
          [subServiceIds],
        ),
      (row) => row.subServiceId,
    ),

    inquiriesOfProvider: listLoader<number, Inquiry>(
      metrics,
      (agencyIds) => selectRows(db, Inquiry, 'x.provider_agency_id = ANY($1)', [agencyIds], 'x.id'),
      (row) => row.providerAgencyId,
    ),

    serviceSummary: valueLoader<number, ServiceSummary>(metrics, async (serviceIds) => {
      const rows: (ServiceSummary & { serviceId: number })[] = await db.query(
        `SELECT service_id AS "serviceId", inquiry_count AS "inquiryCount", paper_inquiry_count AS "paperInquiryCount"
         FROM inquiries.service_summary WHERE service_id = ANY($1)`,
        [serviceIds],
      );
      return new Map(rows.map(({ serviceId, ...summary }) => [serviceId, summary]));
    }, { inquiryCount: 0, paperInquiryCount: 0 }),

    providersOfService: listLoader<number, { serviceId: number; id: number }>(
      metrics,
      (serviceIds) =>
        db.query(
          `SELECT DISTINCT l.service_id AS "serviceId", i.provider_agency_id AS id
           FROM inquiries.service_link l JOIN inquiries.inquiry i ON i.id = l.inquiry_id
           WHERE l.service_id = ANY($1) ORDER BY 1, 2`,
          [serviceIds],
        ),
      (row) => row.serviceId,
    ),

    neededByCount: valueLoader<number, number>(metrics, async (inquiryIds) => {
      const rows: { inquiryId: number; count: number }[] = await db.query(
        `SELECT inquiry_id AS "inquiryId", count(*)::int AS count
         FROM inquiries.service_link WHERE inquiry_id = ANY($1) GROUP BY inquiry_id`,
        [inquiryIds],
      );
      return new Map(rows.map((row) => [row.inquiryId, row.count]));
    }, 0),

    /** A page of each inquiry's history. */
    history: keysetPageLoader<FeedRow>(metrics, db, historyList(db)),

    neededBy: servicesPage('inquiries.service_link x', 'x.inquiry_id = parent.id'),
    dependentServices: servicesPage('inquiries.provider_service x', 'x.provider_agency_id = parent.id'),
    paperModel: paperModelLoader(db, metrics),
    ...createDependencyLoaders(db, metrics),
    ...createQuestionLoaders(db, metrics),
  };
}
