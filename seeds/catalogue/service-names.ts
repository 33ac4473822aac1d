import { article } from '../format';
import { DOMAIN_WORDS, LICENCE_QUALIFIERS, LICENCE_VERB, PROJECT_TOPICS, SERVICE_QUALIFIERS, SERVICE_VERBS, persianDigits, type Domain, type Phrase } from '../names';
import type { Random } from '../random';
import { UniqueNames } from '../unique-names';
import type { Agencies } from './agencies';
import type { PlannedService } from './service-plan';

/** A candidate service name, and for a licence service the licence it issues. */
export interface NameCombo {
  name: Phrase;
  licence: Phrase | null;
}

/**
 * Service names from verb × object × qualifier. Each kind of name (licences of a domain,
 * other services of a domain, a project's services) walks its combinations in a seeded
 * order, plain ones first, so each is tried once; when they run out, the agency's name
 * tells the services apart, then a number.
 */
export class ServiceNamer {
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
