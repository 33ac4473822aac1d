import type { DataSource } from 'typeorm';
import type { Metrics } from '../../lib/metrics';
import { entityColumns } from '../common/columns';
import { keysetPageLoader, listLoader, rowLoader } from '../common/loaders';
import { selectRows } from '../common/rows';
import { createQuestionLoaders } from './question-loaders';
import { Agency, Assessment, Service, SubService } from './entities';
import { historyList, type FeedRow } from './history-queries';

export type CatalogueLoaders = ReturnType<typeof createCatalogueLoaders>;

export function createCatalogueLoaders(db: DataSource, metrics: Metrics) {
  const byIds = <T extends { id: number }>(entity: new () => T) =>
    rowLoader<number, T>(
      metrics,
      (ids) => selectRows(db, entity, 'x.id = ANY($1)', [ids]),
      (row) => row.id,
    );

  return {
    agency: byIds(Agency),
    service: byIds(Service),
    subService: byIds(SubService),

    /** Newest round first. */
    assessmentsOfAgency: listLoader<number, Assessment>(
      metrics,
      (agencyIds) => selectRows(db, Assessment, 'x.agency_id = ANY($1)', [agencyIds], 'x.round DESC'),
      (row) => row.agencyId,
    ),

    subServicesOfService: listLoader<number, SubService>(
      metrics,
      (serviceIds) => selectRows(db, SubService, 'x.service_id = ANY($1)', [serviceIds], 'x.id'),
      (row) => row.serviceId,
    ),

    servicesOfAgency: keysetPageLoader<Service>(metrics, db, {
      from: 'catalogue.service s',
      columns: entityColumns(db, Service, 's'),
      where: 's.agency_id = parent.id',
      order: ['s.id'],
    }),

    /** A page of each record's history. */
    agencyHistory: keysetPageLoader<FeedRow>(metrics, db, historyList(db, 'AGENCY')),
    serviceHistory: keysetPageLoader<FeedRow>(metrics, db, historyList(db, 'SERVICE')),
    subServiceHistory: keysetPageLoader<FeedRow>(metrics, db, historyList(db, 'SUB_SERVICE')),
    ...createQuestionLoaders(db, metrics),
  };
}
