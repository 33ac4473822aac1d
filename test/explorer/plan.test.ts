import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { isAbsolute, join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, Page } from 'playwright-core';
import { ROOT } from '../../lib/paths';
import { CHROMIUM, ensureExplorerBuilt, launchChromium, readNumber } from '../support/explorer';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * The explorer's digitisation-plan view in Chromium, against the API's own answers on the scale-1
 * seed. With EXPLORER_SCREENSHOTS set (as for explorer.test.ts), it saves the view there.
 */
const shots = process.env.EXPLORER_SCREENSHOTS ? (isAbsolute(process.env.EXPLORER_SCREENSHOTS) ? process.env.EXPLORER_SCREENSHOTS : join(ROOT, process.env.EXPLORER_SCREENSHOTS)) : null;
let stack: TestStack;
let browser: Browser;
let page: Page;
let base: string;

const haveBrowser = existsSync(CHROMIUM);
const suite = 'the plan view in Chromium';
const skipped = `${suite} — skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run installs it)`;
if (!haveBrowser) console.warn(skipped);

const PLAN = `query($first: Int, $weighting: DigitisationWeighting, $provider: ID) {
  digitisationPlan(first: $first, weighting: $weighting, providerAgencyId: $provider) { servicesFreed moves { inquiry { id code provider { id } } totalServicesFreed } }
}`;

(haveBrowser ? describe : describe.skip)(haveBrowser ? suite : skipped, () => {
  beforeAll(async () => {
    ensureExplorerBuilt();
    stack = await startTestStack();
    base = stack.gateway.url.replace(/\/graphql$/, '/explorer/');
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true })).newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  async function open(hash: string): Promise<void> {
    await page.goto('about:blank');
    await page.goto(`${base}${hash}`);
    await page.waitForSelector('[data-testid=plan-table]');
    await page.waitForFunction(() => !document.querySelector('[role=status]'));
  }

  const apiPlan = async (variables: Record<string, unknown>) => (await stack.ok(PLAN, variables)).digitisationPlan;
  const whatIfServices = async () => {
    await page.waitForFunction(() => !document.querySelector('[role=status]'));
    return readNumber((await page.textContent('[data-testid=what-if-services]'))!);
  };

  it('shows the moves the API plans, their running totals, and a chart point per move', async () => {
    await open('#/plan?n=10&lang=en');
    const plan = await apiPlan({ first: 10 });
    expect(await page.locator('[data-testid=plan-table] tbody tr .code').allTextContents()).toEqual(plan.moves.map((move: any) => move.inquiry.code));
    expect(readNumber((await page.textContent('[data-testid=plan-freed]'))!)).toBe(plan.servicesFreed);
    expect(await page.locator('[data-testid=plan-point]').count()).toBe(10);
    expect(await whatIfServices()).toBe(plan.servicesFreed);
  });

  it('ticking a move off gives the what-if of the others, as the API computes it', async () => {
    await open('#/plan?n=10&lang=en');
    const plan = await apiPlan({ first: 10 });
    await page.locator('[data-testid=plan-table] tbody tr[data-step="1"] input[type=checkbox]').uncheck();
    await page.waitForFunction(() => document.querySelector('[data-testid=what-if-moves]')?.textContent === '9');
    if (shots) {
      mkdirSync(shots, { recursive: true });
      await page.screenshot({ path: join(shots, 'plan.png'), fullPage: true });
    }
    const rest = plan.moves.slice(1).map((move: any) => move.inquiry.id);
    const expected = (await stack.ok('query($ids: [ID!]!) { digitisationWhatIf(inquiryIds: $ids) { serviceCount } }', { ids: rest })).digitisationWhatIf.serviceCount;
    expect(await whatIfServices()).toBe(expected);
    expect(await page.locator('[data-testid=plan-point][fill=white]').count()).toBe(1);
  });

  it('N, the weighting and the provider filter are chosen in the form and kept in the URL', async () => {
    await open('#/plan?lang=en');
    await page.fill('input[name=moves]', '5');
    await page.click('form.controls button[type=submit]');
    await page.waitForFunction(() => document.querySelectorAll('[data-testid=plan-table] tbody tr').length === 5);
    expect(page.url()).toContain('n=5');
    await page.selectOption('select[name=weighting]', 'INQUIRY_COUNT');
    await page.waitForFunction(() => location.hash.includes('w=INQUIRY_COUNT'));
    await page.waitForSelector('[data-testid=plan-table]');
    await page.waitForFunction(() => !document.querySelector('[role=status]'));
    const weighted = await apiPlan({ first: 5, weighting: 'INQUIRY_COUNT' });
    expect(await page.locator('[data-testid=plan-table] tbody tr .code').allTextContents()).toEqual(weighted.moves.map((move: any) => move.inquiry.code));

    const provider = weighted.moves[0].inquiry.provider.id;
    await page.waitForSelector(`select[name=provider] option[value="${provider}"]`, { state: 'attached' });
    await page.selectOption('select[name=provider]', provider);
    await page.waitForFunction((id) => location.hash.includes(`provider=${id}`), provider);
    await page.waitForSelector('[data-testid=plan-table]');
    await page.waitForFunction(() => !document.querySelector('[role=status]'));
    const filtered = await apiPlan({ first: 5, weighting: 'INQUIRY_COUNT', provider });
    expect(filtered.moves.every((move: any) => move.inquiry.provider.id === provider)).toBe(true);
    expect(await page.locator('[data-testid=plan-table] tbody tr .code').allTextContents()).toEqual(filtered.moves.map((move: any) => move.inquiry.code));
  });

  it('downloads the plan as CSV: UTF-8 with a BOM, one row per move, in order', async () => {
    await open('#/plan?n=10');
    const plan = await apiPlan({ first: 10 });
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=csv]')]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toHaveLength(10);
    expect(rows.map((row) => row[1])).toEqual(plan.moves.map((move: any) => move.inquiry.code));
    expect(rows.map((row) => Number(row[7]))).toEqual(plan.moves.map((move: any) => move.totalServicesFreed));
    expect(rows.every((row) => /[\u0600-\u06ff]/.test(row[2]))).toBe(true);
  });
});
