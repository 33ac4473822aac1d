import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildSchema, isObjectType } from 'graphql';
import { ROOT } from '../../lib/paths';
import { startTestStack, type TestStack } from '../support/stack';
import { bearer } from '../support/tokens';

/**
 * A cursor names its list: the field and the arguments that define it. Each case takes a cursor from one list and
 * offers it to another (the same field with other arguments, or another field); the second must refuse it with
 * BAD_USER_INPUT on `after`, and the first must still accept it.
 */
let stack: TestStack;
let admin: Record<string, string>;
beforeAll(async () => {
  stack = await startTestStack();
  admin = await bearer({ roles: ['admin'] });
});
afterAll(() => stack.stop());

const PAGE = '(first: 1, after: $after) { edges { cursor } }';
/** The agency with the most dependent services (the sources' Registration Organisation is among the heaviest). */
const HEAVY = 'agencyDependencies(first: 1) { edges { node { provider { id } } } }';

interface Case {
  /** The paginated fields (Type.field) the case checks; together the cases must cover every one in the API. */
  fields: string[];
  /** Where the cursor comes from and where it goes: one operation with $after, the path to the connection. */
  from: { query: string; pick: (data: any) => any };
  to: { query: string; pick: (data: any) => any };
  variables?: Record<string, unknown>;
}

