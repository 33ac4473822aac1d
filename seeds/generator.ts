import type { Dataset } from './dataset';
import { buildAgencies } from './catalogue/agencies';
import { buildAssessments } from './catalogue/assessments';
import { buildServices } from './catalogue/services';
import { assignAnsweringServices } from './inquiries/chains';
import { buildChannelHistory, HISTORY_START } from './inquiries/history';
import { buildInquiries } from './inquiries/inquiries';
import { buildRequirements } from './inquiries/requirements';
import { buildProjects } from './projects/projects';
import { Random, SEED } from './random';

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
  const history = buildChannelHistory(random.fork('channel-history'), inquiries.rows, inquiries.common);
  return {
    scale,
    catalogue: { agencies: agencies.rows, assessments, services: catalogue.services, subServices: catalogue.subServices, historyStart: HISTORY_START },
    inquiries: { inquiries: inquiries.rows, requirements, historyStart: HISTORY_START, history },
    projects,
  };
}
