import { searchKey } from '../../lib/persian';
import type { Dataset } from '../../seeds/dataset';
import { AGENCIES, ASSESSMENT_ROUNDS, PROJECTS, ROUND3_SCORES, WEB_PRESENCE_ONLY } from '../../seeds/facts';
import { FIGURES, generateDataset } from '../../seeds/generator';

/** The generator in memory, no database: the sources' figures, integrity and determinism. */
const data = generateDataset(1);
const named = AGENCIES.filter((fact) => !fact.generated).length;

/** Distinct inquiries per service id, over its own and its sub-services' rows. */
function inquiryCounts(dataset: Dataset): Map<number, number> {
  const seen = new Map<number, Set<number>>();
  for (const row of dataset.inquiries.requirements) {
    let set = seen.get(row.serviceId);
    if (!set) seen.set(row.serviceId, (set = new Set()));
    set.add(row.inquiryId);
  }
  return new Map(dataset.catalogue.services.map((service) => [service.id, seen.get(service.id)?.size ?? 0]));
}

const agencyByName = (nameFa: string) => data.catalogue.agencies.find((agency) => agency.nameFa === nameFa)!;
const idOf = (key: string) => agencyByName(AGENCIES.find((fact) => fact.key === key)!.nameFa).id;

describe('the catalogue at scale 1', () => {
  it('has 108 agencies: 96 obliged to connect to the national window (70 connected, 9 connecting, 17 not), 12 exempt and not connected, the three outside the government among them', () => {
    const { agencies } = data.catalogue;
    expect(agencies).toHaveLength(FIGURES.agencies);
    const count = (status: string) => agencies.filter((agency) => agency.windowConnection === status).length;
    expect([count('CONNECTED'), count('CONNECTING'), count('NOT_CONNECTED')]).toEqual([70, 9, 17 + 12]);
    const obliged = agencies.filter((agency) => agency.obligedToConnect);
    expect(obliged).toHaveLength(96);
    const among = (status: string) => obliged.filter((agency) => agency.windowConnection === status).length;
    expect([among('CONNECTED'), among('CONNECTING'), among('NOT_CONNECTED')]).toEqual([70, 9, 17]);
    const exempt = agencies.filter((agency) => !agency.obligedToConnect);
    expect(exempt.every((agency) => agency.windowConnection === 'NOT_CONNECTED')).toBe(true);
    expect(exempt.filter((agency) => !agency.insideGovernment)).toHaveLength(3);
  });

  it('has exactly three agencies outside the government, all named by the sources', () => {
    const outside = data.catalogue.agencies.filter((agency) => !agency.insideGovernment);
    expect(outside.map((agency) => agency.nameFa).sort()).toEqual(['دانشگاه آزاد اسلامی', 'سازمان ثبت اسناد و املاک کشور', 'قوه قضاییه'].sort());
    expect(outside.every((agency) => !agency.generated)).toBe(true);
  });

  it('marks the agencies the sources name generated: false, and every other one generated: true', () => {
    for (const fact of AGENCIES) expect(agencyByName(fact.nameFa).generated).toBe(fact.generated);
    expect(data.catalogue.agencies.filter((agency) => !agency.generated)).toHaveLength(named);
    expect(agencyByName('گمرک جمهوری اسلامی').nameEn).toMatch(/customs/i);
    expect(agencyByName('سازمان ثبت احوال کشور').generated).toBe(true);
  });

  it('keeps the connection statuses that source 002 states', () => {
    for (const fact of AGENCIES.filter((agency) => agency.windowConnection)) {
      expect(agencyByName(fact.nameFa).windowConnection).toBe(fact.windowConnection);
    }
  });

  it('has 779 services and 2,094 sub-services, every service with at least one', () => {
    expect(data.catalogue.services).toHaveLength(FIGURES.services);
    expect(data.catalogue.subServices).toHaveLength(FIGURES.subServices);
    const perService = new Map<number, number>();
    for (const sub of data.catalogue.subServices) perService.set(sub.serviceId, (perService.get(sub.serviceId) ?? 0) + 1);
    expect(data.catalogue.services.every((service) => (perService.get(service.id) ?? 0) >= 1)).toBe(true);
  });

  it('receives every service electronically; processing and delivery are mixed, mostly electronic', () => {
    const { services } = data.catalogue;
    expect(services.every((service) => service.receipt === 'ELECTRONIC')).toBe(true);
    for (const step of ['processing', 'delivery'] as const) {
      const electronic = services.filter((service) => service[step] === 'ELECTRONIC').length;
      expect(electronic).toBeGreaterThan(services.length / 2);
      expect(electronic).toBeLessThan(services.length);
    }
  });

  it('gives licence services licence-like names', () => {
    const licences = data.catalogue.services.filter((service) => service.isLicense);
    expect(licences.every((service) => service.nameFa.startsWith('صدور ') && service.nameEn!.startsWith('Issuing '))).toBe(true);
  });
});