const cases = (agencyId: string, inquiryId: string): [string, Case][] => [
  ['servicesByInquiryCount, another threshold', {
    fields: ['Query.servicesByInquiryCount'],
    from: { query: `query($after: String) { list: servicesByInquiryCount(moreThan: 20, ${PAGE.slice(1)} }`, pick: (d) => d.list },
    to: { query: `query($after: String) { list: servicesByInquiryCount(moreThan: 30, ${PAGE.slice(1)} }`, pick: (d) => d.list },
  }],
  ['services, another filter', {
    fields: ['Query.services'],
    from: { query: `query($after: String) { list: services(filter: { isLicense: true }, ${PAGE.slice(1)} }`, pick: (d) => d.list },
    to: { query: `query($after: String) { list: services(filter: { isLicense: false }, ${PAGE.slice(1)} }`, pick: (d) => d.list },
  }],
  ['agencies, another filter', {
    fields: ['Query.agencies'],
    from: { query: `query($after: String) { list: agencies(filter: { insideGovernment: true }, ${PAGE.slice(1)} }`, pick: (d) => d.list },
    to: { query: `query($after: String) { list: agencies${PAGE} }`, pick: (d) => d.list },
  }],
  ['inquiries, another channel', {
    fields: ['Query.inquiries'],
    from: { query: `query($after: String) { list: inquiries(filter: { channel: PAPER }, ${PAGE.slice(1)} }`, pick: (d) => d.list },
    to: { query: `query($after: String) { list: inquiries(filter: { channel: NIX }, ${PAGE.slice(1)} }`, pick: (d) => d.list },
  }],
  ['agencyDependencies, another minimum', {
    fields: ['Query.agencyDependencies'],
    from: { query: `query($after: String) { list: agencyDependencies(minLinks: 2, ${PAGE.slice(1)} }`, pick: (d) => d.list },
    to: { query: `query($after: String) { list: agencyDependencies(minLinks: 3, ${PAGE.slice(1)} }`, pick: (d) => d.list },
  }],
  ['Impact.services, another depth', {
    fields: ['Impact.services'],
    from: { query: `query($after: String, $id: ID!) { agency(id: $id) { impact(maxDepth: 3) { list: services${PAGE} } } }`, pick: (d) => d.agency.impact.list },
    to: { query: `query($after: String, $id: ID!) { agency(id: $id) { impact(maxDepth: 2) { list: services${PAGE} } } }`, pick: (d) => d.agency.impact.list },
    variables: { id: agencyId },
  }],
  ['paperInquiryReport into AgencyPaperInquiries.paperServices', {
    fields: ['Query.paperInquiryReport', 'AgencyPaperInquiries.paperServices'],
    from: { query: `query($after: String) { list: paperInquiryReport${PAGE} }`, pick: (d) => d.list },
    to: { query: `query($after: String) { paperInquiryReport(first: 1) { edges { node { list: paperServices${PAGE} } } } }`, pick: (d) => d.paperInquiryReport.edges[0].node.list },
  }],
  ['Agency.services into Agency.dependentServices', {
    fields: ['Agency.services', 'Agency.dependentServices'],
    from: { query: `query($after: String, $id: ID!) { agency(id: $id) { list: services${PAGE} } }`, pick: (d) => d.agency.list },
    to: { query: `query($after: String, $id: ID!) { agency(id: $id) { list: dependentServices${PAGE} } }`, pick: (d) => d.agency.list },
    variables: { id: agencyId },
  }],
  ['Agency.dependsOn into Agency.dependedOnBy', {
    fields: ['Agency.dependsOn', 'Agency.dependedOnBy'],
    from: { query: `query($after: String, $id: ID!) { agency(id: $id) { list: dependedOnBy${PAGE} } }`, pick: (d) => d.agency.list },
    to: { query: `query($after: String, $id: ID!) { agency(id: $id) { list: dependsOn${PAGE} } }`, pick: (d) => d.agency.list },
    variables: { id: agencyId },
  }],
  ['inquiryChanges, another since', {
    fields: ['Query.inquiryChanges'],
    from: { query: `query($after: String) { list: inquiryChanges${PAGE} }`, pick: (d) => d.list },
    to: { query: `query($after: String) { list: inquiryChanges(since: "2019-01-01T00:00:00Z", ${PAGE.slice(1)} }`, pick: (d) => d.list },
  }],
  ['inquiryChanges into catalogueChanges', {
    fields: ['Query.catalogueChanges'],
    from: { query: `query($after: String) { list: inquiryChanges${PAGE} }`, pick: (d) => d.list },
    to: { query: `query($after: String) { list: catalogueChanges${PAGE} }`, pick: (d) => d.list },
  }],
  ['Inquiry.history into Agency.history', {
    fields: ['Inquiry.history', 'Agency.history'],
    from: { query: `query($after: String, $id: ID!) { inquiry(id: $id) { list: history${PAGE} } }`, pick: (d) => d.inquiry.list },
    to: { query: `query($after: String) { agencies(first: 1) { edges { node { list: history${PAGE} } } } }`, pick: (d) => d.agencies.edges[0].node.list },
    variables: { id: inquiryId },
  }],
  ['Inquiry.history into Service.history', {
    fields: ['Service.history'],
    from: { query: `query($after: String, $id: ID!) { inquiry(id: $id) { list: history${PAGE} } }`, pick: (d) => d.inquiry.list },
    to: { query: `query($after: String) { service(id: "1") { list: history${PAGE} } }`, pick: (d) => d.service.list },
    variables: { id: inquiryId },
  }],
  ['Inquiry.history into SubService.history', {
    fields: ['SubService.history'],
    from: { query: `query($after: String, $id: ID!) { inquiry(id: $id) { list: history${PAGE} } }`, pick: (d) => d.inquiry.list },
    to: { query: `query($after: String) { subService(id: "1") { list: history${PAGE} } }`, pick: (d) => d.subService.list },
    variables: { id: inquiryId },
  }],
  ['Inquiry.neededBy into PriorityProject.auditLog', {
    fields: ['Inquiry.neededBy', 'PriorityProject.auditLog'],
    from: { query: `query($after: String) { inquiries(first: 1) { edges { node { list: neededBy${PAGE} } } } }`, pick: (d) => d.inquiries.edges[0].node.list },
    to: { query: `query($after: String) { projectByNumber(number: 1) { list: auditLog${PAGE} } }`, pick: (d) => d.projectByNumber.list },
  }],
  ['findServices, another order', {
    fields: ['Query.findServices'],
    from: { query: `query($after: String) { list: findServices(filter: { channel: PAPER }, orderBy: INQUIRY_COUNT_DESC, ${PAGE.slice(1)} }`, pick: (d) => d.list },
    to: { query: `query($after: String) { list: findServices(filter: { channel: PAPER }, orderBy: PAPER_INQUIRY_COUNT_DESC, ${PAGE.slice(1)} }`, pick: (d) => d.list },
  }],
  ['findServices, by name then by inquiries', {
    fields: ['Query.findServices'],
    from: { query: `query($after: String) { list: findServices(filter: { channel: PAPER }, orderBy: NAME, ${PAGE.slice(1)} }`, pick: (d) => d.list },
    to: { query: `query($after: String) { list: findServices(filter: { channel: PAPER }, orderBy: INQUIRY_COUNT_ASC, ${PAGE.slice(1)} }`, pick: (d) => d.list },
  }],
  ['PriorityProject.findServices, another order', {
    fields: ['PriorityProject.findServices'],
    from: { query: `query($after: String) { projectByNumber(number: 1) { list: findServices(orderBy: NAME, ${PAGE.slice(1)} } }`, pick: (d) => d.projectByNumber.list },
    to: { query: `query($after: String) { projectByNumber(number: 1) { list: findServices(orderBy: INQUIRY_COUNT_DESC, ${PAGE.slice(1)} } }`, pick: (d) => d.projectByNumber.list },
  }],
  ['criticalProviderRanking, another depth', {
    fields: ['Query.criticalProviderRanking'],
    from: { query: `query($after: String) { list: criticalProviderRanking(maxDepth: 5, ${PAGE.slice(1)} }`, pick: (d) => d.list },
    to: { query: `query($after: String) { list: criticalProviderRanking(maxDepth: 4, ${PAGE.slice(1)} }`, pick: (d) => d.list },
  }],
  ['agenciesByAssessment into agencies', {
    fields: ['Query.agenciesByAssessment'],
    from: { query: `query($after: String) { list: agenciesByAssessment${PAGE} }`, pick: (d) => d.list },
    to: { query: `query($after: String) { list: agencies${PAGE} }`, pick: (d) => d.list },
  }],
];

