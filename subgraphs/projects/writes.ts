import type { EntityManager } from 'typeorm';
import type { Identity } from '../../lib/auth/identity';
import { conflict, notFound } from '../common/errors';
import { assertMayWrite } from './access';
import { recordAudit, type WriteOrigin } from './audit';
import type { AuditAction } from './entities';
import { claimKey, storeResult } from './idempotency';
import { selectProjects, type ProjectRow } from './loaders';
import { projectStatus, today } from './status';

/**
 * One write to a project, all in one transaction: authorisation, idempotency claim, version
 * bump (the project row stays locked until commit, so concurrent writes queue), the change
 * itself, the audit entry, the stored result. Any error rolls all of it back.
 */
export interface WriteSpec<Result> {
  caller: Identity;
  idempotencyKey: string | null;
  /** The request's id and the client's address, for the audit entry. */
  origin: WriteOrigin;
  /** The mutation and its checked arguments: what an Idempotency-Key is bound to. */
  request: [operation: string, args: unknown];
  expectedVersion: number | null;
  /** The project written to (resolveTicket finds it through the ticket); throws NOT_FOUND. */
  projectOf(tx: EntityManager): Promise<number>;
  /** The change; `project` is as it was before it (its version already bumped). */
  apply(tx: EntityManager, project: ProjectRow): Promise<Applied<Result>>;
}

export interface Applied<Result> {
  result: Result;
  action: AuditAction;
  targetId: number;
  /** The changed record's values before and after (the project's own are added). */
  before: Record<string, unknown>;
  after: Record<string, unknown>;
}

export async function runWrite<Result>(tx: EntityManager, spec: WriteSpec<Result>): Promise<Result> {
  const { caller, idempotencyKey: key } = spec;
  // A replay is authorised like a first call: the stored result is only for a caller who may make the write now.
  const projectId = await spec.projectOf(tx);
  assertMayWrite(caller, projectId, await agenciesOf(tx, projectId));
  if (key) {
    const first = await claimKey(tx, caller.subject, key, JSON.stringify(spec.request));
    if (first) return first.result as Result;
  }
  await bumpVersion(tx, projectId, spec.expectedVersion);
  const before = await projectState(tx, projectId);
  const applied = await spec.apply(tx, before);
  const after = await projectState(tx, projectId);
  await recordAudit(tx, caller, {
    projectId,
    origin: spec.origin,
    action: applied.action,
    targetId: applied.targetId,
    before: { project: summary(before, before.version - 1), ...applied.before },
    after: { project: summary(after, after.version), ...applied.after },
  });
  if (key) await storeResult(tx, caller.subject, key, applied.result);
  return applied.result;
}

async function agenciesOf(tx: EntityManager, projectId: number): Promise<number[]> {
  const rows: { agencyId: number | null }[] = await tx.query(
    `SELECT pa.agency_id AS "agencyId" FROM projects.project p LEFT JOIN projects.project_agency pa ON pa.project_id = p.id WHERE p.id = $1`,
    [projectId],
  );
  if (rows.length === 0) throw notFound(`There is no project with id "${projectId}"`);
  return rows.flatMap((row) => (row.agencyId === null ? [] : [row.agencyId]));
}

/** One row or CONFLICT: the row lock makes a concurrent writer wait, then re-check the version. */
async function bumpVersion(tx: EntityManager, projectId: number, expected: number | null): Promise<void> {
  const bumped = await tx.query(
    `UPDATE projects.project SET version = version + 1 WHERE id = $1 AND ($2::int IS NULL OR version = $2) RETURNING version`,
    [projectId, expected],
  );
  if (bumped[0].length > 0) return;
  const [current] = await tx.query(`SELECT version FROM projects.project WHERE id = $1`, [projectId]);
  throw conflict(`Project ${projectId} is at version ${current.version}, not ${expected}: someone wrote to it since; reload it and try again`, {
    currentVersion: current.version,
    expectedVersion: expected,
  });
}

async function projectState(tx: EntityManager, projectId: number): Promise<ProjectRow> {
  const [row] = await tx.query(selectProjects(tx.connection, { where: 'p.id = $1' }), [projectId]);
  return row;
}

const summary = (project: ProjectRow, version: number) => ({
  version,
  progress: project.progress,
  status: projectStatus(project.progress, project.deadline, today()),
});
