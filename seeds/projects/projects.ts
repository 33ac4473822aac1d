import type { ProgressReportRow, ProjectAgencyRow, ProjectRow, ProjectServiceRow, ProjectSubServiceRow, TicketRow } from '../../subgraphs/projects/seed';
import { PROJECT_DEADLINE, PROJECT_DEADLINE_JALALI, PROJECTS } from '../facts';
import { timestamp } from '../format';
import type { Random } from '../random';
import type { Agencies } from '../catalogue/agencies';
import type { Catalogue } from '../catalogue/services';
import { TICKETS } from './tickets';

/** [first report, latest report] progress, where the sources say something about it (000). */
const KNOWN_PROGRESS: Readonly<Record<number, readonly [number, number]>> = {
  3: [64, 86], // e-signature: tangible public outputs
  5: [71, 91], // Setad: tangible public outputs
  6: [52, 78], // e-health: progress "at an acceptable level"
};

const NOTES: Readonly<Record<number, string>> = {
  3: 'Generated figure: source 000 says the electronic signature project has tangible outputs for the public, without a percentage.',
  5: 'Generated figure: source 000 says the Setad system has tangible outputs for the public, without a percentage.',
  6: "Generated figure: source 000 calls e-health's progress acceptable, without a percentage.",
};

/** The 23 projects with their agencies and one or two progress reports each; their services are those the catalogue planned for them. */
export function buildProjects(random: Random, agencies: Agencies, catalogue: Catalogue) {
  const projects: ProjectRow[] = [];
  const projectAgencies: ProjectAgencyRow[] = [];
  const reports: ProgressReportRow[] = [];
  for (const fact of PROJECTS) {
    const leadAgencyId = agencies.id(fact.lead);
    projects.push({ id: fact.number, number: fact.number, nameFa: fact.nameFa, nameEn: fact.nameEn, deadline: PROJECT_DEADLINE, deadlineJalali: PROJECT_DEADLINE_JALALI, leadAgencyId });
    projectAgencies.push({ projectId: fact.number, agencyId: leadAgencyId, role: 'LEAD' });
    for (const key of fact.participants) projectAgencies.push({ projectId: fact.number, agencyId: agencies.id(key), role: 'PARTICIPANT' });

    const known = KNOWN_PROGRESS[fact.number];
    const latest = known ? known[1] : random.int(12, 62);
    const firstProgress = known ? known[0] : Math.round(latest * (0.4 + random.next() * 0.3));
    const note = NOTES[fact.number] ?? (fact.nameFa ? 'Generated figure: the sources give no progress percentage for this project.' : 'Generated figure: the sources neither name this project nor give its progress.');
    const reporter = fact.participants.length ? agencies.id(random.pick(fact.participants)) : leadAgencyId;
    const report = (progress: number, reportedAt: string, agencyId: number) => reports.push({ projectId: fact.number, progress, note, reportedAt, reportedBy: 'seed', agencyId });
    if (known || random.chance(0.6)) report(firstProgress, timestamp(2019, random.int(3, 8), random.int(1, 28), random.int(5, 12), random.int(0, 59)), reporter);
    report(latest, timestamp(2020, random.int(2, 10), random.int(1, 28), random.int(5, 12), random.int(0, 59)), leadAgencyId);
  }

  const projectServices: ProjectServiceRow[] = [];
  const projectSubServices: ProjectSubServiceRow[] = [];
  catalogue.services.forEach((service, index) => {
    const projectId = catalogue.project[index];
    if (!projectId) return;
    projectServices.push({ projectId, serviceId: service.id });
    for (let position = 0; position < catalogue.subCount[index]; position += 1) {
      projectSubServices.push({ projectId, subServiceId: catalogue.subServices[catalogue.firstSub[index] + position].id });
    }
  });
  const tickets: TicketRow[] = TICKETS.map((ticket) => ({ ...ticket, openedBy: 'seed' }));
  return { projects, projectAgencies, projectServices, projectSubServices, reports, tickets };
}
