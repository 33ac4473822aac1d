import { execFile } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { ROOT } from '../../lib/paths';
import { startTestStack, type TestStack } from '../support/stack';

const run = promisify(execFile);
const CLIENT = join(ROOT, 'examples/client');
const bin = (name: string) => join(ROOT, 'node_modules/.bin', name);

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

it('the example client’s types are generated from schema/api.graphql, it builds, and it runs against the gateway', async () => {
  await run(bin('graphql-codegen'), ['--config', 'codegen.ts'], { cwd: CLIENT });
  await run(bin('tsc'), ['-p', 'tsconfig.json'], { cwd: CLIENT });
  const { stdout } = await run(process.execPath, ['dist/main.js', stack.gateway.url], { cwd: CLIENT });
  const printed = JSON.parse(stdout);

  const direct = await stack.query(`{
    servicesByInquiryCount(moreThan: 20, first: 3) { totalCount edges { node { id inquiryCount } } }
    projectByNumber(number: 1) { number progress status deadline }
  }`);
  expect(direct.errors).toBeUndefined();
  expect(printed.servicesWithMoreThan20Inquiries).toBe(direct.data.servicesByInquiryCount.totalCount);
  expect(printed.busiest.map((service: any) => ({ id: service.id, inquiryCount: service.inquiries }))).toEqual(direct.data.servicesByInquiryCount.edges.map((edge: any) => edge.node));
  expect(printed.project).toEqual(direct.data.projectByNumber);
}, 120_000);

it('an operation the schema does not have fails the generation, so a client cannot drift from the API', async () => {
  // Inside the project (in the ignored .data/), so codegen finds its plugins in node_modules.
  mkdirSync(join(ROOT, '.data'), { recursive: true });
  const copy = mkdtempSync(join(ROOT, '.data', 'client-drift-'));
  try {
    cpSync(CLIENT, copy, { recursive: true, filter: (source) => !/[/\\](dist|generated)$/.test(source) });
    writeFileSync(join(copy, 'codegen.ts'), `export default { schema: ${JSON.stringify(join(ROOT, 'schema/api.graphql'))}, documents: 'operations/*.graphql', generates: { 'src/generated/graphql.ts': { plugins: ['typescript-operations'] } } };\n`);
    writeFileSync(join(copy, 'operations/drifted.graphql'), 'query Drifted { projectByNumber(number: 1) { budget } }\n');
    // Codegen prints nothing when NODE_ENV is test.
    const failure = await run(bin('graphql-codegen'), ['--config', 'codegen.ts'], { cwd: copy, env: { ...process.env, NODE_ENV: 'development' } }).then(
      () => undefined,
      (error: { stdout: string; stderr: string }) => `${error.stdout}${error.stderr}`,
    );
    expect(failure).toMatch(/Cannot query field "budget" on type "PriorityProject"/);
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}, 120_000);
