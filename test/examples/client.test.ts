import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
  const copy = mkdtempSync(join(tmpdir(), 'panjare-client-'));
  try {
    cpSync(CLIENT, copy, { recursive: true, filter: (source) => !/[/\\](dist|generated)$/.test(source) });
    writeFileSync(join(copy, 'codegen.ts'), `export default { schema: ${JSON.stringify(join(ROOT, 'schema/api.graphql'))}, documents: 'operations/*.graphql', generates: { 'src/generated/graphql.ts': { plugins: ['typescript-operations'] } } };\n`);
    writeFileSync(join(copy, 'operations/drifted.graphql'), 'query Drifted { projectByNumber(number: 1) { budget } }\n');
    await expect(run(bin('graphql-codegen'), ['--config', 'codegen.ts'], { cwd: copy })).rejects.toMatchObject({ stderr: expect.stringMatching(/budget/) });
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
}, 120_000);
