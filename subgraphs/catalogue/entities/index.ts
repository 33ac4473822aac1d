export { Agency, type WindowConnection } from './agency';
export { Assessment } from './assessment';
export { CatalogueChange, type CatalogueChangeAction, type CatalogueRecordKind } from './change';
export { Service, type StepMode } from './service';
export { SubService } from './sub-service';
