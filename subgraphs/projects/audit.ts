import type { DataSource, EntityManager } from 'typeorm';
import type { Metrics } from '../../lib/metrics';
import type { Identity } from '../../lib/auth/identity';
import { entityColumns } from '../common/columns';
import { keysetPageLoader } from '../common/loaders';
import { AuditEntry, type AuditAction } from './entities';

export interface AuditRecord {
  projectId: number;
  /** Where the write came from: the request's id and the client's address (null when unknown). */
  origin: WriteOrigin;
  action: AuditAction;
  targetId: number;
  before: unknown;
  after: unknown;
}

export interface WriteOrigin {
  requestId: string | null;
  clientAddress: string | null;
}

/** Records a write in the caller's transaction: it commits or rolls back with the write. */
export async function recordAudit(tx: EntityManager, caller: Identity, record: AuditRecord): Promise<void> {
  await tx.query(
    `INSERT INTO projects.audit_log (project_id, subject, agency_id, roles, action, target_id, before, after, request_id, client_address)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10)`,
    [
      record.projectId,
      caller.subject,
      caller.agencyId,
      caller.roles,
      record.action,
      record.targetId,
      JSON.stringify(record.before),
      JSON.stringify(record.after),
      record.origin.requestId,
      record.origin.clientAddress,
    ],
  );
}

/** A page of each project's audit log, oldest first: one statement for all the projects of a response. */
export function auditPagesLoader(db: DataSource, metrics: Metrics) {
  return keysetPageLoader<AuditEntry>(metrics, db, {
    from: 'projects.audit_log a',
    columns: entityColumns(db, AuditEntry, 'a'),
    where: 'a.project_id = parent.id',
    order: ['a.id'],
  });
}
