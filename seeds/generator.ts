import { searchKey } from '../lib/persian';
import type { AgencyRow, AssessmentRow, ServiceRow, SubServiceRow } from '../subgraphs/catalogue/seed';
import type { StepMode, WindowConnection } from '../subgraphs/catalogue/entities';
import type { InquiryChannel } from '../subgraphs/inquiries/entities';
import type { InquiryRow, RequirementRow } from '../subgraphs/inquiries/seed';
import type { ProgressReportRow, ProjectAgencyRow, ProjectRow, ProjectServiceRow, ProjectSubServiceRow, TicketRow } from '../subgraphs/projects/seed';
import type { Dataset } from './dataset';
import {
  AGENCIES,
  ASSESSMENT_ROUNDS,
  FIGURES,
  INQUIRY_TEMPLATES,
  PROJECT_DEADLINE,
  PROJECT_DEADLINE_JALALI,
  PROJECTS,
  ROUND3_SCORES,
  WEB_PRESENCE_ONLY,
  type AgencyKey,
  type InquiryTopic,
} from './facts';
import {
  COMMON_INQUIRIES,
  COUNTY_AGENCIES,
  CITIES,
  DISTRICT,
  DOMAIN_WORDS,
  INQUIRY_KINDS,
  RECORD_INQUIRY_KINDS,
  LICENCE_QUALIFIERS,
  LICENCE_SUB_VARIANTS,
  LICENCE_VERB,
  NATIONAL_AGENCIES,
  PROJECT_TOPICS,
  PROVINCES,
  PROVINCIAL_AGENCIES,
  SERVICE_QUALIFIERS,
  SERVICE_SUB_VARIANTS,
  SERVICE_VERBS,
  persianDigits,
  type Domain,
  type Phrase,
} from './names';
import { assignAnsweringServices } from './chains';
import { Random, SEED, WeightedSampler } from './random';

export { FIGURES } from './facts';

/**
 * The seed data set: the facts of facts.ts as they are, plus a deterministic, seeded
 * generator for the unnamed rest whose totals reproduce the sources' figures exactly at
 * scale 1. `scale` multiplies the generated part (agencies not named by the sources,
 * services, sub-services, inquiries, heavy services, requirements); the named facts (the
 * named agencies, the 23 projects with their 111 services, 165 sub-services and 25
 * agencies, the assessments) stay as they are.
 */
export function generateDataset(scale = 1): Dataset {
  if (!Number.isInteger(scale) || scale < 1) throw new RangeError(`scale must be an integer ≥ 1, got ${scale}`);
  const random = new Random(SEED);
  const agencies = buildAgencies(random.fork('agencies'), scale);
  const assessments = buildAssessments(random.fork('assessments'), agencies);
  const catalogue = buildServices(random.fork('services'), agencies, scale);
  const inquiries = buildInquiries(random.fork('inquiries'), agencies, catalogue.issued, scale);
  const requirements = buildRequirements(random.fork('requirements'), agencies, catalogue, inquiries);
  const projects = buildProjects(random.fork('projects'), agencies, catalogue);
  // Last, from a stream of its own: adding the chains left every other figure as it was.
  assignAnsweringServices(random.fork('answered-by'), inquiries.rows.slice(inquiries.common), catalogue.services, requirements);
  return {
    scale,
    catalogue: { agencies: agencies.rows, assessments, services: catalogue.services, subServices: catalogue.subServices },
    inquiries: { inquiries: inquiries.rows, requirements },
    projects,
  };
}

/** Licence services in all at scale 1 (the 241 heavy ones and some lighter ones); not a source figure. */
const LICENCE_SERVICES = 320;
const HEAVY_MAX = 45;

// ---------------------------------------------------------------------------------------
// Helpers

/**
 * Names unique by `searchKey`, the Persian folding that the database's unique keys use.
 * The key of a name is the concatenation of its space-separated words' keys (spaces fold
 * away), so each distinct word is folded once: millions of candidate names stay cheap.
 */
class UniqueNames {
  private readonly keys = new Set<string>();
  private readonly words = new Map<string, string>();

  /** Adds the name when its key is free; false when taken. */
  claim(nameFa: string): boolean {
    let key = '';
    for (const word of nameFa.split(' ')) {
      let folded = this.words.get(word);
      if (folded === undefined) {
        folded = searchKey(word);
        this.words.set(word, folded);
      }
      key += folded;
    }
    if (this.keys.has(key)) return false;
    this.keys.add(key);
    return true;
  }
}

/** Splits `total` over `weights` (largest remainder), each getting at least `minimum`. */
function allocate(total: number, weights: readonly number[], minimum: number): number[] {
  const rest = total - minimum * weights.length;
  if (rest < 0) throw new Error(`cannot give ${weights.length} items at least ${minimum} of ${total}`);
  const sum = weights.reduce((acc, weight) => acc + weight, 0);
  const quotas = weights.map((weight) => (rest * weight) / sum);
  const counts = quotas.map((quota) => minimum + Math.floor(quota));
  let left = total - counts.reduce((acc, count) => acc + count, 0);
  const byFraction = quotas.map((quota, index) => ({ index, fraction: quota - Math.floor(quota) }));
  byFraction.sort((a, b) => b.fraction - a.fraction || a.index - b.index);
  for (let index = 0; left > 0; index += 1, left -= 1) counts[byFraction[index % byFraction.length].index] += 1;
  return counts;
}

