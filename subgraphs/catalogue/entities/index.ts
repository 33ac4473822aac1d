export { Agency, type WindowConnection } from './agency';
export { Assessment } from './assessment';
export { Service, type StepMode } from './service';
export { SubService } from './sub-service';
