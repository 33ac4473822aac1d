export { Agency } from './agency';
export { Assessment } from './assessment';
export { Service } from './service';
export { SubService } from './sub-service';
