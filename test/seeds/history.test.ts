import { HISTORY_START, SEED_NOW } from '../../seeds/inquiries/history';
import { startTestStack, type TestStack } from '../support/stack';

/** The seed's generated history of the inquiries' channels, and the figures the README states about it (scale 1). */
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
});
afterAll(() => stack.stop());

const pct = (share: number) => Math.round(share * 1000) / 10;

describe('the generated channel history', () => {
  it('holds 599 changes, all generated, between the catalogue resolution and the seed’s now, oldest first in the feed', async () => {
    const changes: any[] = [];
    let after: string | null = null;
    for (;;) {
      const page: any = (await stack.ok(`query($after: String) { inquiryChanges(first: 100, after: $after) {
        totalCount edges { node { at action subject generated before after inquiry { code channel version updatedAt createdAt } } } pageInfo { endCursor hasNextPage } } }`, { after })).inquiryChanges;
      changes.push(...page.edges.map((edge: any) => edge.node));
      if (!page.pageInfo.hasNextPage) break;
      after = page.pageInfo.endCursor;
    }
    expect(changes).toHaveLength(599);
    expect(changes.every((change) => change.generated && change.subject === 'seed' && change.action === 'SET_CHANNEL')).toBe(true);
    const times = changes.map((change) => change.at);
    expect(times).toEqual([...times].sort());
    expect(times[0] > HISTORY_START && times.at(-1) < SEED_NOW).toBe(true);
    // Every change leaves paper or a direct link behind, and the last change of an inquiry ends at its channel now.
    expect(changes.every((change) => change.before.channel !== 'NIX' && change.after.channel !== 'PAPER')).toBe(true);
    const last = new Map(changes.map((change) => [change.inquiry.code, change]));
    for (const change of last.values()) {
      const { inquiry } = change;
      expect(change.after.channel).toBe(inquiry.channel);
      expect(inquiry.updatedAt).toBe(change.at);
      expect(inquiry.createdAt).toBe(HISTORY_START);
    }
  });

  it('gives the paper share of links a shape: 39.8 % in July 2018, falling every year, 13.6 % at the seed’s now, where the trend meets the figures', async () => {
    const data: any = await stack.ok(`query($to: String) {
      inquiryStats { links paperShare }
      paperInquiryReport(first: 0) { paperLinks }
      trend: inquiryChannelTrend(interval: MONTH, to: $to) { period links paperLinks nixLinks paperShare nixShare }
    }`, { to: SEED_NOW });
    const trend = data.trend;
    expect(trend).toHaveLength(66);
    expect(trend[0]).toMatchObject({ period: '2018-07-01', links: 11_061, paperLinks: 4397 });
    expect(pct(trend[0].paperShare)).toBe(39.8);
    expect(pct(trend[0].nixShare)).toBe(51.3);
    expect(trend.at(-1)).toMatchObject({ period: '2023-12-01', links: data.inquiryStats.links, paperLinks: data.paperInquiryReport.paperLinks });
    expect(trend.at(-1).paperShare).toBeCloseTo(data.inquiryStats.paperShare, 12);
    expect(pct(trend.at(-1).paperShare)).toBe(13.6);
    expect(pct(trend.at(-1).nixShare)).toBe(72.5);
    const shares = trend.map((point: any) => point.paperShare);
    expect(shares).toEqual([...shares].sort((a: number, b: number) => b - a));
    const julys = trend.filter((point: any) => point.period.endsWith('-07-01')).map((point: any) => point.paperLinks);
    julys.slice(1).forEach((links: number, index: number) => expect(links).toBeLessThan(julys[index]));
  });

  it('per consumer agency, ends at that agency’s row of the paper report; by day it sums the same ledger', async () => {
    const report: any = await stack.ok(`{ paperInquiryReport(first: 1) { edges { node { agency { id } links paperLinks } } } }`);
    const row = report.paperInquiryReport.edges[0].node;
    const data: any = await stack.ok(`query($agency: ID!, $to: String) {
      months: inquiryChannelTrend(consumerAgencyId: $agency) { links paperLinks }
      days: inquiryChannelTrend(interval: DAY, from: "2023-01-01", to: $to, consumerAgencyId: $agency) { period links paperLinks }
    }`, { agency: row.agency.id, to: SEED_NOW });
    expect(data.months.at(-1)).toEqual({ links: row.links, paperLinks: row.paperLinks });
    expect(data.days[0].period).toBe('2023-01-01');
    expect(data.days.at(-1)).toMatchObject({ links: row.links, paperLinks: row.paperLinks });
  });

  it('refuses more than 1,000 periods and a malformed instant', async () => {
    const long = await stack.query(`{ inquiryChannelTrend(interval: DAY) { period } }`);
    expect(long.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const bad = await stack.query(`{ inquiryChannelTrend(from: "last year") { period } }`);
    expect(bad.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe('statements per request', () => {
  const count = async (query: string, first: number) => {
    const { result, statements } = await stack.countStatements(() => stack.query(query, { first }));
    expect(result.errors).toBeUndefined();
    return statements;
  };

  it.each([
    ['the inquiries feed, with each change’s inquiry, its provider and the writer’s agency', `query($first: Int) { inquiryChanges(first: $first) { totalCount edges { cursor node { at action before after inquiry { code channel provider { name { fa } } } agency { code } } } } }`, 4],
    ['the catalogue feed', `query($first: Int) { catalogueChanges(first: $first) { totalCount edges { node { at record { ... on Service { name { fa } } } } } } }`, 1],
    ['inquiries with their history', `query($first: Int) { inquiries(first: $first, filter: { channel: NIX }) { edges { node { code version updatedAt history(first: 5) { totalCount edges { node { at before after } } } } } } }`, 2],
    ['services with their history and version', `query($first: Int) { services(first: $first) { edges { node { version createdAt history { totalCount } } } } }`, 2],
  ])('%s: the same at page size 5 and 100', async (_, query, expected) => {
    expect(await count(query, 5)).toBe(expected);
    expect(await count(query, 100)).toBe(expected);
  });
});
