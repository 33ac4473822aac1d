import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Download, Page } from 'playwright-core';
import { ROOT } from '../../lib/paths';
import { CHROMIUM, ensureExplorerBuilt, launchChromium, readNumber } from '../support/explorer';
import { startScratchStack } from '../support/scratch-stack';
import type { TestStack } from '../support/stack';
import { bearer } from '../support/tokens';

/**
 * The explorer's change-feed and trend views in Chromium, on a database of this file's own: an
 * inquiry is digitised and an agency renamed through the gateway by their editors first, so both
 * feeds hold a real change beside the seed's generated history. With EXPLORER_SCREENSHOTS set (as
 * for explorer.test.ts), it saves the two views there.
 */
const shots = process.env.EXPLORER_SCREENSHOTS ? (isAbsolute(process.env.EXPLORER_SCREENSHOTS) ? process.env.EXPLORER_SCREENSHOTS : join(ROOT, process.env.EXPLORER_SCREENSHOTS)) : null;
let stack: TestStack;
let browser: Browser;
let page: Page;
let base: string;

const haveBrowser = existsSync(CHROMIUM);
const suite = 'the change-feed and trend views in Chromium';
const skipped = `${suite} — skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run installs it)`;
if (!haveBrowser) console.warn(skipped);

const FEED = `query($after: String, $since: String) {
  inquiryChanges(first: 25, after: $after, since: $since) {
    totalCount pageInfo { hasNextPage endCursor }
    edges { node { id action at atJalali subject before after inquiry { code } } }
  }
}`;

const TREND = `query($interval: TrendInterval, $from: String, $to: String, $provider: ID) {
  inquiryChannelTrend(interval: $interval, from: $from, to: $to, providerAgencyId: $provider) { period periodJalali links paperLinks nixLinks paperShare nixShare }
}`;

/** The day of a write, as the since filter takes it. */
const today = () => new Date().toISOString().slice(0, 10);

let digitised: { id: string; code: string; provider: { id: string; code: string } };
let renamed: { id: string; code: string; fa: string };

