import { writeFixture, type WriteFixture } from '../support/projects';
import { startScratchStack } from '../support/scratch-stack';
import type { TestStack } from '../support/stack';
import { bearer } from '../support/tokens';

/** A write's answer links back to the project it changed, as it stands after the write: a client's cache needs nothing else. */
let stack: TestStack;
let fixture: WriteFixture;
let editor: Record<string, string>;
beforeAll(async () => {
  stack = await startScratchStack();
  fixture = await writeFixture(stack);
  editor = await bearer({ agency: fixture.own.code, subject: 'own-editor' });
});
afterAll(() => stack.stop());

const PROJECT = 'project { id version progress status }';
const current = async () => (await stack.query('query($id: ID!) { project(id: $id) { id version progress status } }', { id: fixture.projectId })).data.project;

it('reportProgress answers the project with its new version and progress', async () => {
  const before = await current();
  const response = await stack.query(
    `mutation($projectId: ID!, $version: Int) { reportProgress(projectId: $projectId, progress: 61.5, expectedVersion: $version) { id progress ${PROJECT} } }`,
    { projectId: fixture.projectId, version: before.version },
    editor,
  );
  expect(response.errors).toBeUndefined();
  expect(response.data.reportProgress.project).toEqual({ ...(await current()), version: before.version + 1, progress: 61.5 });
});

it('openTicket and resolveTicket answer the project with its new version and status', async () => {
  const before = await current();
  const opened = await stack.query(
    `mutation($projectId: ID!) { openTicket(projectId: $projectId, title: "a blocked inquiry") { id status ${PROJECT} } }`,
    { projectId: fixture.projectId },
    editor,
  );
  expect(opened.errors).toBeUndefined();
  expect(opened.data.openTicket.project).toEqual({ ...(await current()), version: before.version + 1 });
  const resolved = await stack.query(
    `mutation($id: ID!) { resolveTicket(id: $id, resolution: "connected to the window") { id status ${PROJECT} } }`,
    { id: opened.data.openTicket.id },
    editor,
  );
  expect(resolved.errors).toBeUndefined();
  expect(resolved.data.resolveTicket.project).toEqual({ ...(await current()), version: before.version + 2 });
});

it('reports read through a project link back to it, in the same version', async () => {
  const response = await stack.query('query($id: ID!) { project(id: $id) { id version reports { id project { id version } } } }', { id: fixture.projectId });
  const project = response.data.project;
  expect(project.reports.length).toBeGreaterThan(0);
  for (const report of project.reports) expect(report.project).toEqual({ id: project.id, version: project.version });
});
