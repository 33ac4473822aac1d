import type { PaperModel } from './model';

export interface AgencyChange {
  agencyId: number;
  links: number;
  paperLinksBefore: number;
  paperLinksAfter: number;
  servicesFreed: number;
}

export interface WhatIf {
  inquiryIds: number[];
  serviceIds: number[];
  subServiceIds: number[];
  links: number;
  paperLinksBefore: number;
  paperLinksAfter: number;
  agencies: AgencyChange[];
}

const freedBy = (paper: Map<number, number[]>, digitised: Set<number>) =>
  [...paper]
    .filter(([, inquiries]) => inquiries.every((id) => digitised.has(id)))
    .map(([id]) => id)
    .sort((a, b) => a - b);

/** What digitising `inquiryIds` (paper inquiries of the model) frees and how the paper links fall. */
export function whatIf(model: PaperModel, inquiryIds: number[]): WhatIf {
  const digitised = new Set(inquiryIds);
  const serviceIds = freedBy(model.servicePaper, digitised);
  const changes = new Map<number, AgencyChange>();
  const changeOf = (agencyId: number) => {
    let change = changes.get(agencyId);
    if (!change) {
      const agency = model.agencies.get(agencyId) ?? { links: 0, paperLinks: 0 };
      change = { agencyId, links: agency.links, paperLinksBefore: agency.paperLinks, paperLinksAfter: agency.paperLinks, servicesFreed: 0 };
      changes.set(agencyId, change);
    }
    return change;
  };
  let removed = 0;
  for (const inquiryId of digitised) {
    for (const serviceId of model.inquiryServices.get(inquiryId) ?? []) {
      changeOf(model.serviceAgency.get(serviceId)!).paperLinksAfter--;
      removed++;
    }
  }
  for (const serviceId of serviceIds) changeOf(model.serviceAgency.get(serviceId)!).servicesFreed++;
  const agencies = [...changes.values()].sort(
    (a, b) => b.paperLinksBefore - b.paperLinksAfter - (a.paperLinksBefore - a.paperLinksAfter) || a.agencyId - b.agencyId,
  );
  return {
    inquiryIds: [...digitised].sort((a, b) => a - b),
    serviceIds,
    subServiceIds: freedBy(model.subServicePaper, digitised),
    links: model.links,
    paperLinksBefore: model.paperLinks,
    paperLinksAfter: model.paperLinks - removed,
    agencies,
  };
}
