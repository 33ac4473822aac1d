import { forbidden, unauthenticated } from '../../../lib/auth/errors';
import type { Identity } from '../../../lib/auth/identity';

/**
 * Who may change a catalogue or inquiry record: an editor of the agency that owns it (the
 * agency delivering a service, the agency answering an inquiry), or an admin.
 */
export function requireEditor(caller: Identity | null, what: string): Identity {
  if (!caller) throw unauthenticated(`${what} needs a bearer token (Authorization: Bearer <token>) of an editor of the agency that owns the record, or of an admin`);
  if (!isAdmin(caller) && !caller.roles.includes('editor')) throw forbidden('Writes need the editor or admin role; this token has neither');
  return caller;
}

const isAdmin = (caller: Identity) => caller.roles.includes('admin');

export function assertOwner(caller: Identity, ownerAgencyId: number, record: string): void {
  if (isAdmin(caller)) return;
  if (caller.agencyId === null) throw forbidden(`This editor's token names no agency: an editor may change only their own agency's records`);
  if (caller.agencyId !== ownerAgencyId) {
    throw forbidden(`${record} belongs to agency ${ownerAgencyId}, not to agency ${caller.agencyId}: an editor may change only their own agency's records`);
  }
}
