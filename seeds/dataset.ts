/**
 * The shape of a seed data set: plain rows, one array per table, split by the subgraph that
 * owns them. Ids are positive integers assigned by the generator, stable for a given scale.
 */
export type WindowConnection = 'CONNECTED' | 'CONNECTING' | 'NOT_CONNECTED';
export type StepMode = 'ELECTRONIC' | 'PHYSICAL';
export type InquiryChannel = 'NIX' | 'DIRECT' | 'PAPER';

export interface AgencyRow {
  id: number;
  code: string;
  nameFa: string;
  nameEn: string | null;
  insideGovernment: boolean;
  windowConnection: WindowConnection;
  generated: boolean;
}

export interface AssessmentRow {
  agencyId: number;
  round: number;
  period: string;
  overall: number;
  webPresence: number | null;
  interaction: number | null;
  transaction: number | null;
  integration: number | null;
  participation: number | null;
}

export interface ServiceRow {
  id: number;
  code: string;
  agencyId: number;
  nameFa: string;
  nameEn: string | null;
  isLicense: boolean;
  receipt: StepMode;
  processing: StepMode;
  delivery: StepMode;
  generated: boolean;
}

export interface SubServiceRow {
  id: number;
  code: string;
  serviceId: number;
  nameFa: string;
  nameEn: string | null;
  generated: boolean;
}

export interface InquiryRow {
  id: number;
  code: string;
  nameFa: string;
  nameEn: string | null;
  providerAgencyId: number;
  channel: InquiryChannel;
  /** The provider's own service through which it answers, whose process needs inquiries of its own; null where none. */
  answeredByServiceId: number | null;
  generated: boolean;
}

/** "Service S (or its sub-service) needs inquiry I". The consumer agency is the service's agency. */
export interface RequirementRow {
  serviceId: number;
  subServiceId: number | null;
  inquiryId: number;
  consumerAgencyId: number;
}

export interface ProjectRow {
  id: number;
  number: number;
  nameFa: string | null;
  nameEn: string | null;
  deadline: string; // ISO date
  deadlineJalali: string;
  leadAgencyId: number;
}

export interface ProjectAgencyRow {
  projectId: number;
  agencyId: number;
  role: 'LEAD' | 'PARTICIPANT';
}

export interface ProjectServiceRow {
  projectId: number;
  serviceId: number;
}

export interface ProjectSubServiceRow {
  projectId: number;
  subServiceId: number;
}

export interface ProgressReportRow {
  projectId: number;
  progress: number;
  note: string | null;
  reportedAt: string; // ISO timestamp
  reportedBy: string;
  agencyId: number;
}

export interface TicketRow {
  projectId: number;
  title: string;
  body: string | null;
  status: 'OPEN' | 'RESOLVED';
  openedAt: string;
  openedBy: string;
  resolution: string | null;
}

export interface CatalogueData {
  agencies: AgencyRow[];
  assessments: AssessmentRow[];
  services: ServiceRow[];
  subServices: SubServiceRow[];
}

export interface InquiriesData {
  inquiries: InquiryRow[];
  requirements: RequirementRow[];
}

export interface ProjectsData {
  projects: ProjectRow[];
  projectAgencies: ProjectAgencyRow[];
  projectServices: ProjectServiceRow[];
  projectSubServices: ProjectSubServiceRow[];
  reports: ProgressReportRow[];
  tickets: TicketRow[];
}

export interface Dataset {
  scale: number;
  catalogue: CatalogueData;
  inquiries: InquiriesData;
  projects: ProjectsData;
}
