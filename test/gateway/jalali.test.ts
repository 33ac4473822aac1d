import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { jalaliDate, jalaliTimestamp } from '../../lib/jalali';
import { ROOT } from '../../lib/paths';
import { startTestStack, type TestStack } from '../support/stack';

/** Every date and timestamp of the API has its Jalali twin beside the ISO one. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

it('every timestamp field (…At, at) and the trend period has a …Jalali field beside it', () => {
  const schema = buildSchema(readFileSync(join(ROOT, 'schema', 'api.graphql'), 'utf8'));
  const missing: string[] = [];
  for (const type of Object.values(schema.getTypeMap()).filter(isObjectType)) {
    const fields = type.getFields();
    for (const name of Object.keys(fields)) {
      const dated = /At$|^at$|^deadline$/.test(name) || (type.name === 'ChannelSharePoint' && name === 'period');
      if (dated && !fields[`${name}Jalali`]) missing.push(`${type.name}.${name}`);
    }
  }
  expect(missing).toEqual([]);
});

it('through the gateway, each Jalali value is its ISO twin in Tehran time', async () => {
  const data = await stack.ok(`{
    inquiries(first: 3) { edges { node { createdAt createdAtJalali updatedAt updatedAtJalali } } }
    agencies(first: 3) { edges { node { createdAt createdAtJalali updatedAt updatedAtJalali } } }
    inquiryChanges(first: 3) { edges { node { at atJalali } } }
    inquiryChannelTrend(interval: MONTH, from: "2023-10-01") { period periodJalali }
    projects { deadline deadlineJalali reports { reportedAt reportedAtJalali } tickets { openedAt openedAtJalali resolvedAt resolvedAtJalali } }
  }`);
  const pairs: [string | null, string | null][] = [];
  for (const { node } of [...data.inquiries.edges, ...data.agencies.edges]) pairs.push([node.createdAt, node.createdAtJalali], [node.updatedAt, node.updatedAtJalali]);
  for (const { node } of data.inquiryChanges.edges) pairs.push([node.at, node.atJalali]);
  for (const project of data.projects) {
    for (const report of project.reports) pairs.push([report.reportedAt, report.reportedAtJalali]);
    for (const ticket of project.tickets) pairs.push([ticket.openedAt, ticket.openedAtJalali], [ticket.resolvedAt, ticket.resolvedAtJalali]);
    expect(project.deadlineJalali).toBe(jalaliDate(project.deadline));
  }
  expect(pairs.length).toBeGreaterThan(15);
  for (const [iso, jalali] of pairs) expect(jalali).toBe(iso === null ? null : jalaliTimestamp(iso));
  expect(data.inquiryChannelTrend[0]).toEqual({ period: '2023-10-01', periodJalali: '1402-07-09' });
});
