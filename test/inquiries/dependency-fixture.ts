import type { Dataset } from '../../seeds/dataset';
import type { InquiryChannel } from '../../subgraphs/inquiries/entities';
import { fixtureAgency, fixtureNeed, fixtureProject } from '../support/fixture-rows';

/**
 * A small data set whose dependency answers are worked out by hand (ids are the numbers):
 *
 *   agencies A1..A6; services S1..S7 (S1, S6 of A1; Sn of An otherwise), sub-service n under Sn
 *   inquiries  I1 (A2, answered by S2)   I2 (A3, by S3, DIRECT)   I3 (A4, PAPER)
 *              I4 (A5, by S5)            I5 (A4, by S4)            I6 (A2, PAPER)
 *   needs      S1: I1 (at the service and its sub-service)   S2: I2   S3: I3   S4: I4
 *              S5: I5 (at its sub-service)   S6: I1, I6   S7: nothing
 *
 * So S1 → I1 → S2 → I2 → S3 → I3 is a chain three deep; S4 → I4 → S5 → I5 → S4 is a cycle;
 * A4 (I3, I5) is the agency with known dependants. Projects: P1 (agency A1) owns S1, S6 and
 * their sub-services; P2 (A4 lead, A5) owns S4 and sub-service 5 (under S5); P3 (A6) owns nothing.
 */
const agency = fixtureAgency('F');

const SERVICE_AGENCY = [1, 2, 3, 4, 5, 1, 6];

const inquiry = (id: number, providerAgencyId: number, answeredByServiceId: number | null, channel: InquiryChannel = 'NIX') => ({
  id,
  code: `INQ-F${id}`,
  nameFa: `استعلام آزمایشی ${id}`,
  nameEn: `Fixture inquiry ${id}`,
  providerAgencyId,
  channel,
  answeredByServiceId,
  generated: true,
});

const need = fixtureNeed(SERVICE_AGENCY);

const project = fixtureProject;

export const dependencyFixture: Dataset = {
  scale: 1,
  catalogue: {
    agencies: [1, 2, 3, 4, 5, 6].map(agency),
    assessments: [],
    historyStart: '2018-07-31T00:00:00.000Z',
    services: SERVICE_AGENCY.map((agencyId, index) => ({
      id: index + 1,
      code: `SRV-F${index + 1}`,
      agencyId,
      nameFa: `خدمت آزمایشی ${index + 1}`,
      nameEn: `Fixture service ${index + 1}`,
      isLicense: false,
      receipt: 'ELECTRONIC' as const,
      processing: 'ELECTRONIC' as const,
      delivery: 'ELECTRONIC' as const,
      generated: true,
    })),
    subServices: SERVICE_AGENCY.map((_, index) => ({
      id: index + 1,
      code: `SUB-F${index + 1}`,
      serviceId: index + 1,
      nameFa: `زیرخدمت آزمایشی ${index + 1}`,
      nameEn: `Fixture sub-service ${index + 1}`,
      generated: true,
    })),
  },
  inquiries: {
    inquiries: [inquiry(1, 2, 2), inquiry(2, 3, 3, 'DIRECT'), inquiry(3, 4, null, 'PAPER'), inquiry(4, 5, 5), inquiry(5, 4, 4), inquiry(6, 2, null, 'PAPER')],
    requirements: [need(1, 1), need(1, 1, true), need(2, 2, true), need(3, 3), need(4, 4), need(5, 5, true), need(6, 1), need(6, 6, true)],
    historyStart: '2018-07-31T00:00:00.000Z',
    history: [],
  },
  projects: {
    projects: [project(1, 1), project(2, 4), project(3, 6)],
    projectAgencies: [
      { projectId: 1, agencyId: 1, role: 'LEAD' },
      { projectId: 2, agencyId: 4, role: 'LEAD' },
      { projectId: 2, agencyId: 5, role: 'PARTICIPANT' },
      { projectId: 3, agencyId: 6, role: 'LEAD' },
    ],
    projectServices: [
      { projectId: 1, serviceId: 1 },
      { projectId: 1, serviceId: 6 },
      { projectId: 2, serviceId: 4 },
    ],
    projectSubServices: [
      { projectId: 1, subServiceId: 1 },
      { projectId: 1, subServiceId: 6 },
      { projectId: 2, subServiceId: 5 },
    ],
    reports: [],
    tickets: [],
  },
};
