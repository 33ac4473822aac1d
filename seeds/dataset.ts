import type { CatalogueData } from '../subgraphs/catalogue/seed';
import type { InquiriesData } from '../subgraphs/inquiries/seed';
import type { ProjectsData } from '../subgraphs/projects/seed';

/**
 * A seed data set: plain rows, one array per table, split by the subgraph that owns them (each
 * subgraph states the shape of its rows beside the code that writes them, subgraphs/<name>/seed.ts).
 */
export interface Dataset {
  scale: number;
  catalogue: CatalogueData;
  inquiries: InquiriesData;
  projects: ProjectsData;
}