/** `allocate` with no minimum and at most `caps[i]` each; what a capped item cannot take goes to the others. */
function allocateCapped(total: number, weights: readonly number[], caps: readonly number[]): number[] {
  const counts = new Array<number>(weights.length).fill(0);
  const open = weights.map((_, index) => index);
  let left = total;
  while (left > 0) {
    if (open.length === 0) throw new Error(`cannot place ${left} more within the caps`);
    const shares = allocate(left, open.map((index) => weights[index]), 0);
    const capped = open.filter((index, position) => counts[index] + shares[position] >= caps[index]);
    if (capped.length === 0) {
      open.forEach((index, position) => (counts[index] += shares[position]));
      break;
    }
    for (const index of capped) {
      left -= caps[index] - counts[index];
      counts[index] = caps[index];
    }
    open.splice(0, open.length, ...open.filter((index) => counts[index] < caps[index]));
  }
  return counts;
}

/** Indices in the order of a weighted draw without replacement (exponential keys). */
function weightedOrder(random: Random, weights: readonly number[]): number[] {
  const keys = weights.map((weight) => (weight > 0 ? -Math.log(1 - random.next()) / weight : Infinity));
  return weights.map((_, index) => index).sort((a, b) => keys[a] - keys[b] || a - b);
}

/** Moves counts up or down one at a time, within [min, max], until they sum to `total`. */
function adjustToSum(random: Random, counts: number[], indices: readonly number[], total: number, min: number, max: number): void {
  let diff = total - indices.reduce((acc, index) => acc + counts[index], 0);
  while (diff !== 0) {
    const index = indices[Math.floor(random.next() * indices.length)];
    if (diff > 0 && counts[index] < max) {
      counts[index] += 1;
      diff -= 1;
    } else if (diff < 0 && counts[index] > min) {
      counts[index] -= 1;
      diff += 1;
    }
  }
}

const article = (text: string) => (/^([aeio]|NGO|u(?!ni))/i.test(text) ? 'an' : 'a');

const code = (prefix: string, id: number, width: number) => `${prefix}-${String(id).padStart(width, '0')}`;

const timestamp = (year: number, month: number, day: number, hour: number, minute: number) =>
  `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}T${String(hour).padStart(2, '0')}:${String(minute).padStart(2, '0')}:00.000Z`;

// ---------------------------------------------------------------------------------------
// Agencies

interface AgencyProfile {
  domain: Domain;
  /** Relative share of the regular services. */
  services: number;
  /** Relative propensity to issue licences. */
  licences: number;
  /** Relative share of the inquiries it answers. */
  inquiries: number;
  /** Universities and banks lead in e-services but lag in connection (002). */
  lagsInConnection: boolean;
}

/** [domain, services, licences, inquiries] for the agencies of facts.ts: the generator's guesses, not facts. */
const FACT_PROFILES: Record<AgencyKey, readonly [Domain, number, number, number]> = {
  JUDICIARY: ['justice', 14, 0.6, 14],
  REGISTRATION: ['justice', 12, 0.8, 14],
  AZAD_UNIVERSITY: ['science', 8, 0.4, 4],
  ITO: ['ict', 6, 0.8, 5],
  ADMINISTRATIVE: ['governance', 5, 0.3, 4],
  PLAN_BUDGET: ['governance', 5, 0.2, 4],
  ICT_MINISTRY: ['ict', 8, 1.5, 6],
  CENTRAL_INSURANCE: ['insurance', 6, 1.5, 5],
  ECONOMY: ['finance', 10, 1, 8],
  CUSTOMS: ['trade', 12, 1.4, 10],
  STANDARDS: ['trade', 8, 2, 6],
  GOVERNMENT_TRADING: ['trade', 4, 0.5, 2],
  TAX: ['finance', 12, 0.3, 12],
  TRANSPORT_INFRASTRUCTURE: ['transport', 4, 0.8, 2],
  THERMAL_POWER: ['energy', 3, 0.5, 1],
  PASTEUR: ['health', 3, 0.5, 2],
  EDUCATION: ['education', 14, 1.2, 8],
  AGRICULTURAL_ENGINEERING: ['agriculture', 5, 2, 3],
  PENSION: ['welfare', 6, 0.05, 4],
  SANJESH: ['science', 5, 0.1, 4],
  FOREIGN_AFFAIRS: ['civil', 8, 0.6, 4],
  NOMADIC_AFFAIRS: ['agriculture', 4, 0.8, 2],
  NON_GOVERNMENT_SCHOOLS: ['education', 4, 2, 2],
  AGRICULTURE: ['agriculture', 14, 2, 8],
  CIVIL_REGISTRATION: ['civil', 10, 0.2, 10],
  POST: ['ict', 6, 0.5, 3],
  CONSCRIPTION: ['police', 6, 0.8, 4],
  SOCIAL_SECURITY: ['welfare', 14, 0.6, 10],
  CENTRAL_BANK: ['banking', 8, 1.2, 8],
  TRAFFIC_POLICE: ['transport', 10, 1.2, 8],
  ROADS: ['housing', 14, 2, 8],
  ENVIRONMENT: ['environment', 8, 2, 5],
  HEALTH: ['health', 16, 2, 10],
  SCIENCE: ['science', 10, 1.2, 6],
  INDUSTRY: ['industry', 16, 2.5, 10],
  ANTI_SMUGGLING: ['trade', 3, 0.3, 3],
};

interface Agencies {
  rows: AgencyRow[];
  profiles: AgencyProfile[];
  /** Agency id of a facts.ts key. */
  id(key: AgencyKey): number;
}

