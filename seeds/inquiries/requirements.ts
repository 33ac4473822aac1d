import type { RequirementRow } from '../../subgraphs/inquiries/seed';
import { FIGURES } from '../facts';
import type { Domain } from '../names';
import { WeightedSampler, type Random } from '../random';
import type { Agencies } from '../catalogue/agencies';
import type { Catalogue } from '../catalogue/services';
import type { Inquiries } from './inquiries';

/** The most inquiries a heavy service needs. */
const HEAVY_MAX = 45;

/** "Service S (or one of its sub-services) needs inquiry I": the common look-ups by their use, then the service's domain and the rest. */
export function buildRequirements(random: Random, agencies: Agencies, catalogue: Catalogue, inquiries: Inquiries): RequirementRow[] {
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
