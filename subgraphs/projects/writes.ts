import type { EntityManager } from 'typeorm';
import type { Identity } from '../../lib/auth/identity';
import { conflict, notFound } from '../common/errors';
import { assertMayWrite } from './access';
import { agenciesOfProject, bumpProjectVersion, projectState, projectVersion } from './changes';
import { recordAudit, type WriteOrigin } from './audit';
import type { AuditAction } from './entities';
import { claimKey, storeResult } from './idempotency';
import type { ProjectWithProgress } from './queries';
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
  apply(tx: EntityManager, project: ProjectWithProgress): Promise<Applied<Result>>;
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
  const agencies = await agenciesOfProject(tx, projectId);
  if (agencies === null) throw notFound(`There is no project with id "${projectId}"`);
  return agencies;
}

/** Bumps the version or throws CONFLICT: the row lock makes a concurrent writer wait, then re-check the version. */
async function bumpVersion(tx: EntityManager, projectId: number, expected: number | null): Promise<void> {
  if (await bumpProjectVersion(tx, projectId, expected)) return;
  const current = await projectVersion(tx, projectId);
  throw conflict(`Project ${projectId} is at version ${current}, not ${expected}: someone wrote to it since; reload it and try again`, {
    currentVersion: current,
    expectedVersion: expected,
  });
}

const summary = (project: ProjectWithProgress, version: number) => ({
  version,
  progress: project.progress,
  status: projectStatus(project.progress, project.deadline, today()),
});
