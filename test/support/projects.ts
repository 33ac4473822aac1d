import type { TestStack } from './stack';

/** Fixtures and checks shared by the write tests: a project, one of its agencies and an outsider. */
export interface WriteFixture {
  projectId: string;
  /** An agency of the project (code and id). */
  own: { id: string; code: string };
  /** An agency that takes no part in the project. */
  other: { id: string; code: string };
}

export async function writeFixture(stack: TestStack, number = 1): Promise<WriteFixture> {
  const response = await stack.query(`query($number: Int!) {
    projectByNumber(number: $number) { id agencies { id code } }
    agencies(first: 100) { edges { node { id code projects { id } } } }
  }`, { number });
  if (response.errors) throw new Error(JSON.stringify(response.errors));
  const project = response.data.projectByNumber;
  const other = response.data.agencies.edges
    .map((edge: any) => edge.node)
    .find((agency: any) => !agency.projects.some((p: any) => p.id === project.id));
  return { projectId: project.id, own: project.agencies[0], other: { id: other.id, code: other.code } };
}

/** Row counts and the project's version, straight from the database: what "nothing written" is checked against. */
export async function snapshot(stack: TestStack, projectId: string) {
  const [row] = await stack.subgraphs.projects.dataSource.query(
    `SELECT (SELECT version FROM projects.project WHERE id = $1) AS version,
            (SELECT count(*)::int FROM projects.progress_report) AS reports,
            (SELECT count(*)::int FROM projects.ticket) AS tickets,
            (SELECT count(*)::int FROM projects.ticket WHERE status = 'RESOLVED') AS resolved,
            (SELECT count(*)::int FROM projects.audit_log) AS audit,
            (SELECT count(*)::int FROM projects.idempotency_key) AS keys`,
    [Number(projectId)],
  );
  return row as { version: number; reports: number; tickets: number; resolved: number; audit: number; keys: number };
}

export const REPORT = `mutation($projectId: ID!, $progress: Float!, $note: String, $expectedVersion: Int) {
  reportProgress(projectId: $projectId, progress: $progress, note: $note, expectedVersion: $expectedVersion) { id progress note reportedBy reportedAt agency { id } }
}`;
export const OPEN = `mutation($projectId: ID!, $title: String!, $body: String) {
  openTicket(projectId: $projectId, title: $title, body: $body) { id title body status openedBy resolution }
}`;
export const RESOLVE = `mutation($id: ID!, $resolution: String!) {
  resolveTicket(id: $id, resolution: $resolution) { id status resolution resolvedBy resolvedAt }
}`;

export const codeOf = (response: { errors?: { extensions?: Record<string, unknown> }[] }) => response.errors?.[0]?.extensions?.code;
