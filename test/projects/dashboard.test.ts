import { startTestStack, type TestStack } from '../support/stack';
import { projectStatus } from '../../subgraphs/projects/status';

/** The dashboard's reads, on the shared seed (read only). */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const today = () => new Date().toISOString().slice(0, 10);

describe('projects(status, agencyId)', () => {
  it('status narrows to the projects whose derived status it is; together the statuses cover all 23', async () => {
    const all = (await stack.query('{ projects { id number status progress deadline } }')).data.projects;
    expect(all).toHaveLength(23);
    let covered = 0;
    for (const status of ['NOT_STARTED', 'ON_TRACK', 'DELAYED', 'COMPLETED']) {
      const response = await stack.query('query($status: ProjectStatus) { projects(status: $status) { id status } }', { status });
      expect(response.errors).toBeUndefined();
      const expected = all.filter((p: any) => projectStatus(p.progress, p.deadline, today()) === status).map((p: any) => p.id);
      expect(response.data.projects.map((p: any) => p.id)).toEqual(expected);
      expect(response.data.projects.every((p: any) => p.status === status)).toBe(true);
      covered += expected.length;
    }
    expect(covered).toBe(23);
  });

  it('agencyId narrows to the projects the agency leads or takes part in, ordered by number, as Agency.projects has them', async () => {
    const { agency } = (await stack.query('{ agency(id: "2") { projects { number } } }')).data;
    expect(agency.projects.length).toBeGreaterThan(0);
    const response = await stack.query('{ projects(agencyId: "2") { number agencies { id } } }');
    expect(response.data.projects.map((p: any) => p.number)).toEqual(agency.projects.map((p: any) => p.number));
    for (const project of response.data.projects) expect(project.agencies.map((a: any) => a.id)).toContain('2');
  });

  it('both at once, and an unknown or malformed agency matches nothing', async () => {
    const both = await stack.query('{ projects(agencyId: "2", status: DELAYED) { number status } }');
    expect(both.data.projects.every((p: any) => p.status === 'DELAYED')).toBe(true);
    for (const agencyId of ['987654', 'nope']) {
      const response = await stack.query('query($a: ID) { projects(agencyId: $a) { id } }', { a: agencyId });
      expect(response.data.projects).toEqual([]);
    }
  });

  it('an unknown status is a validation error', async () => {
    const response = await stack.query('{ projects(status: LATE) { id } }');
    expect(response.status).toBe(400);
    expect(response.errors![0].extensions!.code).toBe('GRAPHQL_VALIDATION_FAILED');
  });
});

describe('PriorityProject.progressHistory', () => {
  it('one point per report, oldest first, ending at the current progress; for all 23 projects in one statement', async () => {
    const { result, statements } = await stack.countStatements(() =>
      stack.query('{ projects { progress reports { progress reportedAt } progressHistory { progress reportedAt } } }'),
    );
    expect(result.errors).toBeUndefined();
    let points = 0;
    for (const project of result.data.projects) {
      expect(project.progressHistory).toEqual([...project.reports].reverse());
      const times = project.progressHistory.map((point: any) => Date.parse(point.reportedAt));
      expect(times).toEqual([...times].sort((a, b) => a - b));
      if (project.progressHistory.length > 0) expect(project.progressHistory.at(-1).progress).toBe(project.progress);
      points += project.progressHistory.length;
    }
    expect(points).toBeGreaterThan(0);
    // the projects, and one statement for every project's reports (history and reports share it)
    expect(statements).toBe(2);
  });
});