(haveBrowser ? describe : describe.skip)(haveBrowser ? suite : skipped, () => {
  beforeAll(async () => {
    ensureExplorerBuilt();
    stack = await startScratchStack();
    const paper: any = await stack.ok('{ inquiries(first: 1, filter: { channel: PAPER }) { edges { node { id code provider { id code } } } } }');
    digitised = paper.inquiries.edges[0].node;
    const set = await stack.query('mutation($id: ID!) { setInquiryChannel(id: $id, channel: NIX) { id } }', { id: digitised.id }, await bearer({ agency: digitised.provider.code, subject: 'editor-of-provider' }));
    expect(set.errors).toBeUndefined();
    const agency: any = await stack.ok('{ agencies(first: 1) { edges { node { id code name { fa } } } } }');
    const first = agency.agencies.edges[0].node;
    renamed = { id: first.id, code: first.code, fa: `${first.name.fa} (نام اصلاح‌شده)` };
    const rename = await stack.query('mutation($id: ID!, $fa: String!) { renameAgency(id: $id, nameFa: $fa) { id } }', { id: first.id, fa: renamed.fa }, await bearer({ agency: first.code, subject: 'editor-of-agency' }));
    expect(rename.errors).toBeUndefined();
    base = stack.gateway.url.replace(/\/graphql$/, '/explorer/');
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
  }, 240_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function open(hash: string): Promise<void> {
    await page.goto('about:blank');
    await page.goto(`${base}${hash}`);
    await settled();
  }

  const settled = () => page.waitForFunction(() => !document.querySelector('[role=status]') && document.querySelector('main section .summary, [data-testid=failure]'));

  async function csv(download: Download): Promise<string[][]> {
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    return parsed.data;
  }

  const codes = () => page.locator('[data-testid=changes-table] [data-testid=record-code]').allTextContents();

  it('change feed: oldest first, 25 a page through the cursors, each change with when (Jalali and ISO), who, what and before → after', async () => {
    await open('#/changes?lang=en');
    const first = (await stack.ok(FEED, {})).inquiryChanges;
    expect(readNumber((await page.textContent('[data-testid=total]'))!)).toBe(first.totalCount);
    expect(first.totalCount).toBeGreaterThan(25);
    expect(await codes()).toEqual(first.edges.map((edge: any) => edge.node.inquiry.code));
    const row = page.locator('[data-testid=changes-table] tbody tr').first();
    const change = first.edges[0].node;
    expect(await row.locator('[data-testid=iso]').textContent()).toBe(change.at);
    expect(await row.locator('[data-testid=iso]').getAttribute('datetime')).toBe(change.at);
    expect(await row.locator('[data-testid=jalali]').textContent()).toBe(`${change.atJalali.slice(0, 10).replace(/-/g, '/')} ${change.atJalali.slice(11, 16)}`);
    expect(await row.locator('[data-testid=subject]').textContent()).toBe(change.subject);
    expect(await row.locator('[data-testid=before]').first().textContent()).toBe(change.before.channel);
    expect(await row.locator('[data-testid=after]').first().textContent()).toBe(change.after.channel);

    await page.click('[data-testid=next]');
    await page.waitForURL(/after=/);
    await settled();
    const second = (await stack.ok(FEED, { after: first.pageInfo.endCursor })).inquiryChanges;
    expect(await codes()).toEqual(second.edges.map((edge: any) => edge.node.inquiry.code));
    expect(await page.textContent('[data-testid=page]')).toBe('Page 2');
    await page.click('[data-testid=previous]');
    await page.waitForFunction(() => !location.hash.includes('after='));
    await settled();
    expect(await codes()).toEqual(first.edges.map((edge: any) => edge.node.inquiry.code));
  });

  it('change feed: a start date jumps to recent changes: the editor’s digitisation, PAPER → NIX; the catalogue feed holds the rename', async () => {
    await open('#/changes');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    await page.fill('input[name=since]', today());
    await page.click('form.controls button[type=submit]');
    await page.waitForURL(/since=/);
    await settled();
    const recent = (await stack.ok(FEED, { since: `${today()}T00:00:00Z` })).inquiryChanges;
    expect(recent.totalCount).toBe(1);
    expect(readNumber((await page.textContent('[data-testid=total]'))!)).toBe(1);
    const row = page.locator('[data-testid=changes-table] tbody tr');
    expect(await row.count()).toBe(1);
    expect(await row.locator('[data-testid=record-code]').textContent()).toBe(digitised.code);
    expect(await row.locator('[data-testid=subject]').textContent()).toBe('editor-of-provider');
    expect(await row.locator('li[data-key=channel] [data-testid=before]').textContent()).toBe('PAPER');
    expect(await row.locator('li[data-key=channel] [data-testid=after]').textContent()).toBe('NIX');
    expect(await row.locator('li[data-key=version] [data-testid=after]').textContent()).toBe('2');
    expect(await row.locator('[data-testid=jalali]').textContent()).toMatch(/^[۰-۹]{4}\/[۰-۹]{2}\/[۰-۹]{2} [۰-۹]{2}:[۰-۹]{2}$/);
    expect(await row.locator('[data-testid=iso]').textContent()).toBe(recent.edges[0].node.at);
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: join(shots, 'changes.png'), fullPage: false });
    }

    await page.selectOption('select[name=feed]', 'catalogue');
    await page.waitForURL(/feed=catalogue/);
    await settled();
    const catalogue = page.locator('[data-testid=changes-table] tbody tr');
    expect(await catalogue.count()).toBe(1);
    expect(await catalogue.getAttribute('data-action')).toBe('RENAME');
    expect(await catalogue.locator('[data-testid=record-code]').textContent()).toBe(renamed.code);
    expect(await catalogue.locator('[data-testid=after]').allTextContents()).toContain(renamed.fa);
    expect(await catalogue.locator('[data-testid=subject]').textContent()).toBe('editor-of-agency');
  });

  it('change feed: the CSV holds every change of the feed, ISO and Jalali columns equal to the API’s', async () => {
    await open('#/changes?lang=en');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=csv]')]);
    const [header, ...rows] = await csv(download);
    expect(header.slice(0, 2)).toEqual(['at (ISO)', 'at (Jalali)']);
    const all: any[] = [];
    let after: string | null = null;
    for (;;) {
      const feed: any = (await stack.ok(FEED, { after })).inquiryChanges;
      all.push(...feed.edges.map((edge: any) => edge.node));
      if (!feed.pageInfo.hasNextPage) break;
      after = feed.pageInfo.endCursor;
    }
    expect(rows).toHaveLength(all.length);
    expect(rows.map((row) => [row[0], row[1], row[4]])).toEqual(all.map((node) => [node.at, node.atJalali, node.inquiry.code]));
    const last = rows[rows.length - 1];
    expect([last[8], JSON.parse(last[11]), JSON.parse(last[12])]).toMatchObject(['editor-of-provider', { channel: 'PAPER' }, { channel: 'NIX' }]);
  });

  it('trend: the paper and NIX shares by month as a chart, a point per period, the last one as the links stand now', async () => {
    await open('#/trend?lang=en');
    const points = (await stack.ok(TREND, {})).inquiryChannelTrend;
    expect(points.length).toBeGreaterThan(12);
    expect(readNumber((await page.textContent('[data-testid=point-count]'))!)).toBe(points.length);
    expect(await page.locator('[data-testid=trend-paper-point]').count()).toBe(points.length);
    expect(await page.locator('[data-testid=trend-nix-point]').count()).toBe(points.length);
    const heights = await page.locator('[data-testid=trend-paper-point]').evaluateAll((circles) => circles.map((circle) => Number(circle.getAttribute('cy'))));
    // The paper share falls over the history: its point sits lower (a larger y) at the end.
    expect(heights[heights.length - 1]).toBeGreaterThan(heights[0]);
    const stats = (await stack.ok('{ inquiryStats { paperShare } }')).inquiryStats;
    expect(points[points.length - 1].paperShare).toBeCloseTo(stats.paperShare, 10);
    expect(await page.textContent('[data-testid=last-paper-share]')).toBe(`${Math.round(stats.paperShare * 100)}%`);
    expect(await page.locator('[data-testid=trend-tick]').first().locator('text').allTextContents()).toEqual([points[0].periodJalali.replace(/-/g, '/'), points[0].period]);
    const row = page.locator(`[data-testid=trend-table] tr[data-period="${points[0].period}"]`);
    expect(await row.locator('[data-testid=iso]').textContent()).toBe(points[0].period);
    expect(await row.locator('[data-testid=jalali]').textContent()).toBe(points[0].periodJalali.replace(/-/g, '/'));
    if (shots) await page.screenshot({ path: join(shots, 'trend.png'), fullPage: false });

    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=csv]')]);
    const [header, ...rows] = await csv(download);
    expect(header).toEqual(['period (ISO)', 'period (Jalali)', 'links', 'paper links', 'NIX links', 'paper share', 'NIX share']);
    expect(rows.map((cells) => [cells[0], cells[1], Number(cells[2]), Number(cells[3]), Number(cells[4])])).toEqual(
      points.map((point: any) => [point.period, point.periodJalali, point.links, point.paperLinks, point.nixLinks]),
    );
  });

  it('trend: by day between two dates (the last 365 days without a start), and for one agency as provider, as the API computes them', async () => {
    await open('#/trend?interval=DAY&from=2023-06-01&to=2023-06-30&lang=en');
    const days = (await stack.ok(TREND, { interval: 'DAY', from: '2023-06-01T00:00:00Z', to: '2023-06-30T23:59:59Z' })).inquiryChannelTrend;
    expect(days).toHaveLength(30);
    expect(await page.locator('[data-testid=trend-paper-point]').count()).toBe(30);

    await open('#/trend?interval=DAY&to=2023-12-31&lang=en');
    expect(await page.locator('[data-testid=trend-paper-point]').count()).toBe(365);
    expect(await page.locator('[data-testid=trend-paper-point]').first().getAttribute('data-period')).toBe('2023-01-01');

    await open('#/trend?lang=en');
    await page.waitForSelector(`select[name=agency] option[value="${digitised.provider.id}"]`, { state: 'attached' });
    await page.selectOption('select[name=agency]', digitised.provider.id);
    await page.waitForURL(/agency=/);
    await settled();
    await page.selectOption('select[name=role]', 'provider');
    await page.waitForURL(/role=provider/);
    await settled();
    const provider = (await stack.ok(TREND, { provider: digitised.provider.id })).inquiryChannelTrend;
    const last = provider[provider.length - 1];
    const row = page.locator(`[data-testid=trend-table] tr[data-period="${last.period}"]`);
    expect(await row.locator('td').nth(1).textContent()).toBe(String(last.links));
    expect(await row.locator('td').nth(2).textContent()).toBe(String(last.paperLinks));
    expect(last.links).toBeLessThan((await stack.ok('{ inquiryStats { links } }')).inquiryStats.links);
  });
});
