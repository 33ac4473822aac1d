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
  closeLoops(inquiries, services, needs);
}

/**
 * Two loops made certain, whatever the draw above gives: S1 → S2 → S1 and S3 → S4 → S5 → S3 (each
 * service needs an inquiry the next one answers), through inquiries that had no answering
 * service; and a way into the second from a service outside it, through an inquiry of its own, so
 * that service's chain meets a service already on its path that is not its root. The first such
 * loops in id order.
 */
function closeLoops(inquiries: InquiryRow[], services: readonly ServiceRow[], needs: Map<number, Set<number>>): void {
  const byId = new Map(inquiries.map((inquiry) => [inquiry.id, inquiry]));
  const agencyOf = new Map(services.map((service) => [service.id, service.agencyId]));
  const servicesOf = new Map<number, number[]>();
  for (const service of services) servicesOf.set(service.agencyId, [...(servicesOf.get(service.agencyId) ?? []), service.id]);
  const taken = new Set<number>();
  /** The free inquiries a service needs, answered by another agency. */
  const free = (serviceId: number) =>
    [...(needs.get(serviceId) ?? [])]
      .sort((a, b) => a - b)
      .map((id) => byId.get(id))
      .filter((inquiry): inquiry is InquiryRow => inquiry !== undefined && inquiry.answeredByServiceId === null && inquiry.providerAgencyId !== agencyOf.get(serviceId));

  interface Loop {
    services: number[];
    /** inquiries[k] is needed by services[k] and answered by the next service. */
    inquiries: InquiryRow[];
  }
  /** Services path[0] → … → path[size - 1] → path[0], each step through a free inquiry of the next one's agency. */
  const extend = (loop: Loop, size: number): Loop | null => {
    const last = loop.services.at(-1)!;
    const agencies = loop.services.map((id) => agencyOf.get(id)!);
    if (loop.services.length === size) {
      const back = free(last).find((inquiry) => inquiry.providerAgencyId === agencies[0] && !loop.inquiries.includes(inquiry));
      return back ? { services: loop.services, inquiries: [...loop.inquiries, back] } : null;
    }
    for (const inquiry of free(last)) {
      if (agencies.includes(inquiry.providerAgencyId) || loop.inquiries.includes(inquiry)) continue;
      for (const next of servicesOf.get(inquiry.providerAgencyId) ?? []) {
        if (taken.has(next)) continue;
        const found = extend({ services: [...loop.services, next], inquiries: [...loop.inquiries, inquiry] }, size);
        if (found) return found;
      }
    }
    return null;
  };
  const close = (size: number): number[] => {
    for (const start of services) {
      if (taken.has(start.id)) continue;
      const found = extend({ services: [start.id], inquiries: [] }, size);
      if (!found) continue;
      found.inquiries.forEach((inquiry, at) => (inquiry.answeredByServiceId = found.services[(at + 1) % size]!));
      for (const id of found.services) taken.add(id);
      return found.services;
    }
    throw new Error(`no ${size}-service loop can be closed through free inquiries`);
  };

  close(2);
  const three = close(3);
  const loopInquiries = new Set(inquiries.filter((inquiry) => inquiry.answeredByServiceId !== null && three.includes(inquiry.answeredByServiceId)).map((inquiry) => inquiry.id));
  for (const root of services) {
    if (taken.has(root.id) || [...(needs.get(root.id) ?? [])].some((id) => loopInquiries.has(id))) continue;
    const entry = free(root.id).find((inquiry) => three.some((id) => agencyOf.get(id) === inquiry.providerAgencyId));
    if (!entry) continue;
    entry.answeredByServiceId = three.find((id) => agencyOf.get(id) === entry.providerAgencyId)!;
    return;
  }
  throw new Error('no service can enter the three-service loop');
}