describe('assessments (source 001)', () => {
  const rows = data.catalogue.assessments;

  it('has 62, 83 and 93 agencies in rounds 1 to 3, with the sources’ means', () => {
    for (const round of ASSESSMENT_ROUNDS) {
      const inRound = rows.filter((row) => row.round === round.round);
      expect(inRound).toHaveLength(round.agencies);
      expect(inRound.every((row) => row.period === round.period)).toBe(true);
      expect(inRound.reduce((sum, row) => sum + row.overall, 0) / inRound.length).toBeCloseTo(round.meanOverall, 6);
    }
  });

  it('keeps the named round-3 scores: leaders above every other agency, the last two below', () => {
    const third = rows.filter((row) => row.round === 3);
    const namedIds = new Set<number>();
    for (const score of ROUND3_SCORES) {
      const id = idOf(score.agency);
      namedIds.add(id);
      expect(third.find((row) => row.agencyId === id)?.overall).toBe(score.overall);
    }
    const others = third.filter((row) => !namedIds.has(row.agencyId)).map((row) => row.overall);
    expect(Math.min(...others)).toBeGreaterThan(9);
    expect(Math.max(...others)).toBeLessThan(67);
    expect(third.find((row) => row.agencyId === idOf('CUSTOMS'))).toMatchObject({ round: 3, period: '1396-Q4', overall: 78 });
  });

  it('assesses four agencies on web presence only', () => {
    for (const key of WEB_PRESENCE_ONLY) {
      const row = rows.find((assessment) => assessment.round === 3 && assessment.agencyId === idOf(key))!;
      expect(row.webPresence).toBe(row.overall);
      expect([row.interaction, row.transaction, row.integration, row.participation]).toEqual([null, null, null, null]);
    }
  });

  it('keeps every score a percentage, and round 3’s five indices averaging to the overall', () => {
    for (const row of rows) {
      for (const value of [row.overall, row.webPresence, row.interaction, row.transaction, row.integration, row.participation]) {
        if (value !== null) expect(value >= 0 && value <= 100).toBe(true);
      }
      if (row.round === 3 && row.participation !== null) {
        const indices = [row.webPresence!, row.interaction!, row.transaction!, row.integration!, row.participation];
        expect(indices.reduce((sum, value) => sum + value, 0) / 5).toBeCloseTo(row.overall, 6);
      }
    }
  });
});

