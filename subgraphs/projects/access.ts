import { forbidden, unauthenticated } from '../../lib/auth/errors';
import type { Identity } from '../../lib/auth/identity';

/**
 * Who may do what to a project: an editor writes only to the projects their agency leads or
 * takes part in, an admin to any; the audit log is for admins and the project's own agencies.
 */
export function requireCaller(caller: Identity | null, what: string): Identity {
  if (!caller) throw unauthenticated(`${what} needs a bearer token (Authorization: Bearer <token>) of an editor of one of the project's agencies, or of an admin`);
  return caller;
}

const isAdmin = (caller: Identity) => caller.roles.includes('admin');

/** Before any lookup: a token without a writing role can write nothing. */
export function requireWritingRole(caller: Identity): void {
  if (!isAdmin(caller) && !caller.roles.includes('editor')) {
    throw forbidden('Writes need the editor or admin role; this token has neither');
  }
}

export function assertMayWrite(caller: Identity, projectId: number, agencyIds: number[]): void {
  if (isAdmin(caller)) return;
  if (caller.agencyId === null) throw forbidden(`This editor's token names no agency: an editor may write only to their own agency's projects`);
  if (!agencyIds.includes(caller.agencyId)) {
    throw forbidden(`Agency ${caller.agencyId} neither leads nor takes part in project ${projectId}: an editor may write only to their own agency's projects`);
  }
}

export function assertMayReadAudit(caller: Identity | null, projectId: number, agencyIds: number[]): void {
  if (!caller) throw unauthenticated(`The audit log needs a bearer token of one of the project's agencies, or of an admin`);
  if (isAdmin(caller)) return;
  if (caller.agencyId === null || !agencyIds.includes(caller.agencyId)) {
    throw forbidden(`Project ${projectId}'s audit log is for admins and the project's own agencies`);
  }
}
