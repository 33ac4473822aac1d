import { generateDataset } from '../../seeds/generator';
import { startTestStack, type TestStack } from '../support/stack';

/** The seed's generated answering services (scale 1): the figures the README states, and the cycles they close. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const data = generateDataset(1);
const { inquiries, requirements } = data.inquiries;
const answeredBy = new Map(inquiries.filter((inquiry) => inquiry.answeredByServiceId !== null).map((inquiry) => [inquiry.id, inquiry.answeredByServiceId!]));

/** Service → the services answering the inquiries it needs (itself or through its sub-services). */
const next = new Map<number, Set<number>>();
for (const row of requirements) {
  const to = answeredBy.get(row.inquiryId);
  if (to === undefined) continue;
  next.set(row.serviceId, (next.get(row.serviceId) ?? new Set()).add(to));
}

/** The strongly connected parts of that graph that hold a cycle (Tarjan's algorithm). */
function cycles(): number[][] {
  let counter = 0;
  const index = new Map<number, number>();
  const low = new Map<number, number>();
  const stack: number[] = [];
  const onStack = new Set<number>();
  const found: number[][] = [];
  const visit = (node: number) => {
    index.set(node, counter);
    low.set(node, counter++);
    stack.push(node);
    onStack.add(node);
    for (const to of next.get(node) ?? []) {
      if (!index.has(to)) {
        visit(to);
        low.set(node, Math.min(low.get(node)!, low.get(to)!));
      } else if (onStack.has(to)) low.set(node, Math.min(low.get(node)!, index.get(to)!));
    }
    if (low.get(node) === index.get(node)) {
      const part: number[] = [];
      let member: number;
      do {
        member = stack.pop()!;
        onStack.delete(member);
        part.push(member);
      } while (member !== node);
      if (part.length > 1 || next.get(node)?.has(node)) found.push(part.sort((a, b) => a - b));
    }
  };
  for (const node of next.keys()) if (!index.has(node)) visit(node);
  return found;
}

describe('answering services', () => {
  it('about one inquiry in nine is answered through a service of its provider (149 of 1,312, 11.4 %)', () => {
    expect(answeredBy.size).toBe(149);
    expect(Math.round((answeredBy.size / inquiries.length) * 1000) / 10).toBe(11.4);
  });

  it('close two cycles: a two-service loop and a three-service loop', () => {
    expect(cycles().map((part) => part.length).sort()).toEqual([2, 3]);
  });

  it("a chain entering the three-service loop from outside reports the cycle at a service that is not the chain's root, and stops there", async () => {
    const loop = cycles().find((part) => part.length === 3)!;
    const root = [...next].find(([service, to]) => !loop.includes(service) && [...to].some((target) => loop.includes(target)))![0];
    const { service } = await stack.ok(`query($id: ID!) { service(id: $id) { id dependencyChain(maxDepth: 10) { depth path cycle inquiry { id answeredBy { id } } } } }`, { id: String(root) });
    const steps: any[] = service.dependencyChain;
    const answering = new Map(steps.map((step) => [step.inquiry.id, step.inquiry.answeredBy?.id ?? null]));
    const closing = steps.filter((step) => step.cycle);

    expect(closing.length).toBeGreaterThan(0);
    for (const step of closing) {
      const repeated = step.inquiry.answeredBy.id;
      const before = [String(root), ...step.path.slice(0, -1).map((id: string) => answering.get(id))];
      expect(before).toContain(repeated);
      expect(repeated).not.toBe(String(root));
      expect(loop.map(String)).toContain(repeated);
      // Not followed: nothing lies past a closing step.
      expect(steps.some((other) => other.path.length > step.path.length && step.path.every((id: string, at: number) => other.path[at] === id))).toBe(false);
    }
  });

  it('171 of the 779 services (22 %) have a chain three or more levels deep (measured through the API)', async () => {
    let deep = 0;
    let total = 0;
    let after: string | null = null;
    for (;;) {
      const page: any = (await stack.ok(`query($after: String) { services(first: 100, after: $after) { edges { node { dependencyChain(maxDepth: 3) { depth } } } pageInfo { endCursor hasNextPage } } }`, { after })).services;
      for (const edge of page.edges) {
        total += 1;
        if (edge.node.dependencyChain.some((step: any) => step.depth >= 3)) deep += 1;
      }
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(total).toBe(779);
    expect(deep).toBe(171);
  });
});
