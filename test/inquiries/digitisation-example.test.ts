import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT } from '../../lib/paths';
import { startTestStack, type TestStack } from '../support/stack';

/** The README's digitisation example, as written, on the scale-1 seed; and the plan of ten moves the README and bench/README quote. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

function readmeExample(): string {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('### Digitisation plan'));
  return section.slice(section.indexOf('```graphql') + '```graphql'.length, section.indexOf('```', section.indexOf('```graphql') + 10));
}

it('the README example runs: a plan of ten moves and the what-if of two paper inquiries', async () => {
  const { digitisationPlan: plan, digitisationWhatIf: whatIf } = await stack.ok(readmeExample());
  expect(plan.moves).toHaveLength(10);
  expect(plan.whatIf.paperShareAfter).toBeLessThan(plan.whatIf.paperShareBefore);
  expect(whatIf.paperLinksAfter).toBeLessThan(whatIf.paperLinksBefore);
  for (const service of whatIf.services) expect(service.agency.name.fa).toMatch(/[\u0600-\u06ff]/);
});

it('at scale 1, ten moves free 51 services and bring the paper share from 13.60 % to 11.54 %', async () => {
  const { digitisationPlan: plan } = await stack.ok(`{ digitisationPlan(first: 10) {
    servicesFreed totalGain exact upperBound moves { inquiry { code } gain } whatIf { serviceCount paperShareBefore paperShareAfter }
  } }`);
  expect(plan).toMatchObject({ servicesFreed: 51, totalGain: 51, exact: false });
  expect(plan.moves[0]).toEqual({ inquiry: { code: 'INQ-00034' }, gain: 12 });
  expect(plan.whatIf.serviceCount).toBe(51);
  expect(plan.whatIf.paperShareBefore).toBeCloseTo(0.136, 4);
  expect(plan.whatIf.paperShareAfter).toBeCloseTo(0.1154, 4);
  expect(plan.upperBound).toBeGreaterThanOrEqual(plan.totalGain);
});