function buildAgencies(random: Random, scale: number): Agencies {
  const named = AGENCIES.filter((fact) => !fact.generated);
  const total = named.length + (FIGURES.agencies - named.length) * scale;
  const rows: AgencyRow[] = [];
  const profiles: AgencyProfile[] = [];
  const fixedConnection: (WindowConnection | undefined)[] = [];
  const ids = new Map<AgencyKey, number>();
  const names = new UniqueNames();
  // Assessment weight: national bodies are assessed far more often than county offices.
  const add = (nameFa: string, nameEn: string, generated: boolean, insideGovernment: boolean, profile: AgencyProfile, connection?: WindowConnection) => {
    if (!names.claim(nameFa)) throw new Error(`duplicate agency name ${nameFa}`);
    const id = rows.length + 1;
    rows.push({ id, code: code('AG', id, 3), nameFa, nameEn, insideGovernment, windowConnection: 'CONNECTED', generated });
    profiles.push(profile);
    fixedConnection.push(connection);
    return id;
  };
  const jitter = () => 0.6 + random.next() * 0.8;

  // Named ones first, then the real bodies of facts.ts that the sources do not name.
  for (const fact of [...named, ...AGENCIES.filter((fact) => fact.generated)]) {
    const [domain, services, licences, inquiries] = FACT_PROFILES[fact.key];
    const lags = fact.key === 'AZAD_UNIVERSITY' || fact.key === 'CENTRAL_BANK';
    ids.set(fact.key, add(fact.nameFa, fact.nameEn, fact.generated, fact.insideGovernment, { domain, services, licences, inquiries, lagsInConnection: lags }, fact.windowConnection));
  }
  for (const [fa, en, domain] of NATIONAL_AGENCIES) {
    if (rows.length === total) break;
    const lags = fa.startsWith('بانک') || fa.startsWith('دانشگاه');
    add(fa, en, true, true, { domain, services: 6 * jitter(), licences: jitter(), inquiries: 4 * jitter(), lagsInConnection: lags });
  }
  // Then provincial and county bodies, in a seeded order; a district number when they run out.
  const local = [
    ...PROVINCIAL_AGENCIES.flatMap((type) => PROVINCES.map((place) => ({ type, place, county: false }))),
    ...COUNTY_AGENCIES.flatMap((type) => CITIES.map((place) => ({ type, place, county: true }))),
  ];
  random.shuffle(local);
  for (let round = 1; rows.length < total; round += 1) {
    for (const { type, place, county } of local) {
      if (rows.length === total) break;
      const [typeFa, typeEn, domain] = type;
      const suffixFa = round > 1 ? ` – ${DISTRICT[0]} ${persianDigits(round)}` : '';
      const suffixEn = round > 1 ? `, ${DISTRICT[1]} ${round}` : '';
      const fa = typeFa.replace('{p}', place[0]) + suffixFa;
      const en = typeEn.replace('{p}', place[1]) + suffixEn;
      const weight = county ? 0.6 : 1;
      add(fa, en, true, true, { domain, services: 3 * weight * jitter(), licences: 0.8 * weight * jitter(), inquiries: 1.5 * weight * jitter(), lagsInConnection: typeFa.startsWith('دانشگاه') });
    }
  }

  assignConnections(random, rows, profiles, fixedConnection);
  return {
    rows,
    profiles,
    id: (key) => {
      const id = ids.get(key);
      if (id === undefined) throw new Error(`unknown agency ${key}`);
      return id;
    },
  };
}

/** 73 / 9 / 26 of 108 (002), kept in proportion at larger scales; the sources' own statuses first. */
function assignConnections(random: Random, rows: AgencyRow[], profiles: AgencyProfile[], fixed: readonly (WindowConnection | undefined)[]): void {
  const total = rows.length;
  const target: Record<WindowConnection, number> = {
    NOT_CONNECTED: Math.round((total * FIGURES.notConnected) / FIGURES.agencies),
    CONNECTING: Math.round((total * FIGURES.connecting) / FIGURES.agencies),
    CONNECTED: 0,
  };
  target.CONNECTED = total - target.NOT_CONNECTED - target.CONNECTING;
  const open: number[] = [];
  rows.forEach((row, index) => {
    const status = fixed[index];
    if (status) {
      row.windowConnection = status;
      target[status] -= 1;
    } else open.push(index);
  });
  const order = weightedOrder(random, open.map((index) => (profiles[index].lagsInConnection ? 4 : 1)));
  order.forEach((position, rank) => {
    const status: WindowConnection = rank < target.NOT_CONNECTED ? 'NOT_CONNECTED' : rank < target.NOT_CONNECTED + target.CONNECTING ? 'CONNECTING' : 'CONNECTED';
    rows[open[position]].windowConnection = status;
  });
}

// ---------------------------------------------------------------------------------------
// Assessments

/**
 * Three rounds (001) over 62 ⊂ 83 ⊂ 93 inside-government agencies, the named ones in all
 * three, with the sources' means exactly. Round 3 has the five indices (their mean is the
 * overall score; participation lowest, web presence highest); rounds 1 and 2, for which
 * the sources give only the mean, have the overall score only.
 */