describe('inquiries at scale 1', () => {
  const counts = inquiryCounts(data);
  const { inquiries, requirements } = data.inquiries;

  it('has 1,312 kinds of inquiry, more than 1,300', () => {
    expect(inquiries).toHaveLength(FIGURES.inquiries);
    expect(inquiries.length).toBeGreaterThan(1300);
  });

  it('uses NIX for most, paper for a minority of inquiries and of links', () => {
    const channel = new Map(inquiries.map((inquiry) => [inquiry.id, inquiry.channel]));
    const share = (list: string[], value: string) => list.filter((item) => item === value).length / list.length;
    const kinds = inquiries.map((inquiry) => inquiry.channel);
    const links = requirements.map((row) => channel.get(row.inquiryId)!);
    for (const list of [kinds, links]) {
      expect(share(list, 'NIX')).toBeGreaterThan(0.5);
      expect(share(list, 'DIRECT')).toBeGreaterThan(0);
      expect(share(list, 'PAPER')).toBeGreaterThan(0.08);
      expect(share(list, 'PAPER')).toBeLessThan(0.18);
    }
  });

  it('has exactly 241 services with more than 20 inquiries, all licence services, 21 to 45 each', () => {
    const heavy = data.catalogue.services.filter((service) => counts.get(service.id)! > FIGURES.heavyThreshold);
    expect(heavy).toHaveLength(FIGURES.heavyServices);
    expect(heavy.every((service) => service.isLicense)).toBe(true);
    expect(Math.max(...heavy.map((service) => counts.get(service.id)!))).toBeLessThanOrEqual(45);
    const licences = data.catalogue.services.filter((service) => service.isLicense);
    expect(licences.length).toBeGreaterThan(FIGURES.heavyServices);
    expect(licences.some((service) => counts.get(service.id)! <= FIGURES.heavyThreshold)).toBe(true);
  });

  it('gives the other services 0 to 20 inquiries, most of them 2 to 12', () => {
    const light = [...counts.values()].filter((count) => count <= FIGURES.heavyThreshold);
    expect(light.every((count) => count >= 0)).toBe(true);
    expect(light.filter((count) => count >= 2 && count <= 12).length).toBeGreaterThan(light.length * 0.7);
  });

  it('links services and their own sub-services to inquiries, never the same row twice', () => {
    const serviceOf = new Map(data.catalogue.subServices.map((sub) => [sub.id, sub.serviceId]));
    const agencyOf = new Map(data.catalogue.services.map((service) => [service.id, service.agencyId]));
    const keys = new Set<string>();
    let wrong = 0;
    for (const row of requirements) {
      if (row.subServiceId !== null && serviceOf.get(row.subServiceId) !== row.serviceId) wrong += 1;
      if (row.consumerAgencyId !== agencyOf.get(row.serviceId)) wrong += 1;
      keys.add(`${row.serviceId}:${row.subServiceId}:${row.inquiryId}`);
    }
    expect(wrong).toBe(0);
    expect(keys.size).toBe(requirements.length);
    // Realistic duplication: an inquiry at two levels, or under two sub-services, of one service.
    expect(keys.size).toBeGreaterThan(new Set(requirements.map((row) => `${row.serviceId}:${row.inquiryId}`)).size);
  });

  it('needs every inquiry somewhere, answered by an agency other than the consumer', () => {
    const provider = new Map(inquiries.map((inquiry) => [inquiry.id, inquiry.providerAgencyId]));
    expect(new Set(requirements.map((row) => row.inquiryId)).size).toBe(inquiries.length);
    expect(requirements.every((row) => provider.get(row.inquiryId) !== row.consumerAgencyId)).toBe(true);
  });

  it('has the common inquiries answered by their usual agencies', () => {
    const provider = (nameFa: string) => inquiries.find((inquiry) => inquiry.nameFa === nameFa)!.providerAgencyId;
    expect(provider('استعلام هویت و وضعیت حیات')).toBe(idOf('CIVIL_REGISTRATION'));
    expect(provider('استعلام سوء پیشینه کیفری')).toBe(idOf('JUDICIARY'));
    expect(provider('استعلام سند مالکیت')).toBe(idOf('REGISTRATION'));
    expect(provider('استعلام مفاصاحساب مالیاتی')).toBe(idOf('TAX'));
  });
});

