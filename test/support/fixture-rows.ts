import type { RequirementRow } from '../../subgraphs/inquiries/seed';

/** Rows of the hand-made data sets the tests work answers out on (ids are the numbers; `letter` tells the sets apart in codes). */

export const fixtureAgency = (letter: string) => (id: number) => ({
  id,
  code: `AG-${letter}${id}`,
  nameFa: `دستگاه آزمایشی ${id}`,
  nameEn: `Fixture agency ${id}`,
  insideGovernment: true,
  windowConnection: 'CONNECTED' as const,
  obligedToConnect: true,
  generated: true,
});

/** A service's need of an inquiry, at the service or at its sub-service (sub-service n is under service n); `serviceAgency[n - 1]` delivers service n. */
export const fixtureNeed = (serviceAgency: number[]) => (serviceId: number, inquiryId: number, atSubService = false): RequirementRow => ({
  serviceId,
  subServiceId: atSubService ? serviceId : null,
  inquiryId,
  consumerAgencyId: serviceAgency[serviceId - 1]!,
});

export const fixtureProject = (id: number, leadAgencyId: number) => ({
  id,
  number: id,
  nameFa: `پروژه آزمایشی ${id}`,
  nameEn: `Fixture project ${id}`,
  deadline: '2020-11-29',
  deadlineJalali: '1399-09-09',
  leadAgencyId,
});
