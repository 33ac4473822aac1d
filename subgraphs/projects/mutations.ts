import { conflict, notFound } from '../common/errors';
import { requireCaller, requireWritingRole } from './access';
import { insertReport, insertTicket, projectOfTicket, resolveOpenTicket } from './changes';
import type { ProgressReport, Ticket } from './entities';
import type { ProjectsContext } from './context';
import type { MutationResolvers } from './resolver-types';
import {
  checkExpectedVersion,
  checkIdempotencyKey,
  checkOptionalText,
  checkProgress,
  checkRequiredText,
  checkTargetId,
  LIMITS,
} from './validation';
import { runWrite, type WriteSpec } from './writes';

/** Checks the caller and the arguments (nothing is read before), then runs the write in one transaction. */
async function write<Result>(context: ProjectsContext, what: string, spec: (caller: WriteSpec<Result>['caller'], key: string | null) => Omit<WriteSpec<Result>, 'origin'>) {
  const caller = requireCaller(context.caller, what);
  requireWritingRole(caller);
  const checked = spec(caller, checkIdempotencyKey(context.idempotencyKey));
  const origin = { requestId: context.requestId ?? null, clientAddress: context.clientAddress };
  return context.primary.transaction((tx) => runWrite(tx, { ...checked, origin }));
}

const existingProject = (projectId: number) => async () => projectId;

const ticketJson = (ticket: Ticket) => ({ id: ticket.id, title: ticket.title, status: ticket.status, resolution: ticket.resolution });

export const mutations: MutationResolvers = {
  reportProgress: (_, args, context) =>
    write<ProgressReport>(context, 'Reporting progress', (caller, idempotencyKey) => {
      const projectId = checkTargetId(args.projectId, 'project');
      const progress = checkProgress(args.progress);
      const note = checkOptionalText(args.note, 'note', LIMITS.note);
      const expectedVersion = checkExpectedVersion(args.expectedVersion);
      return {
        caller,
        idempotencyKey,
        request: ['reportProgress', { projectId, progress, note, expectedVersion }],
        expectedVersion,
        projectOf: existingProject(projectId),
        apply: async (tx, project) => {
          // An admin without an agency reports on behalf of the lead agency.
          const agencyId = caller.agencyId ?? project.leadAgencyId;
          const report = await insertReport(tx, { projectId, progress, note, reportedBy: caller.subject, agencyId });
          return { result: report, action: 'REPORT_PROGRESS', targetId: report.id, before: {}, after: { report: { id: report.id, progress, note } } };
        },
      };
    }),

  openTicket: (_, args, context) =>
    write<Ticket>(context, 'Opening a ticket', (caller, idempotencyKey) => {
      const projectId = checkTargetId(args.projectId, 'project');
      const title = checkRequiredText(args.title, 'title', LIMITS.title);
      const body = checkOptionalText(args.body, 'body', LIMITS.body);
      const expectedVersion = checkExpectedVersion(args.expectedVersion);
      return {
        caller,
        idempotencyKey,
        request: ['openTicket', { projectId, title, body, expectedVersion }],
        expectedVersion,
        projectOf: existingProject(projectId),
        apply: async (tx) => {
          const ticket = await insertTicket(tx, { projectId, title, body, openedBy: caller.subject });
          return { result: ticket, action: 'OPEN_TICKET', targetId: ticket.id, before: { ticket: null }, after: { ticket: ticketJson(ticket) } };
        },
      };
    }),

  resolveTicket: (_, args, context) =>
    write<Ticket>(context, 'Resolving a ticket', (caller, idempotencyKey) => {
      const ticketId = checkTargetId(args.id, 'ticket');
      const resolution = checkRequiredText(args.resolution, 'resolution', LIMITS.resolution);
      const expectedVersion = checkExpectedVersion(args.expectedVersion);
      return {
        caller,
        idempotencyKey,
        request: ['resolveTicket', { ticketId, resolution, expectedVersion }],
        expectedVersion,
        projectOf: async (tx) => {
          const projectId = await projectOfTicket(tx, ticketId);
          if (projectId === null) throw notFound(`There is no ticket with id "${ticketId}"`);
          return projectId;
        },
        apply: async (tx, project) => {
          const ticket = await resolveOpenTicket(tx, ticketId, resolution, caller.subject);
          if (!ticket) {
            throw conflict(`Ticket ${ticketId} is already resolved: only an open ticket can be resolved`, {
              ticketStatus: 'RESOLVED',
              currentVersion: project.version - 1,
            });
          }
          return {
            result: ticket,
            action: 'RESOLVE_TICKET',
            targetId: ticket.id,
            before: { ticket: { ...ticketJson(ticket), status: 'OPEN', resolution: null } },
            after: { ticket: ticketJson(ticket) },
          };
        },
      };
    }),
};

