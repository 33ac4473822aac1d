import type { DataSource } from 'typeorm';
import { entityColumns } from '../common/columns';
import { listLoader, pageLoader, rowLoader } from '../common/loaders';
import type { Page } from '../common/pagination';
import { fetchPagesByParent, type PageRows } from '../common/sql-pages';
import { Agency, Assessment, Service, SubService } from './entities';

export type CatalogueLoaders = ReturnType<typeof createCatalogueLoaders>;

export function createCatalogueLoaders(db: DataSource) {
  const byIds = <T extends { id: number }>(entity: new () => T) =>
    rowLoader<number, T>(
      (ids) => db.getRepository(entity).createQueryBuilder('x').where('x.id = ANY(:ids)', { ids }).getMany(),
      (row) => row.id,
    );

  return {
    agency: byIds(Agency),
    service: byIds(Service),
    subService: byIds(SubService),

    /** Newest round first. */
    assessmentsOfAgency: listLoader<number, Assessment>(
      (agencyIds) =>
        db
          .getRepository(Assessment)
          .createQueryBuilder('x')
          .where('x.agencyId = ANY(:agencyIds)', { agencyIds })
          .orderBy('x.round', 'DESC')
          .getMany(),
      (row) => row.agencyId,
    ),

    subServicesOfService: listLoader<number, SubService>(
      (serviceIds) =>
        db
          .getRepository(SubService)
          .createQueryBuilder('x')
          .where('x.serviceId = ANY(:serviceIds)', { serviceIds })
          .orderBy('x.id')
          .getMany(),
      (row) => row.serviceId,
    ),

    servicesOfAgency: pageLoader<Page, PageRows<Service>>(
      (agencyIds, page) =>
        fetchPagesByParent<Service>(
          db,
          agencyIds,
          { from: 'catalogue.service s', idColumn: 's.id', columns: entityColumns(db, Service, 's'), where: 's.agency_id = parent.id' },
          page,
        ),
      () => ({ total: 0, rows: [] }),
    ),
  };
}