function buildAssessments(random: Random, agencies: Agencies): AssessmentRow[] {
  const [round1, round2, round3] = ASSESSMENT_ROUNDS;
  const fixed = new Map(ROUND3_SCORES.map((score) => [agencies.id(score.agency), Math.round(score.overall * 100)]));
  const webOnly = new Set(WEB_PRESENCE_ONLY.map((key) => agencies.id(key)));
  const named = [...fixed.keys(), ...webOnly];
  const taken = new Set(named);
  const candidates = agencies.rows.filter((row) => row.insideGovernment && !taken.has(row.id));
  const weights = candidates.map((row) => (!row.generated || row.id <= AGENCIES.length + NATIONAL_AGENCIES.length ? 5 : 1));
  const drawn = weightedOrder(random, weights).slice(0, round3.agencies - named.length).map((index) => candidates[index].id);
  const members = [...named, ...drawn];

  // Round 3, in hundredths: the named leaders are above every other score, the last two below.
  const lowest = Math.max(...ROUND3_SCORES.filter((score) => score.overall < round3.meanOverall).map((score) => score.overall)) * 100;
  const highest = Math.min(...ROUND3_SCORES.filter((score) => score.overall > round3.meanOverall).map((score) => score.overall)) * 100;
  const free = members.filter((id) => !fixed.has(id));
  const fixedSum = [...fixed.values()].reduce((acc, value) => acc + value, 0);
  const third = new Map(fixed);
  const freeScores = scoresWithSum(random, free.length, Math.round(round3.agencies * round3.meanOverall * 100) - fixedSum, lowest + 1, highest - 1);
  free.forEach((id, index) => third.set(id, freeScores[index]));

  // Earlier rounds: roughly in proportion to round 3, then moved to the exact means.
  const earlier = (round: typeof round1, count: number) => {
    const ids = members.slice(0, count);
    const ratio = round.meanOverall / round3.meanOverall;
    const guesses = ids.map((id) => third.get(id)! * ratio * (0.8 + random.next() * 0.4));
    const scores = scoresWithSum(random, count, Math.round(count * round.meanOverall * 100), 100, 9900, guesses);
    return new Map(ids.map((id, index) => [id, scores[index]]));
  };
  const first = earlier(round1, round1.agencies);
  const second = earlier(round2, round2.agencies);

  const rows: AssessmentRow[] = [];
  const percent = (hundredths: number) => hundredths / 100;
  for (const id of [...members].sort((a, b) => a - b)) {
    for (const [round, scores] of [[round1, first], [round2, second]] as const) {
      const overall = scores.get(id);
      if (overall === undefined) continue;
      rows.push({ agencyId: id, round: round.round, period: round.period, overall: percent(overall), webPresence: null, interaction: null, transaction: null, integration: null, participation: null });
    }
    const overall = third.get(id)!;
    if (webOnly.has(id)) {
      rows.push({ agencyId: id, round: round3.round, period: round3.period, overall: percent(overall), webPresence: percent(overall), interaction: null, transaction: null, integration: null, participation: null });
      continue;
    }
    const room = Math.min(overall, 10000 - overall);
    const step = Math.floor((room * (0.2 + random.next() * 0.3)) / 20) * 10;
    rows.push({
      agencyId: id,
      round: round3.round,
      period: round3.period,
      overall: percent(overall),
      webPresence: percent(overall + 2 * step),
      interaction: percent(overall + step),
      transaction: percent(overall),
      integration: percent(overall - step),
      participation: percent(overall - 2 * step),
    });
  }
  return rows;
}

/**
 * `count` scores in hundredths, multiples of ten (one decimal) but for one residue of
 * five where the target needs it, within [min, max], summing to `target` exactly.
 */
function scoresWithSum(random: Random, count: number, target: number, min: number, max: number, guesses?: readonly number[]): number[] {
  const mean = target / count;
  const clampTen = (value: number) => Math.min(Math.floor(max / 10) * 10, Math.max(Math.ceil(min / 10) * 10, Math.round(value / 10) * 10));
  const scores = Array.from({ length: count }, (_, index) => clampTen(guesses ? guesses[index] : mean * (0.45 + random.next() * 1.1)));
  let diff = target - scores.reduce((acc, score) => acc + score, 0);
  while (Math.abs(diff) >= 10) {
    const index = Math.floor(random.next() * count);
    const step = Math.min(Math.abs(diff) - (Math.abs(diff) % 10), 200) * Math.sign(diff);
    const next = scores[index] + step;
    if (next < min || next > max) continue;
    scores[index] = next;
    diff -= step;
  }
  if (diff !== 0) {
    const index = scores.findIndex((score) => score + diff >= min && score + diff <= max);
    if (index < 0) throw new Error('cannot place the last residue of a mean');
    scores[index] += diff;
  }
  return scores;
}

// ---------------------------------------------------------------------------------------
// Services and sub-services

/** Per project (by number): [services, of which licence services, of which heavy]; sums 111, 27, 14. */
const PROJECT_PLAN: Readonly<Record<number, readonly [number, number, number]>> = {
  1: [5, 0, 0], 2: [6, 0, 0], 3: [4, 1, 0], 4: [5, 1, 0], 5: [6, 0, 0], 6: [7, 2, 1], 7: [7, 0, 0], 8: [6, 0, 0],
  9: [5, 0, 0], 10: [12, 12, 7], 11: [5, 3, 2], 12: [7, 5, 3], 13: [3, 0, 0], 14: [6, 0, 0], 15: [2, 0, 0],
  16: [6, 0, 0], 17: [4, 0, 0], 18: [2, 0, 0], 19: [4, 1, 0], 20: [3, 0, 0], 21: [4, 2, 1], 22: [1, 0, 0], 23: [1, 0, 0],
};

type Weight = 'heavy' | 'licence' | 'plain';

interface PlannedService {
  agency: number;
  weight: Weight;
  /** Project number, or 0. */
  project: number;
}

interface Catalogue {
  services: ServiceRow[];
  subServices: SubServiceRow[];
  /** Per service index: whether it must need more than 20 inquiries. */
  heavy: Uint8Array;
  /** Per service index: project number or 0. */
  project: Uint8Array;
  /** Per service index: index of its first sub-service, and their count. */
  firstSub: Int32Array;
  subCount: Int32Array;
  /** Per agency (by index): the licences its services issue. */
  issued: Phrase[][];
}

