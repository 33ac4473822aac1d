import { startTestStack, type TestStack } from '../support/stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const ZWNJ = '\u200c';
const idsFound = async (search: string) => {
  const response = await stack.query('query($search: String) { services(first: 100, filter: { search: $search }) { totalCount edges { node { id } } } }', { search });
  expect(response.errors).toBeUndefined();
  return response.data.services.edges.map((edge: any) => edge.node.id).sort();
};

describe('services(filter: {search})', () => {
  it('finds the same services whether typed with ي/ك or ی/ک, with or without the ZWNJ', async () => {
    const { data } = await stack.query('{ services(first: 100) { edges { node { name { fa } } } } }');
    const name: string = data.services.edges.map((edge: any) => edge.node.name.fa).find((fa: string) => fa.includes(ZWNJ) && /[یک]/.test(fa));
    expect(name).toBeDefined();
    const words = name.split(' ').slice(0, 3).join(' ');
    const expected = await idsFound(words);
    expect(expected.length).toBeGreaterThan(0);
    const arabic = words.replace(/ی/g, 'ي').replace(/ک/g, 'ك');
    expect(arabic).not.toBe(words);
    expect(await idsFound(arabic)).toEqual(expected);
    expect(await idsFound(words.split(ZWNJ).join(''))).toEqual(expected);
    expect(await idsFound(arabic.split(ZWNJ).join(' '))).toEqual(expected);
  });

  it('finds by English name, case-insensitively, and by code with any digits', async () => {
    const { data } = await stack.query('{ service(id: "12") { code name { en } } }');
    const english: string = data.service.name.en;
    expect(await idsFound(english.toUpperCase())).toContain('12');
    const persianDigits = data.service.code.replace(/[0-9]/g, (digit: string) => String.fromCharCode(0x06f0 + Number(digit)));
    expect(await idsFound(persianDigits)).toEqual(['12']);
  });

  it('treats LIKE wildcards as text', async () => {
    expect(await idsFound('%')).toEqual([]);
    expect(await idsFound('_')).toEqual([]);
  });
});
