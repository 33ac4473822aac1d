import { post, startTestStack, type TestStack } from '../support/stack';

/** Each subgraph resolves the entity references the gateway sends it (`_entities`), in batches. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const ENTITIES = `query($representations: [_Any!]!) { _entities(representations: $representations) { __typename ... on %FIELDS% } }`;
const entities = (subgraph: 'catalogue' | 'inquiries' | 'projects', fragment: string, representations: object[]) =>
  post(stack.subgraphs[subgraph].url, ENTITIES.replace('%FIELDS%', fragment), { representations });

describe('_entities', () => {
  it('catalogue resolves Agency, Service and SubService, null for unknown ids, in one statement per type', async () => {
    const { result, statements } = await stack.countStatements(() =>
      entities('catalogue', 'Agency { id code } ... on Service { id code agency { id } } ... on SubService { id service { id } }', [
        { __typename: 'Agency', id: '1' },
        { __typename: 'Agency', id: '2' },
        { __typename: 'Service', id: '1' },
        { __typename: 'Service', id: '2' },
        { __typename: 'SubService', id: '1' },
        { __typename: 'Agency', id: '999999' },
        { __typename: 'Service', id: 'not-an-id' },
      ]),
    );
    expect(result.errors).toBeUndefined();
    const [agency1, agency2, service1, service2, subService1, unknown, malformed] = result.data._entities;
    expect(agency1).toMatchObject({ __typename: 'Agency', id: '1' });
    expect(agency2).toMatchObject({ __typename: 'Agency', id: '2' });
    expect(service1).toMatchObject({ __typename: 'Service', id: '1' });
    expect(service2.agency.id).toMatch(/^\d+$/);
    expect(subService1).toMatchObject({ __typename: 'SubService', id: '1' });
    expect(unknown).toBeNull();
    expect(malformed).toBeNull();
    // agencies (one statement for the five asked: 1, 2, 999999 and the services' agencies are not selected beyond id), services, sub-services
    expect(statements).toBeLessThanOrEqual(4);
  });

  it('inquiries resolves Inquiry and adds its fields to Service, SubService and Agency', async () => {
    const { data, errors } = await entities(
      'inquiries',
      'Inquiry { id channel provider { id } } ... on Service { id inquiryCount } ... on SubService { id inquiryCount } ... on Agency { id inquiriesProvided { id } }',
      [
        { __typename: 'Inquiry', id: '1' },
        { __typename: 'Service', id: '1' },
        { __typename: 'SubService', id: '1' },
        { __typename: 'Agency', id: '1' },
        { __typename: 'Inquiry', id: '99999999' },
      ],
    );
    expect(errors).toBeUndefined();
    expect(data._entities[0]).toMatchObject({ __typename: 'Inquiry', id: '1' });
    expect(data._entities[1]).toMatchObject({ __typename: 'Service', id: '1' });
    expect(typeof data._entities[1].inquiryCount).toBe('number');
    expect(data._entities[2]).toMatchObject({ __typename: 'SubService', id: '1' });
    expect(Array.isArray(data._entities[3].inquiriesProvided)).toBe(true);
    expect(data._entities[4]).toBeNull();
  });

  it('projects resolves PriorityProject and adds project fields to Service, SubService and Agency', async () => {
    const { data: owned } = await stack.query('{ projects { id agencies { id } services { id } subServices { id } } }');
    const project = owned.projects[0];
    const { data, errors } = await entities(
      'projects',
      'PriorityProject { id number } ... on Service { id project { id } } ... on SubService { id project { id } } ... on Agency { id projects { id } }',
      [
        { __typename: 'PriorityProject', id: project.id },
        { __typename: 'Service', id: project.services[0].id },
        { __typename: 'SubService', id: project.subServices[0].id },
        { __typename: 'Agency', id: project.agencies[0].id },
        { __typename: 'PriorityProject', id: '424242' },
      ],
    );
    expect(errors).toBeUndefined();
    expect(data._entities[0]).toMatchObject({ __typename: 'PriorityProject', id: project.id });
    expect(data._entities[1].project.id).toBe(project.id);
    expect(data._entities[2].project.id).toBe(project.id);
    expect(data._entities[3].projects.map((item: any) => item.id)).toContain(project.id);
    expect(data._entities[4]).toBeNull();
  });
});
