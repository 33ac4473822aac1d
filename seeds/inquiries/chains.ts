import type { ServiceRow } from '../../subgraphs/catalogue/seed';
import type { InquiryRow, RequirementRow } from '../../subgraphs/inquiries/seed';
import type { Random } from '../random';

/** Share of the non-common inquiries that the provider answers through one of its own catalogued services. */
const ANSWERED_SHARE = 0.1;

/**
 * Chains: a provider often answers an inquiry through one of its own services
 * (a licence's validity through the service that issues it, a record through the service
 * that keeps it), and that service needs inquiries of its own. The sources are silent on
 * which, so a seeded share of the inquiries get an answering service of their provider,
 * light services (few inquiries of their own) far likelier than heavy ones: most chains
 * stop after one or two levels, a minority go three or more deep, and some close a cycle.
 * The common inquiries (identity, postcode…) are answered straight from a register.
 */
export function assignAnsweringServices(random: Random, inquiries: InquiryRow[], services: readonly ServiceRow[], requirements: readonly RequirementRow[]): void {
  const needs = new Map<number, Set<number>>();
  for (const row of requirements) {
    let set = needs.get(row.serviceId);
    if (!set) needs.set(row.serviceId, (set = new Set()));
    set.add(row.inquiryId);
  }
  const byAgency = new Map<number, { ids: number[]; weights: number[] }>();
  for (const service of services) {
    const entry = byAgency.get(service.agencyId) ?? { ids: [], weights: [] };
    const count = needs.get(service.id)?.size ?? 0;
    entry.ids.push(service.id);
    entry.weights.push(1 / (1 + count) ** 1.5);
    byAgency.set(service.agencyId, entry);
  }
  for (const inquiry of inquiries) {
    if (!random.chance(ANSWERED_SHARE)) continue;
    const candidates = byAgency.get(inquiry.providerAgencyId);
    if (candidates) inquiry.answeredByServiceId = candidates.ids[random.weighted(candidates.weights)];
  }
}