function buildServices(random: Random, agencies: Agencies, scale: number): Catalogue {
  const planned = planServices(random, agencies, scale);
  // Grouped by agency, in a seeded order within each.
  const byAgency: PlannedService[][] = agencies.rows.map(() => []);
  for (const service of planned) byAgency[service.agency - 1].push(service);
  const ordered = byAgency.flatMap((list) => random.shuffle(list));

  const count = ordered.length;
  const heavy = new Uint8Array(count);
  const project = new Uint8Array(count);
  const services: ServiceRow[] = new Array(count);
  const namer = new ServiceNamer(random.fork('names'), agencies);
  const issued: Phrase[][] = agencies.rows.map(() => []);
  for (let index = 0; index < count; index += 1) {
    const plan = ordered[index];
    const id = index + 1;
    const isLicense = plan.weight !== 'plain';
    const {
      name: [nameFa, nameEn],
      licence,
    } = namer.name(plan);
    if (licence && !issued[plan.agency - 1].includes(licence)) issued[plan.agency - 1].push(licence);
    const electronic = (probability: number): StepMode => (random.chance(probability) ? 'ELECTRONIC' : 'PHYSICAL');
    services[index] = {
      id,
      code: code('SRV', id, 6),
      agencyId: plan.agency,
      nameFa,
      nameEn,
      isLicense,
      receipt: 'ELECTRONIC',
      processing: electronic(isLicense ? 0.7 : 0.85),
      delivery: electronic(isLicense ? 0.6 : 0.8),
      generated: true,
    };
    heavy[index] = plan.weight === 'heavy' ? 1 : 0;
    project[index] = plan.project;
  }

  const subCount = subServiceCounts(random, services, project, scale);
  const firstSub = new Int32Array(count);
  const subServices: SubServiceRow[] = [];
  for (let index = 0; index < count; index += 1) {
    firstSub[index] = subServices.length;
    const service = services[index];
    const variants = service.isLicense ? LICENCE_SUB_VARIANTS : SERVICE_SUB_VARIANTS;
    const chosen = random.shuffle(variants.map((_, position) => position)).slice(0, subCount[index]).sort((a, b) => a - b);
    for (const position of chosen) {
      const id = subServices.length + 1;
      const [variantFa, variantEn] = variants[position];
      // « – » keeps the names unique: a variant never contains it, so the service part is recoverable.
      subServices.push({ id, code: code('SUB', id, 6), serviceId: service.id, nameFa: `${service.nameFa} – ${variantFa}`, nameEn: `${service.nameEn} – ${variantEn}`, generated: true });
    }
  }
  return { services, subServices, heavy, project, firstSub, subCount, issued };
}

function planServices(random: Random, agencies: Agencies, scale: number): PlannedService[] {
  const planned: PlannedService[] = [];
  let projectLicences = 0;
  let projectHeavy = 0;
  for (const fact of PROJECTS) {
    const [total, licences, heavy] = PROJECT_PLAN[fact.number];
    projectLicences += licences;
    projectHeavy += heavy;
    const members = [fact.lead, ...fact.participants].map((key) => agencies.id(key));
    const licenceWeights = members.map((id) => agencies.profiles[id - 1].licences);
    const plainWeights = members.map((_, index) => (index === 0 ? 2 : 1));
    for (let index = 0; index < total; index += 1) {
      const weight: Weight = index < heavy ? 'heavy' : index < licences ? 'licence' : 'plain';
      // The lead owns the first service, so every project's lead delivers some of its services.
      const agency = index === 0 ? members[0] : members[random.weighted(weight === 'plain' ? plainWeights : licenceWeights)];
      planned.push({ agency, weight, project: fact.number });
    }
  }
  const projectServices = planned.length;

  // The rest over every agency (each at least one), then licence and heavy ones by propensity.
  const regular = FIGURES.services * scale - projectServices;
  const perAgency = allocate(regular, agencies.profiles.map((profile) => profile.services * (0.7 + random.next() * 0.6)), 1);
  const slots: number[] = perAgency.flatMap((count, index) => Array<number>(count).fill(index + 1));
  const heavyCount = FIGURES.heavyServices * scale - projectHeavy;
  const licenceCount = (LICENCE_SERVICES - FIGURES.heavyServices) * scale - (projectLicences - projectHeavy);
  const order = weightedOrder(random, slots.map((agency) => agencies.profiles[agency - 1].licences));
  const weights: Weight[] = new Array(slots.length).fill('plain');
  order.forEach((slot, rank) => {
    if (rank < heavyCount) weights[slot] = 'heavy';
    else if (rank < heavyCount + licenceCount) weights[slot] = 'licence';
  });
  slots.forEach((agency, slot) => planned.push({ agency, weight: weights[slot], project: 0 }));
  return planned;
}

/** A candidate service name, and for a licence service the licence it issues. */
interface NameCombo {
  name: Phrase;
  licence: Phrase | null;
}

/**
 * Service names from verb × object × qualifier. Each kind of name (licences of a domain,
 * other services of a domain, a project's services) walks its combinations in a seeded
 * order, plain ones first, so each is tried once; when they run out, the agency's name
 * tells the services apart, then a number.
 */
class ServiceNamer {
  private readonly pools = new Map<string, { combos: NameCombo[]; next: number }>();
  private readonly names = new UniqueNames();

  constructor(
    private readonly random: Random,
    private readonly agencies: Agencies,
  ) {}

