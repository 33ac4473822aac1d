import { entityColumns } from '../common/columns';
import { conflict, notFound } from '../common/errors';
import type { SubgraphContext } from '../common/subgraph';
import { requireCaller, requireWritingRole } from './access';
import { ProgressReport, Ticket } from './entities';
import type { ProjectsLoaders } from './loaders';
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

type Context = SubgraphContext<ProjectsLoaders>;

/** Checks the caller and the arguments (nothing is read before), then runs the write in one transaction. */
async function write<Result>(context: Context, what: string, spec: (caller: WriteSpec<Result>['caller'], key: string | null) => Omit<WriteSpec<Result>, 'origin'>) {
  const caller = requireCaller(context.caller, what);
  requireWritingRole(caller);
  const checked = spec(caller, checkIdempotencyKey(context.idempotencyKey));
  const origin = { requestId: context.requestId ?? null, clientAddress: context.clientAddress };
  return context.primary.transaction((tx) => runWrite(tx, { ...checked, origin }));
}

const existingProject = (projectId: number) => async () => projectId;

interface ReportProgressArgs {
  projectId: string;
  progress: number;
  note?: string | null;
  expectedVersion?: number | null;
}

interface OpenTicketArgs {
  projectId: string;
  title: string;
  body?: string | null;
  expectedVersion?: number | null;
}

interface ResolveTicketArgs {
  id: string;
  resolution: string;
  expectedVersion?: number | null;
}

const ticketJson = (ticket: Ticket) => ({ id: ticket.id, title: ticket.title, status: ticket.status, resolution: ticket.resolution });

export const mutations = {
  reportProgress: (_: unknown, args: ReportProgressArgs, context: Context) =>
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
          const [report] = await tx.query(
            `INSERT INTO projects.progress_report AS x (project_id, progress, note, reported_by, agency_id) VALUES ($1, $2, $3, $4, $5)
             RETURNING ${entityColumns(tx.connection, ProgressReport, 'x')}`,
            [projectId, progress, note, caller.subject, agencyId],
          );
          return { result: report, action: 'REPORT_PROGRESS', targetId: report.id, before: {}, after: { report: { id: report.id, progress, note } } };
        },
      };
    }),

  openTicket: (_: unknown, args: OpenTicketArgs, context: Context) =>
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
          const [ticket] = await tx.query(
            `INSERT INTO projects.ticket AS x (project_id, title, body, status, opened_by) VALUES ($1, $2, $3, 'OPEN', $4)
             RETURNING ${entityColumns(tx.connection, Ticket, 'x')}`,
            [projectId, title, body, caller.subject],
          );
          return { result: ticket, action: 'OPEN_TICKET', targetId: ticket.id, before: { ticket: null }, after: { ticket: ticketJson(ticket) } };
        },
      };
    }),

  resolveTicket: (_: unknown, args: ResolveTicketArgs, context: Context) =>
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
          const [ticket] = await tx.query(`SELECT project_id AS "projectId" FROM projects.ticket WHERE id = $1`, [ticketId]);
          if (!ticket) throw notFound(`There is no ticket with id "${ticketId}"`);
          return ticket.projectId;
        },
        apply: async (tx, project) => {
          const [[ticket]] = await tx.query(
            `UPDATE projects.ticket x SET status = 'RESOLVED', resolution = $2, resolved_at = now(), resolved_by = $3
             WHERE id = $1 AND status = 'OPEN' RETURNING ${entityColumns(tx.connection, Ticket, 'x')}`,
            [ticketId, resolution, caller.subject],
          );
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