describe('inquiry chains', () => {
  const { inquiries } = data.inquiries;
  const agencyOf = new Map(data.catalogue.services.map((service) => [service.id, service.agencyId]));
  const answered = inquiries.filter((inquiry) => inquiry.answeredByServiceId !== null);

  it('answers a minority of inquiries through a service of the provider agency itself', () => {
    expect(answered.length).toBeGreaterThan(inquiries.length * 0.05);
    expect(answered.length).toBeLessThan(inquiries.length * 0.25);
    for (const inquiry of answered) expect(agencyOf.get(inquiry.answeredByServiceId!)).toBe(inquiry.providerAgencyId);
  });

  it('answers the common inquiries straight from the registers', () => {
    const identity = inquiries.find((inquiry) => inquiry.nameFa === 'استعلام هویت و وضعیت حیات')!;
    expect(identity.answeredByServiceId).toBeNull();
  });
});

describe('the 23 priority projects', () => {
  const { projects, projectAgencies, projectServices, projectSubServices, reports, tickets } = data.projects;
  const counts = inquiryCounts(data);

  it('has 23 projects, 21 named and 2 not, all with the deadline 9 Azar 1399', () => {
    expect(projects.map((project) => project.number)).toEqual(Array.from({ length: 23 }, (_, index) => index + 1));
    expect(projects.filter((project) => project.nameFa === null && project.nameEn === null)).toHaveLength(2);
    for (const project of projects) expect(project).toMatchObject({ deadline: '2020-11-29', deadlineJalali: '1399-09-09' });
    expect(projects.map((project) => project.nameFa)).toEqual(expect.arrayContaining(['سلامت الکترونیک', 'دولت همراه', 'کارپوشه', 'پنجره واحد صدور مجوزها']));
  });

  it('owns 111 services and exactly their 165 sub-services, every project at least one', () => {
    expect(projectServices).toHaveLength(FIGURES.projectServices);
    expect(new Set(projectServices.map((row) => row.serviceId)).size).toBe(FIGURES.projectServices);
    expect(projectSubServices).toHaveLength(FIGURES.projectSubServices);
    const owner = new Map(projectServices.map((row) => [row.serviceId, row.projectId]));
    const subs = data.catalogue.subServices.filter((sub) => owner.has(sub.serviceId));
    expect(projectSubServices.map((row) => row.subServiceId).sort((a, b) => a - b)).toEqual(subs.map((sub) => sub.id));
    const serviceOf = new Map(data.catalogue.subServices.map((sub) => [sub.id, sub.serviceId]));
    for (const row of projectSubServices) expect(owner.get(serviceOf.get(row.subServiceId)!)).toBe(row.projectId);
    for (const project of projects) expect(projectServices.some((row) => row.projectId === project.id)).toBe(true);
  });

  it('is carried out by 25 agencies, three outside the government; one lead row per project', () => {
    const ids = new Set(projectAgencies.map((row) => row.agencyId));
    expect(ids.size).toBe(FIGURES.projectAgencies);
    const inside = new Map(data.catalogue.agencies.map((agency) => [agency.id, agency.insideGovernment]));
    expect([...ids].filter((id) => !inside.get(id))).toHaveLength(3);
    for (const project of projects) {
      const leads = projectAgencies.filter((row) => row.projectId === project.id && row.role === 'LEAD');
      expect(leads.map((row) => row.agencyId)).toEqual([project.leadAgencyId]);
    }
    expect(new Set(projectAgencies.map((row) => `${row.projectId}:${row.agencyId}`)).size).toBe(projectAgencies.length);
  });

  it('gives its services to the project’s own agencies', () => {
    const agencyOf = new Map(data.catalogue.services.map((service) => [service.id, service.agencyId]));
    for (const row of projectServices) {
      expect(projectAgencies.some((member) => member.projectId === row.projectId && member.agencyId === agencyOf.get(row.serviceId))).toBe(true);
    }
  });

  it('owns some heavy licence services, at least five of them in the single window for permits', () => {
    const heavyOwners = projectServices.filter((row) => counts.get(row.serviceId)! > FIGURES.heavyThreshold).map((row) => row.projectId);
    const permits = PROJECTS.find((project) => project.nameEn === 'Single window for permits')!.number;
    expect(heavyOwners.filter((project) => project === permits).length).toBeGreaterThanOrEqual(5);
    expect(new Set(heavyOwners).size).toBeGreaterThan(1);
    expect(heavyOwners.length).toBeLessThan(FIGURES.heavyServices);
  });

  it('has one or two generated progress reports per project, e-health acceptable, none complete', () => {
    const latest = (number: number) => reports.filter((report) => report.projectId === number).sort((a, b) => a.reportedAt.localeCompare(b.reportedAt)).at(-1)!.progress;
    for (const project of projects) {
      const own = reports.filter((report) => report.projectId === project.id);
      expect(own.length === 1 || own.length === 2).toBe(true);
    }
    expect(reports.every((report) => report.reportedBy === 'seed' && /generated/i.test(report.note ?? ''))).toBe(true);
    expect(reports.every((report) => report.progress > 0 && report.progress < 100)).toBe(true);
    expect(latest(6)).toBeGreaterThanOrEqual(70);
    expect(latest(3)).toBeGreaterThanOrEqual(80);
    expect(latest(5)).toBeGreaterThanOrEqual(80);
    for (const stamp of [...reports.map((report) => report.reportedAt), ...tickets.map((ticket) => ticket.openedAt)]) {
      expect(stamp >= '2018-05' && stamp < '2020-12').toBe(true);
      expect(new Date(stamp).toISOString()).toBe(stamp);
    }
  });

  it('has a handful of tickets, open and resolved, resolved ones with a resolution', () => {
    expect(tickets.length).toBeGreaterThanOrEqual(3);
    expect(tickets.some((ticket) => ticket.status === 'OPEN')).toBe(true);
    expect(tickets.some((ticket) => ticket.status === 'RESOLVED')).toBe(true);
    for (const ticket of tickets) expect(ticket.resolution !== null).toBe(ticket.status === 'RESOLVED');
  });
});