  name(plan: PlannedService): NameCombo {
    const domain = this.agencies.profiles[plan.agency - 1].domain;
    const ownTopics = plan.weight === 'plain' && plan.project ? PROJECT_TOPICS[plan.project] : undefined;
    const keys = plan.weight !== 'plain' ? [`licence:${domain}`] : ownTopics && this.random.chance(0.8) ? [`project:${plan.project}`, `service:${domain}`] : [`service:${domain}`];
    for (const key of keys) {
      const pool = this.pool(key, plan, domain);
      while (pool.next < pool.combos.length) {
        const combo = pool.combos[pool.next++];
        if (this.names.claim(combo.name[0])) return combo;
      }
    }
    const pool = this.pool(keys[0], plan, domain);
    const agency = this.agencies.rows[plan.agency - 1];
    for (let number = 1; ; number += 1) {
      const { name: [fa, en], licence } = this.random.pick(pool.combos);
      const nameFa = `${fa} – ${agency.nameFa}${number > 12 ? ` ${persianDigits(number)}` : ''}`;
      if (this.names.claim(nameFa)) return { name: [nameFa, `${en} – ${agency.nameEn}${number > 12 ? ` ${number}` : ''}`], licence };
    }
  }

  private pool(key: string, plan: PlannedService, domain: Domain) {
    let pool = this.pools.get(key);
    if (!pool) {
      pool = { combos: this.combos(key.startsWith('project:') ? PROJECT_TOPICS[plan.project] : undefined, plan.weight !== 'plain', domain), next: 0 };
      this.pools.set(key, pool);
    }
    return pool;
  }

  private combos(projectTopics: readonly Phrase[] | undefined, licence: boolean, domain: Domain): NameCombo[] {
    const words = DOMAIN_WORDS[domain];
    const bases: NameCombo[] = licence
      ? words.licences.map((object) => ({ name: [`${LICENCE_VERB[0]} ${object[0]}`, `${LICENCE_VERB[1]} ${article(object[1])} ${object[1]}`], licence: object }))
      : SERVICE_VERBS.flatMap(([verbFa, verbEn]) => (projectTopics ?? words.topics).map(([fa, en]) => ({ name: [`${verbFa} ${fa}`, verbEn.replace('{x}', en)] as const, licence: null })));
    const qualifiers = licence ? LICENCE_QUALIFIERS : SERVICE_QUALIFIERS;
    const qualified = bases.flatMap(({ name: [fa, en], licence: object }) =>
      qualifiers.map(([qualifierFa, qualifierEn]): NameCombo => ({ name: [`${fa} ${qualifierFa}`, `${en} ${qualifierEn}`], licence: object })),
    );
    return [...this.random.shuffle([...bases]), ...this.random.shuffle(qualified)];
  }
}

/** At least one each; the project services' sum to 165, the others' to the rest of 2,094 × scale. */
function subServiceCounts(random: Random, services: readonly ServiceRow[], project: Uint8Array, scale: number): Int32Array {
  const counts = new Int32Array(services.length);
  const owned: number[] = [];
  const rest: number[] = [];
  const licenceShape = [1, 3, 3, 2, 1, 1];
  const plainShape = [3, 3, 2, 1.5, 0.7];
  services.forEach((service, index) => {
    counts[index] = 1 + random.weighted(service.isLicense ? licenceShape : plainShape);
    (project[index] ? owned : rest).push(index);
  });
  const plain = Array.from(counts);
  adjustToSum(random, plain, owned, FIGURES.projectSubServices, 1, 4);
  adjustToSum(random, plain, rest, FIGURES.subServices * scale - FIGURES.projectSubServices, 1, Math.min(LICENCE_SUB_VARIANTS.length, SERVICE_SUB_VARIANTS.length));
  counts.set(plain);
  return counts;
}

// ---------------------------------------------------------------------------------------
// Inquiries

/** Channels of the common inquiries other than NIX, by name; paper with Registration and Tax (001). */
const COMMON_CHANNELS: Readonly<Record<string, InquiryChannel>> = {
  'استعلام وضعیت ثبتی ملک': 'PAPER',
  'استعلام بدهی مالیاتی نقل و انتقال املاک': 'PAPER',
  'استعلام کاربری زمین': 'PAPER',
  'استعلام طرح تفصیلی شهری': 'PAPER',
  'استعلام ممنوع‌المعاملگی': 'DIRECT',
  'استعلام تأییدیه زیست‌محیطی': 'DIRECT',
  'استعلام تأییدیه بهداشتی': 'DIRECT',
};

/** How likely a service needs a topic's main inquiry: [other services, licence services]. */
const COMMON_USE: Readonly<Record<InquiryTopic, readonly [number, number]>> = {
  identity: [0.85, 0.95],
  postcode: [0.45, 0.8],
  criminalRecord: [0.08, 0.45],
  conscription: [0.06, 0.35],
  taxClearance: [0.2, 0.6],
  insurance: [0.2, 0.6],
  deed: [0.06, 0.3],
  companyRegistration: [0.06, 0.5],
  universityDegree: [0.04, 0.15],
  schoolCertificate: [0.04, 0.08],
  chequesLoans: [0.04, 0.12],
  vehicle: [0.03, 0.08],
  landUse: [0.02, 0.2],
  environment: [0.01, 0.25],
  health: [0.03, 0.25],
  standard: [0.01, 0.2],
  customs: [0.01, 0.08],
};

interface Inquiries {
  rows: InquiryRow[];
  /** Relative popularity of each inquiry (by index). */
  weights: Float64Array;
  /** Index of each topic's main inquiry, in INQUIRY_TEMPLATES order, with its use. */
  mains: { index: number; use: readonly [number, number] }[];
  /** How many of the first rows are the common inquiries (identity, postcode…), answered straight from a register. */
  common: number;
}

