import { allocate, weightedOrder } from '../allocation';
import { FIGURES, PROJECTS } from '../facts';
import type { Random } from '../random';
import type { Agencies } from './agencies';

/** Licence services in all at scale 1 (the 241 heavy ones and some lighter ones); not a source figure. */
const LICENCE_SERVICES = 320;

/** Per project (by number): [services, of which licence services, of which heavy]; sums 111, 27, 14. */
const PROJECT_PLAN: Readonly<Record<number, readonly [number, number, number]>> = {
  1: [5, 0, 0], 2: [6, 0, 0], 3: [4, 1, 0], 4: [5, 1, 0], 5: [6, 0, 0], 6: [7, 2, 1], 7: [7, 0, 0], 8: [6, 0, 0],
  9: [5, 0, 0], 10: [12, 12, 7], 11: [5, 3, 2], 12: [7, 5, 3], 13: [3, 0, 0], 14: [6, 0, 0], 15: [2, 0, 0],
  16: [6, 0, 0], 17: [4, 0, 0], 18: [2, 0, 0], 19: [4, 1, 0], 20: [3, 0, 0], 21: [4, 2, 1], 22: [1, 0, 0], 23: [1, 0, 0],
};

export type Weight = 'heavy' | 'licence' | 'plain';

/** A service before it has a name: whose it is, how heavy, and which project owns it. */
export interface PlannedService {
  agency: number;
  weight: Weight;
  /** Project number, or 0. */
  project: number;
}

/** The projects' services as PROJECT_PLAN says, then the rest over every agency, licence and heavy ones by propensity. */
export function planServices(random: Random, agencies: Agencies, scale: number): PlannedService[] {
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
