import { OperationLabels } from '../../lib/operation-labels';

describe('OperationLabels', () => {
  it('keeps the most frequent names, evicting the least frequent when a name is served more often; refusals never count', () => {
    const evicted: string[] = [];
    const labels = new OperationLabels({ capacity: 2 }, (name) => evicted.push(name));
    expect([labels.served('A'), labels.served('A'), labels.served('B'), labels.served('C')]).toEqual(['A', 'A', 'B', 'other']);
    expect(labels.refused('C')).toBe('other');
    expect(labels.refused('C')).toBe('other');
    expect(labels.served('C')).toBe('C'); // served twice now, more than B
    expect(evicted).toEqual(['B']);
    expect([labels.served('B'), labels.refused('A'), labels.served(undefined), labels.refused(null)]).toEqual(['other', 'A', 'anonymous', 'anonymous']);
  });

  it('a flood of names served once each cannot push out names served more often, however long it lasts', () => {
    const labels = new OperationLabels({ capacity: 3 });
    for (const name of ['A', 'B', 'C']) for (let i = 0; i < 2; i++) labels.served(name);
    for (let i = 0; i < 50_000; i++) expect(labels.served(`Flood${i}`)).toBe('other');
    expect(['A', 'B', 'C'].map((name) => labels.served(name))).toEqual(['A', 'B', 'C']);
  });

  it('with a fixed list, only its names are labelled', () => {
    const labels = new OperationLabels({ fixed: new Set(['Listed']) });
    expect([labels.served('Listed'), labels.served('Unlisted'), labels.refused('Listed'), labels.refused('Unlisted')]).toEqual(['Listed', 'other', 'Listed', 'other']);
  });
});
