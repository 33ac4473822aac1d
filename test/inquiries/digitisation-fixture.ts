import type { Dataset } from '../../seeds/dataset';
import type { InquiryChannel } from '../../subgraphs/inquiries/entities';
import { fixtureAgency, fixtureNeed, fixtureProject } from '../support/fixture-rows';

/**
 * A small data set whose digitisation answers are worked out by hand (ids are the numbers):
 *
 *   agencies A1..A3; services S1 (A1), S2 (A2), S3 (A2), S4 (A3), S5 (A3), S6 (A1); sub-service n under Sn
 *   inquiries  I1 (A1, PAPER)  I2 (A1, PAPER)  I3 (A2, PAPER)  I4 (A2, NIX)  I5 (A3, PAPER)
 *   needs      S1: I1   S2: I2, I3   S3: I2, I3, I4   S4: I2 and I3 (I3 at its sub-service)   S5: I3, I5   S6: I4
 *
 * Paper sets: S1 {1}, S2 {2,3}, S3 {2,3}, S4 {2,3}, S5 {3,5}; sub-service 4 {3}. Links 11, on paper 9.
 * Projects: P1 (A1) owns S1 and S5; P2 (A2) owns S2.
 */
const agency = fixtureAgency('D');

const SERVICE_AGENCY = [1, 2, 2, 3, 3, 1];

const inquiry = (id: number, providerAgencyId: number, channel: InquiryChannel) => ({
  id,
  code: `INQ-D${id}`,
  nameFa: `استعلام آزمایشی ${id}`,
  nameEn: `Fixture inquiry ${id}`,
  providerAgencyId,
  channel,
  answeredByServiceId: null,
  generated: true,
});

const need = fixtureNeed(SERVICE_AGENCY);

const project = fixtureProject;

export const digitisationFixture: Dataset = {
  scale: 1,
  catalogue: {
    historyStart: '2018-07-31T00:00:00.000Z',
    agencies: [1, 2, 3].map(agency),
    assessments: [],
    services: SERVICE_AGENCY.map((agencyId, index) => ({
      id: index + 1,
      code: `SRV-D${index + 1}`,
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
      code: `SUB-D${index + 1}`,
      serviceId: index + 1,
      nameFa: `زیرخدمت آزمایشی ${index + 1}`,
      nameEn: `Fixture sub-service ${index + 1}`,
      generated: true,
    })),
  },
  inquiries: {
    inquiries: [inquiry(1, 1, 'PAPER'), inquiry(2, 1, 'PAPER'), inquiry(3, 2, 'PAPER'), inquiry(4, 2, 'NIX'), inquiry(5, 3, 'PAPER')],
    requirements: [need(1, 1), need(2, 2), need(2, 3), need(3, 2), need(3, 3), need(3, 4), need(4, 2), need(4, 3, true), need(5, 3), need(5, 5), need(6, 4)],
    historyStart: '2018-07-31T00:00:00.000Z',
    history: [],
  },
  projects: {
    projects: [project(1, 1), project(2, 2)],
    projectAgencies: [
      { projectId: 1, agencyId: 1, role: 'LEAD' },
      { projectId: 2, agencyId: 2, role: 'LEAD' },
    ],
    projectServices: [
      { projectId: 1, serviceId: 1 },
      { projectId: 1, serviceId: 5 },
      { projectId: 2, serviceId: 2 },
    ],
    projectSubServices: [],
    reports: [],
    tickets: [],
  },
};