function buildInquiries(random: Random, agencies: Agencies, issued: readonly Phrase[][], scale: number): Inquiries {
  const rows: InquiryRow[] = [];
  const weights: number[] = [];
  const names = new UniqueNames();
  const mains: Inquiries['mains'] = [];
  const add = (nameFa: string, nameEn: string, providerAgencyId: number, channel: InquiryChannel, weight: number) => {
    const id = rows.length + 1;
    rows.push({ id, code: code('INQ', id, 5), nameFa, nameEn, providerAgencyId, channel, answeredByServiceId: null, generated: true });
    weights.push(weight);
  };

  for (const template of INQUIRY_TEMPLATES) {
    COMMON_INQUIRIES[template.topic].forEach(([fa, en], position) => {
      if (!names.claim(fa)) throw new Error(`duplicate common inquiry ${fa}`);
      if (position === 0) mains.push({ index: rows.length, use: COMMON_USE[template.topic] });
      add(fa, en, agencies.id(template.provider), COMMON_CHANNELS[fa] ?? 'NIX', position === 0 ? 6 : 3);
    });
  }

  const common = rows.length;

  // The rest: each agency answers inquiries on the licences it issues, then on its domain's records and licences.
  const objects = agencies.rows.map((_, index) => {
    const own = issued[index];
    const words = DOMAIN_WORDS[agencies.profiles[index].domain];
    const others = [...words.records.map((record) => ({ object: record, licence: false })), ...words.licences.filter((licence) => !own.includes(licence)).map((licence) => ({ object: licence, licence: true }))];
    return [...random.shuffle(own.map((licence) => ({ object: licence, licence: true }))), ...random.shuffle(others)];
  });
  // Renewal and suspension are asked of licences only.
  const kindsOf = (licence: boolean) => (licence ? INQUIRY_KINDS : RECORD_INQUIRY_KINDS);
  const perAgency = allocateCapped(
    FIGURES.inquiries * scale - rows.length,
    agencies.profiles.map((profile) => profile.inquiries * (0.5 + random.next())),
    objects.map((list) => list.reduce((sum, { licence }) => sum + kindsOf(licence).length, 0)),
  );
  perAgency.forEach((count, index) => {
    if (count === 0) return;
    const agency = agencies.rows[index];
    // Each object with its kinds in a seeded order, taken one kind per object per pass.
    const kinds = objects[index].map(({ licence }) => random.shuffle([...kindsOf(licence)]));
    const combos = INQUIRY_KINDS.flatMap((_, pass) => objects[index].flatMap(({ object }, position) => (pass < kinds[position].length ? [[kinds[position][pass], object] as const] : [])));
    const paper = agency.windowConnection === 'NOT_CONNECTED' ? 0.2 : 0.11;
    for (const [[kindFa, kindEn], [objectFa, objectEn]] of combos.slice(0, count)) {
      let fa = `${kindFa} ${objectFa}`;
      let en = `${kindEn} ${objectEn}`;
      // Another agency answers the same look-up: the provider's name tells them apart.
      if (!names.claim(fa)) {
        fa += ` – ${agency.nameFa}`;
        en += ` – ${agency.nameEn}`;
        if (!names.claim(fa)) throw new Error(`duplicate inquiry ${fa}`);
      }
      const draw = random.next();
      const channel: InquiryChannel = draw < paper ? 'PAPER' : draw < paper + 0.17 ? 'DIRECT' : 'NIX';
      // Paper look-ups persist where they are needed most, so they weigh a little more.
      add(fa, en, agency.id, channel, (0.3 + 3 * random.next() ** 3) * (channel === 'PAPER' ? 1.5 : 1));
    }
  });
  return { rows, weights: Float64Array.from(weights), mains, common };
}

// ---------------------------------------------------------------------------------------
// Requirements: "service S (or one of its sub-services) needs inquiry I"

function buildRequirements(random: Random, agencies: Agencies, catalogue: Catalogue, inquiries: Inquiries): RequirementRow[] {
  const count = inquiries.rows.length;
  const provider = Int32Array.from(inquiries.rows, (row) => row.providerAgencyId);
  const global = new WeightedSampler(inquiries.weights);
  const domainOf = (agencyId: number) => agencies.profiles[agencyId - 1].domain;
  const byDomain = new Map<Domain, { indices: number[]; sampler: WeightedSampler }>();
  const grouped = new Map<Domain, number[]>();
  inquiries.rows.forEach((row, index) => {
    const domain = domainOf(row.providerAgencyId);
    const list = grouped.get(domain);
    if (list) list.push(index);
    else grouped.set(domain, [index]);
  });
  for (const [domain, indices] of grouped) byDomain.set(domain, { indices, sampler: new WeightedSampler(indices.map((index) => inquiries.weights[index])) });
  // A seeded round robin over every inquiry, so that each one is needed by some service.
  const rotation = random.shuffle(Array.from({ length: count }, (_, index) => index));
  let cursor = 0;
  const stamp = new Int32Array(count);
  const mainSet = new Uint8Array(count);
  for (const main of inquiries.mains) mainSet[main.index] = 1;

  const rows: RequirementRow[] = [];
  const chosen: number[] = [];
  catalogue.services.forEach((service, index) => {
    const mark = index + 1;
    const consumer = service.agencyId;
    const target = inquiryTarget(random, service.isLicense, catalogue.heavy[index] === 1);
    chosen.length = 0;
    const take = (inquiry: number) => {
      if (stamp[inquiry] === mark || provider[inquiry] === consumer) return false;
      stamp[inquiry] = mark;
      chosen.push(inquiry);
      return true;
    };
    const licence = service.isLicense ? 1 : 0;
    for (const main of inquiries.mains) {
      if (chosen.length < target && random.chance(main.use[licence])) take(main.index);
    }
    const pool = byDomain.get(domainOf(consumer));
    let misses = 0;
    while (chosen.length < target) {
      const draw = random.next();
      let inquiry: number;
      if (misses > 30 || draw < 0.3) inquiry = rotation[cursor++ % count];
      else if (draw < 0.65 && pool) inquiry = pool.indices[pool.sampler.sample(random)];
      else inquiry = global.sample(random);
      if (!take(inquiry)) misses += 1;
    }

    const first = catalogue.firstSub[index];
    const subs = catalogue.subCount[index];
    const subId = (position: number) => catalogue.subServices[first + position].id;
    const push = (subServiceId: number | null, inquiryId: number) => rows.push({ serviceId: service.id, subServiceId, inquiryId, consumerAgencyId: consumer });
    for (const inquiry of chosen) {
      const inquiryId = inquiry + 1;
      // The commonest look-ups are often needed by every variant of a service.
      if (mainSet[inquiry] && subs > 1 && random.chance(0.3)) {
        for (let position = 0; position < subs; position += 1) push(subId(position), inquiryId);
        continue;
      }
      const atService = random.chance(0.35);
      const position = Math.floor(random.next() * subs);
      push(atService ? null : subId(position), inquiryId);
      if (!random.chance(0.2)) continue;
      // Some look-ups recur at both levels, or under two sub-services of the service.
      if (atService) push(subId(position), inquiryId);
      else if (subs > 1) push(subId((position + 1 + Math.floor(random.next() * (subs - 1))) % subs), inquiryId);
      else push(null, inquiryId);
    }
  });
  return rows;
}

