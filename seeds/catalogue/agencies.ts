import type { AgencyRow } from '../../subgraphs/catalogue/seed';
import type { WindowConnection } from '../../subgraphs/catalogue/entities';
import { weightedOrder } from '../allocation';
import { AGENCIES, FIGURES, type AgencyKey } from '../facts';
import { code } from '../format';
import { COUNTY_AGENCIES, CITIES, DISTRICT, NATIONAL_AGENCIES, PROVINCES, PROVINCIAL_AGENCIES, persianDigits, type Domain } from '../names';
import type { Random } from '../random';
import { UniqueNames } from '../unique-names';

/** What the generator assumes about an agency, beside its row: it shapes the agency's services and inquiries. */
export interface AgencyProfile {
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

/** The agencies' rows with their profiles, by position (id − 1). */
export interface Agencies {
  rows: AgencyRow[];
  profiles: AgencyProfile[];
  /** Agency id of a facts.ts key. */
  id(key: AgencyKey): number;
}

export function buildAgencies(random: Random, scale: number): Agencies {
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
    rows.push({ id, code: code('AG', id, 3), nameFa, nameEn, insideGovernment, windowConnection: 'CONNECTED', obligedToConnect: true, generated });
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

/**
 * The national window (002), as domain.md reads it: of 108 agencies 12 exempt or not yet obliged
 * (not connected), and of the 96 obliged 70 connected, 9 connecting, 17 not; in proportion at
 * larger scales. The bodies outside the government are among the exempt; the sources' own
 * statuses stand (all three are of obliged agencies).
 */
function assignConnections(random: Random, rows: AgencyRow[], profiles: AgencyProfile[], fixed: readonly (WindowConnection | undefined)[]): void {
  const total = rows.length;
  const share = (count: number) => Math.round((total * count) / FIGURES.agencies);
  const exempt = total - share(FIGURES.obligedToConnect);
  const target: Record<WindowConnection, number> = { NOT_CONNECTED: share(FIGURES.notConnected), CONNECTING: share(FIGURES.connecting), CONNECTED: 0 };
  target.CONNECTED = total - exempt - target.NOT_CONNECTED - target.CONNECTING;
  const open: number[] = [];
  rows.forEach((row, index) => {
    const status = fixed[index];
    if (status) {
      row.windowConnection = status;
      target[status] -= 1;
    } else open.push(index);
  });
  const outside = open.filter((index) => !rows[index].insideGovernment);
  const inside = open.filter((index) => rows[index].insideGovernment);
  const exemptOnes = [...outside, ...weightedOrder(random, inside.map(() => 1)).map((position) => inside[position])].slice(0, exempt);
  for (const index of exemptOnes) Object.assign(rows[index], { windowConnection: 'NOT_CONNECTED', obligedToConnect: false });
  const obliged = open.filter((index) => rows[index].obligedToConnect);
  const order = weightedOrder(random, obliged.map((index) => (profiles[index].lagsInConnection ? 4 : 1)));
  order.forEach((position, rank) => {
    const status: WindowConnection = rank < target.NOT_CONNECTED ? 'NOT_CONNECTED' : rank < target.NOT_CONNECTED + target.CONNECTING ? 'CONNECTING' : 'CONNECTED';
    rows[obliged[position]].windowConnection = status;
  });
}