it('the cases cover every paginated field of the API', () => {
  const schema = buildSchema(readFileSync(join(ROOT, 'schema', 'api.graphql'), 'utf8'));
  const paginated = Object.values(schema.getTypeMap())
    .filter(isObjectType)
    .flatMap((type) => Object.values(type.getFields()).filter((field) => field.args.some((arg) => arg.name === 'after')).map((field) => `${type.name}.${field.name}`));
  const covered = new Set(cases('0', '0').flatMap(([, { fields }]) => fields));
  expect(paginated.filter((field) => !covered.has(field))).toEqual([]);
});

describe('a cursor offered to another list', () => {
  let agencyId: string;
  let inquiryId: string;
  beforeAll(async () => {
    const heavy = await stack.query(`{ ${HEAVY} inquiryChanges(first: 1) { edges { node { inquiry { id } } } } }`);
    agencyId = heavy.data.agencyDependencies.edges[0].node.provider.id;
    inquiryId = heavy.data.inquiryChanges.edges[0].node.inquiry.id;
  });

  it.each(cases('0', '0').map(([name], index) => [name, index] as const))('%s: refused with BAD_USER_INPUT', async (_name, index) => {
    const [, { from, to, variables }] = cases(agencyId, inquiryId)[index]!;
    const first = await stack.query(from.query, { ...variables, after: null }, admin);
    expect(first.errors).toBeUndefined();
    const cursor = from.pick(first.data).edges[0].cursor;
    const same = await stack.query(from.query, { ...variables, after: cursor }, admin);
    expect(same.errors).toBeUndefined();
    const other = await stack.query(to.query, { ...variables, after: cursor }, admin);
    expect(other.errors).toEqual([
      expect.objectContaining({ message: expect.stringContaining('cursor of another list'), extensions: expect.objectContaining({ code: 'BAD_USER_INPUT', argument: 'after' }) }),
    ]);
  });

  it('the same arguments in another order and spelled out at their defaults give the same list', async () => {
    const taken = await stack.query('{ services(filter: { isLicense: true, agencyId: null }, first: 1) { edges { cursor node { id } } } }');
    const cursor = taken.data.services.edges[0].cursor;
    const again = await stack.query('query($after: String) { services(after: $after, first: 1, filter: { agencyId: null, isLicense: true }) { edges { node { id } } } }', { after: cursor });
    expect(again.errors).toBeUndefined();
    expect(again.data.services.edges[0].node.id).not.toBe(taken.data.services.edges[0].node.id);
  });
});