/** Distinct inquiries a service needs: 21–45 (skewed low) for the heavy ones, at most 20 for the rest. */
function inquiryTarget(random: Random, isLicense: boolean, heavy: boolean): number {
  const threshold = FIGURES.heavyThreshold;
  const draw = random.next();
  if (heavy) return Math.min(HEAVY_MAX, threshold + 1 + Math.floor((HEAVY_MAX - threshold) * draw ** 2.2));
  if (isLicense) return 5 + Math.floor((threshold - 4) * draw ** 0.9);
  if (draw < 0.02) return 0;
  if (draw < 0.08) return random.int(13, threshold);
  return 2 + Math.floor(11 * random.next() ** 1.3);
}

// ---------------------------------------------------------------------------------------
// Projects

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

const TICKETS: readonly Omit<TicketRow, 'openedBy'>[] = [
  {
    projectId: 17,
    title: 'حذف استعلام کاغذی با سازمان ثبت اسناد و املاک کشور و سازمان امور مالیاتی',
    body: 'برخی استعلام‌های این دو دستگاه هنوز کاغذی پاسخ داده می‌شود و رایزنی برای الکترونیکی شدن آن‌ها ادامه دارد. (داده ساختگی)',
    status: 'OPEN',
    openedAt: timestamp(2018, 8, 21, 7, 30),
    resolution: null,
  },
  {
    projectId: 8,
    title: 'حذف دفترچه بیمه و ارائه خدمات با کد ملی',
    body: 'مراکز درمانی طرف قرارداد هنوز دفترچه کاغذی می‌خواهند. (داده ساختگی)',
    status: 'RESOLVED',
    openedAt: timestamp(2018, 9, 3, 9, 15),
    resolution: 'احراز بیمه‌شده با کد ملی در مراکز طرف قرارداد فعال شد. (داده ساختگی)',
  },
  {
    projectId: 16,
    title: 'ارائه استعلام چک و تسهیلات در دولت همراه',
    body: 'دو سرویس استعلام چک و استعلام تسهیلات هنوز در دولت همراه در دسترس نیست. (داده ساختگی)',
    status: 'OPEN',
    openedAt: timestamp(2019, 2, 11, 10, 0),
    resolution: null,
  },
  {
    projectId: 2,
    title: 'ثبت نشدن گزارش پیشرفت در سامانه رصد',
    body: 'دستگاه مجری کار خود را انجام داده اما گزارش پیشرفت را در سامانه ثبت نکرده است. (داده ساختگی)',
    status: 'RESOLVED',
    openedAt: timestamp(2019, 8, 25, 6, 45),
    resolution: 'گزارش پیشرفت در سامانه رصد و پایش ثبت شد. (داده ساختگی)',
  },
  {
    projectId: 11,
    title: 'روند نامطلوب پیشرفت پروژه',
    body: 'پیشرفت پروژه از برنامه عقب است و هماهنگی میان دستگاه‌های مجری لازم است. (داده ساختگی)',
    status: 'OPEN',
    openedAt: timestamp(2019, 11, 4, 8, 20),
    resolution: null,
  },
  {
    projectId: 9,
    title: 'دسترسی دانشگاه آزاد اسلامی به سامانه رصد و پایش',
    body: 'دستگاه خارج از بدنه دولت برای ورود اطلاعات پیشرفت حساب کاربری ندارد. (داده ساختگی)',
    status: 'RESOLVED',
    openedAt: timestamp(2019, 9, 14, 11, 5),
    resolution: 'حساب کاربری برای دستگاه ایجاد و دسترسی ثبت اطلاعات داده شد. (داده ساختگی)',
  },
  {
    projectId: 22,
    title: 'تعیین عنوان و دامنه پروژه',
    body: 'عنوان این پروژه در گزارش‌های منتشرشده نیامده است. (داده ساختگی)',
    status: 'OPEN',
    openedAt: timestamp(2020, 3, 2, 9, 40),
    resolution: null,
  },
];

function buildProjects(random: Random, agencies: Agencies, catalogue: Catalogue) {
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
