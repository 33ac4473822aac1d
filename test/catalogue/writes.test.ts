import { randomUUID } from 'node:crypto';
import { codeOf } from '../support/projects';
import { startScratchStack } from '../support/scratch-stack';
import type { TestStack } from '../support/stack';
import { bearer } from '../support/tokens';

/** Correcting names in the catalogue through the gateway, on a database of this file's own, the gateway's caches on. */
let stack: TestStack;
beforeAll(async () => {
  stack = await startScratchStack({ RESPONSE_CACHE: 'true', ENTITY_CACHE: 'true' });
});
afterAll(() => stack.stop());

const RENAME_SERVICE = `mutation($id: ID!, $fa: String!, $en: String, $v: Int) {
  renameService(id: $id, nameFa: $fa, nameEn: $en, expectedVersion: $v) { id name { fa en } version updatedAt }
}`;
const READ = `query($id: ID!) {
  service(id: $id) { name { fa en } version createdAt updatedAt history { totalCount edges { node { action subject recordKind before after writerAgency { code } record { ... on Service { id } } } } } }
}`;

const changeRows = () => stack.subgraphs.catalogue.dataSource.query(`SELECT record_kind, record_id, subject FROM catalogue.change`);

describe('renaming a service', () => {
  let service: { id: string; version: number; name: { fa: string; en: string | null }; agency: { code: string } };
  beforeAll(async () => {
    service = (await stack.ok(`{ services(first: 1) { edges { node { id version name { fa en } agency { code } } } } }`)).services.edges[0].node;
  });

  it("another agency's editor gets FORBIDDEN; a stale version CONFLICT; nothing is written", async () => {
    const outsider = await bearer({ agency: service.agency.code === 'AG-001' ? 'AG-002' : 'AG-001', subject: 'outsider' });
    expect(codeOf(await stack.query(RENAME_SERVICE, { id: service.id, fa: 'نام تازه' }, outsider))).toBe('FORBIDDEN');
    const editor = await bearer({ agency: service.agency.code, subject: 'catalogue-editor' });
    const stale = await stack.query(RENAME_SERVICE, { id: service.id, fa: 'نام تازه', v: service.version + 1 }, editor);
    expect(codeOf(stale)).toBe('CONFLICT');
    expect(stale.errors![0]!.extensions).toMatchObject({ currentVersion: service.version });
    expect(await changeRows()).toEqual([]);
  });

  it("its agency's editor renames it: the next read (through the caches) shows it, history and audit hold one entry, the feed lists it once, a replay writes nothing", async () => {
    const before: any = (await stack.ok(READ, { id: service.id })).service;
    expect(before.history.totalCount).toBe(0);
    expect(before.createdAt).toBe('2018-07-31T00:00:00.000Z');
    const editor = { ...(await bearer({ agency: service.agency.code, subject: 'catalogue-editor' })), 'idempotency-key': randomUUID() };
    const fa = `${service.name.fa} (نام اصلاح‌شده)`;
    const renamed = await stack.query(RENAME_SERVICE, { id: service.id, fa, en: 'Corrected name', v: service.version }, editor);
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.renameService).toMatchObject({ id: service.id, name: { fa, en: 'Corrected name' }, version: service.version + 1 });

    const after: any = (await stack.ok(READ, { id: service.id })).service;
    expect(after.name).toEqual({ fa, en: 'Corrected name' });
    expect(after.history.edges.map((edge: any) => edge.node)).toEqual([
      {
        action: 'RENAME',
        subject: 'catalogue-editor',
        recordKind: 'SERVICE',
        before: { nameFa: service.name.fa, nameEn: service.name.en, version: service.version },
        after: { nameFa: fa, nameEn: 'Corrected name', version: service.version + 1 },
        writerAgency: { code: service.agency.code },
        record: { id: service.id },
      },
    ]);
    expect(await changeRows()).toHaveLength(1);
    const found: any = await stack.ok(`query($q: String!) { services(first: 5, filter: { search: $q }) { edges { node { id } } } }`, { q: 'Corrected name' });
    expect(found.services.edges.map((edge: any) => edge.node.id)).toEqual([service.id]);

    const replay = await stack.query(RENAME_SERVICE, { id: service.id, fa, en: 'Corrected name', v: service.version }, editor);
    expect(replay.data.renameService).toEqual(renamed.data.renameService);
    expect(await changeRows()).toHaveLength(1);

    // The feed lists a change once no transaction older than it runs on the server (another test file's seed may).
    let feed: any;
    do feed = await stack.ok(`{ catalogueChanges(first: 100) { totalCount edges { node { recordKind record { __typename ... on Service { id } } } } } }`);
    while (feed.catalogueChanges.totalCount === 0);
    expect(feed.catalogueChanges.edges.map((edge: any) => edge.node)).toEqual([{ recordKind: 'SERVICE', record: { __typename: 'Service', id: service.id } }]);
  });
});

describe('renaming an agency', () => {
  it('is for its own editor or an admin; another agency’s name is CONFLICT', async () => {
    const data: any = await stack.ok(`{ agencies(first: 2) { edges { node { id code name { fa } } } } }`);
    const [first, second] = data.agencies.edges.map((edge: any) => edge.node);
    const RENAME = `mutation($id: ID!, $fa: String!) { renameAgency(id: $id, nameFa: $fa) { id name { fa } version } }`;
    expect(codeOf(await stack.query(RENAME, { id: first.id, fa: 'نام دیگر' }, await bearer({ agency: second.code })))).toBe('FORBIDDEN');
    const own = await bearer({ agency: first.code });
    expect(codeOf(await stack.query(RENAME, { id: first.id, fa: second.name.fa }, own))).toBe('CONFLICT');
    const renamed = await stack.query(RENAME, { id: first.id, fa: `${first.name.fa} ` }, own);
    expect(renamed.data.renameAgency).toMatchObject({ id: first.id, name: { fa: first.name.fa } });
    expect(codeOf(await stack.query(RENAME, { id: '999999', fa: 'x' }, own))).toBe('NOT_FOUND');
  });
});

describe('renaming a sub-service', () => {
  it("is for an editor of its service's agency; the service's history stays empty", async () => {
    const data: any = await stack.ok('{ services(first: 6) { edges { node { id agency { code } subServices { id name { fa } version } } } } }');
    const service = data.services.edges[5].node;
    const sub = service.subServices[0];
    const RENAME = `mutation($id: ID!, $fa: String!, $v: Int) { renameSubService(id: $id, nameFa: $fa, expectedVersion: $v) { id name { fa } version service { id history { totalCount } } history { totalCount edges { node { recordKind record { ... on SubService { id } } } } } } }`;
    const outsider = await bearer({ agency: service.agency.code === 'AG-001' ? 'AG-002' : 'AG-001' });
    expect(codeOf(await stack.query(RENAME, { id: sub.id, fa: 'زیرخدمت دیگر' }, outsider))).toBe('FORBIDDEN');
    const renamed = await stack.query(RENAME, { id: sub.id, fa: `${sub.name.fa} (اصلاح)`, v: sub.version }, await bearer({ agency: service.agency.code }));
    expect(renamed.errors).toBeUndefined();
    expect(renamed.data.renameSubService).toMatchObject({
      id: sub.id,
      version: sub.version + 1,
      service: { id: service.id, history: { totalCount: 0 } },
      history: { totalCount: 1, edges: [{ node: { recordKind: 'SUB_SERVICE', record: { id: sub.id } } }] },
    });
  });
});