/** Integrity checks that must hold at every scale. */
function checkIntegrity(dataset: Dataset): void {
  const { agencies, services, subServices, assessments } = dataset.catalogue;
  const { inquiries, requirements } = dataset.inquiries;
  const tables = { agencies, services, subServices, inquiries, projects: dataset.projects.projects };
  for (const [name, rows] of Object.entries(tables)) {
    rows.forEach((row, index) => {
      if (row.id !== index + 1) throw new Error(`${name}: id ${row.id} at position ${index}`);
    });
  }
  for (const rows of [agencies, services, subServices, inquiries]) {
    expect(new Set(rows.map((row) => row.code)).size).toBe(rows.length);
    // Unique names by the Persian folding, written with Persian ی/ک only.
    expect(new Set(rows.map((row) => searchKey(row.nameFa))).size).toBe(rows.length);
    expect(rows.some((row) => /[يك]/.test(row.nameFa))).toBe(false);
    expect(rows.every((row) => row.nameEn !== null && row.nameEn.length > 0)).toBe(true);
  }
  for (const rows of [services, subServices, inquiries]) expect(rows.every((row) => row.generated)).toBe(true);

  // Ids are 1..n (checked above), so a reference resolves when it lies in that range.
  const has = (rows: { id: number }[]) => (id: number | null) => id !== null && Number.isInteger(id) && id >= 1 && id <= rows.length;
  const agency = has(agencies);
  const service = has(services);
  const subService = has(subServices);
  const inquiry = has(inquiries);
  const project = has(dataset.projects.projects);
  const bad: string[] = [];
  const check = (ok: boolean, what: string) => {
    if (!ok) bad.push(what);
  };
  assessments.forEach((row) => check(agency(row.agencyId), 'assessment.agencyId'));
  services.forEach((row) => check(agency(row.agencyId), 'service.agencyId'));
  subServices.forEach((row) => check(service(row.serviceId), 'subService.serviceId'));
  inquiries.forEach((row) => check(agency(row.providerAgencyId), 'inquiry.providerAgencyId'));
  for (const row of requirements) {
    check(service(row.serviceId) && inquiry(row.inquiryId) && agency(row.consumerAgencyId), 'requirement');
    check(row.subServiceId === null || subService(row.subServiceId), 'requirement.subServiceId');
  }
  dataset.projects.projects.forEach((row) => check(agency(row.leadAgencyId), 'project.leadAgencyId'));
  dataset.projects.projectAgencies.forEach((row) => check(project(row.projectId) && agency(row.agencyId), 'projectAgency'));
  dataset.projects.projectServices.forEach((row) => check(project(row.projectId) && service(row.serviceId), 'projectService'));
  dataset.projects.projectSubServices.forEach((row) => check(project(row.projectId) && subService(row.subServiceId), 'projectSubService'));
  dataset.projects.reports.forEach((row) => check(project(row.projectId) && agency(row.agencyId), 'report'));
  dataset.projects.tickets.forEach((row) => check(project(row.projectId), 'ticket'));
  expect(bad).toEqual([]);
}

