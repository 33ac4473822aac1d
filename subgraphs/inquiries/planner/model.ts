/** The statement's columns: parallel arrays (null where a part has no row). */
export interface PaperColumns {
  serviceIds: number[] | null;
  subServiceIds: (number | null)[] | null;
  inquiryIds: number[] | null;
  consumerIds: number[] | null;
  providerIds: number[] | null;
  countedServiceIds: number[] | null;
  inquiryCounts: number[] | null;
  agencyIds: number[] | null;
  agencyLinks: number[] | null;
  agencyPaperLinks: number[] | null;
}

export interface AgencyLinks {
  links: number;
  paperLinks: number;
}

/** Who needs which paper inquiry, in memory: what the planner and the what-if compute from. */
export interface PaperModel {
  /** Each service's distinct paper inquiries (its sub-services' included), ascending. */
  servicePaper: Map<number, number[]>;
  /** Each sub-service's distinct paper inquiries, ascending. */
  subServicePaper: Map<number, number[]>;
  /** The consumer agency of each service with a paper inquiry. */
  serviceAgency: Map<number, number>;
  /** Distinct inquiries (any channel) of each service with a paper inquiry. */
  serviceInquiryCount: Map<number, number>;
  /** The services needing each paper inquiry, ascending: its paper links. */
  inquiryServices: Map<number, number[]>;
  inquiryProvider: Map<number, number>;
  agencies: Map<number, AgencyLinks>;
  links: number;
  paperLinks: number;
}

function addTo<K>(map: Map<K, Set<number>>, key: K, value: number): void {
  const set = map.get(key);
  if (set) set.add(value);
  else map.set(key, new Set([value]));
}

const sorted = <K>(map: Map<K, Set<number>>) => new Map([...map].map(([key, set]) => [key, [...set].sort((a, b) => a - b)]));

export function buildPaperModel(columns: PaperColumns): PaperModel {
  const servicePaper = new Map<number, Set<number>>();
  const subServicePaper = new Map<number, Set<number>>();
  const inquiryServices = new Map<number, Set<number>>();
  const serviceAgency = new Map<number, number>();
  const inquiryProvider = new Map<number, number>();
  const serviceIds = columns.serviceIds ?? [];
  serviceIds.forEach((serviceId, row) => {
    const inquiryId = columns.inquiryIds![row];
    const subServiceId = columns.subServiceIds![row];
    addTo(servicePaper, serviceId, inquiryId);
    if (subServiceId !== null) addTo(subServicePaper, subServiceId, inquiryId);
    addTo(inquiryServices, inquiryId, serviceId);
    serviceAgency.set(serviceId, columns.consumerIds![row]);
    inquiryProvider.set(inquiryId, columns.providerIds![row]);
  });
  const counted = columns.countedServiceIds ?? [];
  const agencyIds = columns.agencyIds ?? [];
  const agencies = new Map(agencyIds.map((id, row) => [id, { links: columns.agencyLinks![row], paperLinks: columns.agencyPaperLinks![row] }]));
  const total = (part: keyof AgencyLinks) => [...agencies.values()].reduce((sum, agency) => sum + agency[part], 0);
  return {
    servicePaper: sorted(servicePaper),
    subServicePaper: sorted(subServicePaper),
    serviceAgency,
    serviceInquiryCount: new Map(counted.map((id, row) => [id, columns.inquiryCounts![row]])),
    inquiryServices: sorted(inquiryServices),
    inquiryProvider,
    agencies,
    links: total('links'),
    paperLinks: total('paperLinks'),
  };
}
