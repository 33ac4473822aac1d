import { seed } from '../../seeds/load';
import { createScratchDatabase, type TestDatabase } from '../support/database';
import { startTestStack, testDatabaseUrl, type TestStack } from '../support/stack';
import { digitisationFixture } from './digitisation-fixture';

/** The digitisation plan and what-if against answers worked out by hand on the fixture (see digitisation-fixture.ts). */
let scratch: TestDatabase;
let stack: TestStack;
beforeAll(async () => {
  scratch = await createScratchDatabase(testDatabaseUrl(), 'panjare_digitise');
  await seed({ databaseUrl: scratch.url, scale: 1, mode: 'force', dataset: digitisationFixture });
  stack = await startTestStack({}, scratch.url);
});
afterAll(async () => {
  await stack?.stop();
  await scratch?.drop();
});

const PLAN = `query($first: Int, $weighting: DigitisationWeighting, $provider: ID, $project: ID) {
  digitisationPlan(first: $first, weighting: $weighting, providerAgencyId: $provider, projectId: $project) {
    weighting candidateCount exact upperBound totalGain servicesFreed note
    moves { step inquiry { code } gain servicesFreed { code } servicesFreedCount totalGain totalServicesFreed paperShare }
  }
}`;
const plan = async (variables: Record<string, unknown>) => (await stack.ok(PLAN, variables)).digitisationPlan;
const steps = (moves: any[]) => moves.map((move) => [move.inquiry.code, move.gain, move.servicesFreed.map((service: any) => service.code)]);

const WHAT_IF = `query($ids: [ID!]!) { digitisationWhatIf(inquiryIds: $ids) {
  inquiries { code } services { code } serviceCount subServices { code } projects { number }
  links paperLinksBefore paperLinksAfter paperShareBefore paperShareAfter
  agencies { agency { code } links paperLinksBefore paperLinksAfter paperShareBefore paperShareAfter servicesFreed }
} }`;

describe('digitisationWhatIf', () => {
  it('of one inquiry: I3 frees no service (each also needs I2 or I5) but frees sub-service 4; paper links 9 → 5', async () => {
    const { digitisationWhatIf: result } = await stack.ok(WHAT_IF, { ids: ['3'] });
    expect(result).toMatchObject({ inquiries: [{ code: 'INQ-D3' }], services: [], serviceCount: 0, subServices: [{ code: 'SUB-D4' }], projects: [] });
    expect(result).toMatchObject({ links: 11, paperLinksBefore: 9, paperLinksAfter: 5 });
    expect(result.paperShareAfter).toBeCloseTo(5 / 11);
  });

  it('of several: I2 and I3 free S2, S3, S4 (and sub-service 4), of project P2; per agency, the most paper links removed first', async () => {
    const { digitisationWhatIf: result } = await stack.ok(WHAT_IF, { ids: ['3', '2', '2'] });
    expect(result.inquiries).toEqual([{ code: 'INQ-D2' }, { code: 'INQ-D3' }]);
    expect(result.services).toEqual([{ code: 'SRV-D2' }, { code: 'SRV-D3' }, { code: 'SRV-D4' }]);
    expect(result.projects).toEqual([{ number: 2 }]);
    expect(result).toMatchObject({ serviceCount: 3, paperLinksBefore: 9, paperLinksAfter: 2 });
    expect(result.paperShareBefore).toBeCloseTo(9 / 11);
    expect(result.agencies).toEqual([
      { agency: { code: 'AG-D2' }, links: 5, paperLinksBefore: 4, paperLinksAfter: 0, paperShareBefore: 0.8, paperShareAfter: 0, servicesFreed: 2 },
      { agency: { code: 'AG-D3' }, links: 4, paperLinksBefore: 4, paperLinksAfter: 1, paperShareBefore: 1, paperShareAfter: 0.25, servicesFreed: 1 },
    ]);
  });
});

