export { Project } from './project';
export { ProjectAgency, type ProjectRole } from './project-agency';
export { ProjectService } from './project-service';
export { ProjectSubService } from './project-sub-service';
export { ProgressReport } from './progress-report';
export { Ticket, type TicketStatus } from './ticket';
export { AuditEntry, type AuditAction } from './audit-entry';
export { IdempotencyRecord } from './idempotency-record';