describe('integrity', () => {
  it('holds at scale 1: ids 1..n, unique codes and names, every foreign key resolves', () => {
    checkIntegrity(data);
  });

  it('holds at scale 2', () => {
    checkIntegrity(generateDataset(2));
  });
});

describe('scale and determinism', () => {
  it('gives byte-identical output for the same scale', () => {
    const first = JSON.stringify(generateDataset(1));
    expect(JSON.stringify(generateDataset(1))).toBe(first);
    expect(JSON.stringify(data)).toBe(first);
    expect(JSON.stringify(generateDataset(2))).not.toBe(first);
  });

  it.each([2, 3])('multiplies the generated part by %i and keeps the named facts', (scale) => {
    const scaled = generateDataset(scale);
    expect(scaled.scale).toBe(scale);
    expect(scaled.catalogue.agencies).toHaveLength(named + (FIGURES.agencies - named) * scale);
    expect(scaled.catalogue.agencies.filter((agency) => !agency.generated)).toHaveLength(named);
    expect(scaled.catalogue.agencies.filter((agency) => !agency.insideGovernment)).toHaveLength(3);
    expect(scaled.catalogue.services).toHaveLength(FIGURES.services * scale);
    expect(scaled.catalogue.subServices).toHaveLength(FIGURES.subServices * scale);
    expect(scaled.inquiries.inquiries).toHaveLength(FIGURES.inquiries * scale);
    const counts = inquiryCounts(scaled);
    const heavy = scaled.catalogue.services.filter((service) => counts.get(service.id)! > FIGURES.heavyThreshold);
    expect(heavy).toHaveLength(FIGURES.heavyServices * scale);
    expect(heavy.every((service) => service.isLicense)).toBe(true);
    expect(scaled.inquiries.requirements.length).toBeGreaterThan(data.inquiries.requirements.length * (scale - 0.5));
    expect(scaled.inquiries.requirements.length).toBeLessThan(data.inquiries.requirements.length * (scale + 0.5));
    expect(scaled.projects.projects).toHaveLength(FIGURES.projects);
    expect(scaled.projects.projectServices).toHaveLength(FIGURES.projectServices);
    expect(scaled.projects.projectSubServices).toHaveLength(FIGURES.projectSubServices);
    expect(new Set(scaled.projects.projectAgencies.map((row) => row.agencyId)).size).toBe(FIGURES.projectAgencies);
    for (const round of ASSESSMENT_ROUNDS) expect(scaled.catalogue.assessments.filter((row) => row.round === round.round)).toHaveLength(round.agencies);
  });

  it('refuses a scale that is not a positive integer', () => {
    expect(() => generateDataset(0)).toThrow(RangeError);
    expect(() => generateDataset(1.5)).toThrow(RangeError);
  });
});