describe('digitisationPlan', () => {
  it('one move: I1, which alone frees S1', async () => {
    const result = await plan({ first: 1 });
    expect(steps(result.moves)).toEqual([['INQ-D1', 1, ['SRV-D1']]]);
    expect(result).toMatchObject({ candidateCount: 4, exact: true, totalGain: 1, servicesFreed: 1, note: null });
  });

  it('two moves: I3 then I2, freeing three services, where I1 first would free one; the optimum, by exhaustive search', async () => {
    const result = await plan({ first: 2 });
    expect(steps(result.moves)).toEqual([
      ['INQ-D3', 0, []],
      ['INQ-D2', 3, ['SRV-D2', 'SRV-D3', 'SRV-D4']],
    ]);
    expect(result.moves.map((move: any) => [move.totalGain, move.totalServicesFreed])).toEqual([
      [0, 0],
      [3, 3],
    ]);
    expect(result.moves[0].paperShare).toBeCloseTo(5 / 11);
    expect(result.moves[1].paperShare).toBeCloseTo(2 / 11);
    expect(result).toMatchObject({ exact: true, totalGain: 3 });
    expect(result.upperBound).toBeGreaterThanOrEqual(3);
  });

  it('weighted by inquiry count: S2, S3, S4 weigh 2, 3 and 2, so the same two moves gain 7', async () => {
    const result = await plan({ first: 2, weighting: 'INQUIRY_COUNT' });
    expect(steps(result.moves).map(([code, gain]) => [code, gain])).toEqual([
      ['INQ-D3', 0],
      ['INQ-D2', 7],
    ]);
    expect(result.servicesFreed).toBe(3);
  });

  it('weighted by priority projects: only S1, S5 (P1) and S2 (P2) count; three moves gain 2; every service freed is still listed', async () => {
    const result = await plan({ first: 3, weighting: 'PRIORITY_PROJECTS' });
    expect(result).toMatchObject({ weighting: 'PRIORITY_PROJECTS', exact: true, totalGain: 2 });
    expect(result.servicesFreed).toBeGreaterThanOrEqual(2);
  });

  it('filtered by provider: A1 answers I1 and I2, and only S1 can be freed by them: one move and a note', async () => {
    const result = await plan({ first: 2, provider: '1' });
    expect(steps(result.moves)).toEqual([['INQ-D1', 1, ['SRV-D1']]]);
    expect(result.candidateCount).toBe(2);
    expect(result.note).toMatch(/Only 1 of the 2 candidate inquiries/);
    const none = await plan({ first: 2, provider: '3000' });
    expect(none).toMatchObject({ candidateCount: 0, moves: [], note: 'No paper inquiry matches the filters.' });
  });

  it('filtered by project: P2 owns S2, whose paper inquiries are I2 and I3 (the projects subgraph names its services)', async () => {
    const result = await plan({ first: 2, project: '2' });
    expect(result.candidateCount).toBe(2);
    // S5 cannot be freed within the filter (I5 is no candidate), so I2 and I3 tie on progress: the smaller id first.
    expect(steps(result.moves)).toEqual([
      ['INQ-D2', 0, []],
      ['INQ-D3', 3, ['SRV-D2', 'SRV-D3', 'SRV-D4']],
    ]);
    const priority = await plan({ first: 2, project: '1', weighting: 'PRIORITY_PROJECTS' });
    expect(priority.candidateCount).toBe(3);
    expect(priority.totalGain).toBe(1);
  });

  it('costs a constant number of statements whatever the number of moves', async () => {
    await plan({ first: 1 }); // the first request of a seed also reads the paper links, once
    const counts = [];
    for (const first of [1, 3, 100]) counts.push((await stack.countStatements(() => plan({ first }))).statements);
    expect(new Set(counts).size).toBe(1);
    expect(counts[0]).toBeLessThanOrEqual(3);
  });
});

describe('bad input', () => {
  const code = async (query: string, variables: Record<string, unknown>) => {
    const response = await stack.query(query, variables);
    expect(response.status).toBeLessThan(500);
    return response.errors?.map((error) => error.extensions?.code);
  };
  it.each([0, 101, -3])('first = %p is BAD_USER_INPUT', async (first) => {
    expect(await code(PLAN, { first })).toEqual(['BAD_USER_INPUT']);
  });
  it('a malformed provider id, an unknown project are BAD_USER_INPUT', async () => {
    expect(await code(PLAN, { provider: 'x' })).toEqual(['BAD_USER_INPUT']);
    expect(await code(PLAN, { project: '999' })).toContain('BAD_USER_INPUT');
  });
  it.each([
    ['no inquiry', []],
    ['a malformed id', ['x']],
    ['an unknown inquiry', ['999']],
    ['an inquiry not on paper (I4 travels over NIX)', ['4', '3']],
  ])('a what-if of %s is BAD_USER_INPUT', async (_, ids) => {
    expect(await code(WHAT_IF, { ids })).toEqual(['BAD_USER_INPUT']);
  });
});

describe('a new seed', () => {
  it('is read again: with I4 on paper too, five inquiries are candidates and S6 (needing only I4) can be freed', async () => {
    const before = await plan({ first: 1 });
    expect(before.candidateCount).toBe(4);
    const inquiries = digitisationFixture.inquiries.inquiries.map((row) => (row.id === 4 ? { ...row, channel: 'PAPER' as const } : row));
    await seed({ databaseUrl: scratch.url, scale: 1, mode: 'force', dataset: { ...digitisationFixture, inquiries: { ...digitisationFixture.inquiries, inquiries } } });
    try {
      const after = await plan({ first: 1 });
      expect(after.candidateCount).toBe(5);
      const { digitisationWhatIf: result } = await stack.ok(WHAT_IF, { ids: ['4'] });
      expect(result.services).toEqual([{ code: 'SRV-D6' }]);
    } finally {
      await seed({ databaseUrl: scratch.url, scale: 1, mode: 'force', dataset: digitisationFixture });
    }
  });
});
