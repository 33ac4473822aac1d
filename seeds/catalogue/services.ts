import type { StepMode } from '../../subgraphs/catalogue/entities';
import type { ServiceRow, SubServiceRow } from '../../subgraphs/catalogue/seed';
import { adjustToSum } from '../allocation';
import { FIGURES } from '../facts';
import { code } from '../format';
import { LICENCE_SUB_VARIANTS, SERVICE_SUB_VARIANTS, type Phrase } from '../names';
import type { Random } from '../random';
import type { Agencies } from './agencies';
import { ServiceNamer } from './service-names';
import { planServices, type PlannedService } from './service-plan';

/** The services and sub-services, with what the inquiries and projects generated after them need to know of each. */
export interface Catalogue {
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

export function buildServices(random: Random, agencies: Agencies, scale: number): Catalogue {
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
