import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { isAbsolute, join } from 'node:path';
import Papa from 'papaparse';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { ROOT } from '../../lib/paths';
import { CHROMIUM, ensureExplorerBuilt, launchChromium, readNumber } from '../support/explorer';
import { startTestStack, type TestStack } from '../support/stack';

/**
 * The explorer page end to end: the built static page, served by the real gateway over the
 * real subgraphs, in Debian's Chromium. Screenshots go to EXPLORER_SCREENSHOTS (the README's
 * are made with EXPLORER_SCREENSHOTS=docs/screenshots), else to a temporary folder.
 */
const shots = process.env.EXPLORER_SCREENSHOTS ? (isAbsolute(process.env.EXPLORER_SCREENSHOTS) ? process.env.EXPLORER_SCREENSHOTS : join(ROOT, process.env.EXPLORER_SCREENSHOTS)) : join(tmpdir(), 'panjare-explorer-screenshots');

let stack: TestStack;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let base: string;
const requested: string[] = [];

/**
 * A machine with only Node has no browser: there the suite is skipped, saying why (CI installs
 * Debian's Chromium first, see .ci/run).
 */
const haveBrowser = existsSync(CHROMIUM);
const suite = 'the explorer page in Chromium';
const skipped = `${suite} — skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run installs it)`;
if (!haveBrowser) console.warn(skipped);

(haveBrowser ? describe : describe.skip)(haveBrowser ? suite : skipped, () => {
  beforeAll(async () => {
    ensureExplorerBuilt();
    mkdirSync(shots, { recursive: true });
    stack = await startTestStack();
    base = stack.gateway.url.replace(/\/graphql$/, '/explorer/');
    browser = await launchChromium();
    context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    context.on('request', (request) => requested.push(request.url()));
    page = await context.newPage();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  /** A fresh load of the page at `hash` (about:blank first: a hash-only change would keep the page's state). */
  async function open(hash: string): Promise<void> {
    await page.goto('about:blank');
    await page.goto(`${base}${hash}`);
    await page.waitForFunction(() => !document.querySelector('[role=status]') && document.querySelector('main section'));
  }

  /** A CSV the page downloads when `selector` is clicked: UTF-8 with a BOM, parsed back. */
  async function downloadedCsv(selector: string): Promise<string[][]> {
    const [download] = await Promise.all([page.waitForEvent('download'), page.click(selector)]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    return parsed.data;
  }

  async function numbers(selector: string): Promise<number[]> {
    return (await page.locator(selector).allTextContents()).map(readNumber);
  }

  /** Every node of a connection, through the gateway, page after page. */
  async function all<Node>(query: string, variables: Record<string, unknown>, field: string): Promise<{ nodes: Node[]; totalCount: number }> {
    const nodes: Node[] = [];
    let after: string | null = null;
    for (;;) {
      const response: { data?: any } = await stack.query(query, { ...variables, after });
      const connection: { edges: { node: Node }[]; totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string } } = response.data[field];
      nodes.push(...connection.edges.map((edge) => edge.node));
      if (!connection.pageInfo.hasNextPage) return { nodes, totalCount: connection.totalCount };
      after = connection.pageInfo.endCursor;
    }
  }

  interface HeavyRow {
    code: string;
    name: { fa: string };
    agency: { name: { fa: string } };
    paperInquiryCount: number;
  }

  async function heavyServices(moreThan: number): Promise<HeavyRow[]> {
    const query =
      'query ($moreThan: Int!, $after: String) { servicesByInquiryCount(moreThan: $moreThan, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { code name { fa } agency { name { fa } } paperInquiryCount } } } }';
    return (await all<HeavyRow>(query, { moreThan }, 'servicesByInquiryCount')).nodes;
  }

  interface Dependency {
    paperLinks: number;
    consumer: { id: string };
    provider: { id: string };
  }

  async function dependencies(minLinks: number): Promise<Dependency[]> {
    const query =
      'query ($minLinks: Int, $after: String) { agencyDependencies(minLinks: $minLinks, first: 100, after: $after) { totalCount pageInfo { hasNextPage endCursor } edges { node { paperLinks consumer { id } provider { id } } } } }';
    return (await all<Dependency>(query, { minLinks }, 'agencyDependencies')).nodes;
  }

  it('is served at /explorer by the gateway, which keeps GraphiQL at /graphql', async () => {
    const redirect = await fetch(base.replace(/\/$/, ''), { redirect: 'manual' });
    expect(redirect.status).toBe(301);
    const index = await fetch(base);
    expect(index.headers.get('content-type')).toMatch(/text\/html/);
    expect(await index.text()).toContain('<div id="root">');
    const graphiql = await fetch(stack.gateway.url, { headers: { accept: 'text/html' } });
    expect(await graphiql.text()).toMatch(/graphiql/i);
  });

  it('heavy services: Persian and right to left by default, threshold 20 gives 241 services over the pages, in the bundled Vazirmatn', async () => {
    await open('');
    expect(await page.getAttribute('html', 'dir')).toBe('rtl');
    expect(await page.getAttribute('html', 'lang')).toBe('fa');
    await page.fill('input[name=threshold]', '50');
    await page.click('form.controls button[type=submit]');
    await page.waitForURL(/min=50/);
    await page.waitForSelector('[data-testid=total]');
    expect(readNumber(await page.textContent('[data-testid=total]') ?? '')).toBe((await heavyServices(50)).length);

    await page.fill('input[name=threshold]', '20');
    await page.click('form.controls button[type=submit]');
    await page.waitForURL(/min=20/);
    await page.waitForSelector('[data-testid=heavy-table]');
    const total = await page.textContent('[data-testid=total]');
    expect(total).toMatch(/^[۰-۹٬]+$/); // Persian digits
    expect(readNumber(total!)).toBe(241);

    await page.screenshot({ path: join(shots, 'heavy-services.png'), fullPage: false });
    const codes = new Set<string>();
    for (;;) {
      for (const code of await page.locator('[data-testid=heavy-table] tbody .code').allTextContents()) codes.add(code);
      if (await page.isDisabled('[data-testid=next]')) break;
      await page.click('[data-testid=next]');
    }
    expect(codes.size).toBe(241);
    expect(page.url()).toMatch(/page=10/);
    expect(new Set((await heavyServices(20)).map((row) => row.code))).toEqual(codes);

    const font = await page.evaluate(async () => {
      await document.fonts.ready;
      return { family: getComputedStyle(document.body).fontFamily, loaded: document.fonts.check('16px Vazirmatn', 'خدمات') };
    });
    expect(font.family).toMatch(/Vazirmatn/);
    expect(font.loaded).toBe(true);
  });

  it('heavy services: sortable, and the URL keeps threshold, sort and page', async () => {
    await open('#/heavy?min=20');
    await page.click('th button[data-sort=paperInquiryCount]');
    await page.waitForURL(/sort=paperInquiryCount/);
    const paper = await numbers('[data-testid=heavy-table] tbody td:nth-child(4)');
    expect(paper).toEqual([...paper].sort((a, b) => b - a));
    const most = Math.max(...(await heavyServices(20)).map((row) => row.paperInquiryCount));
    expect(paper[0]).toBe(most);

    await open('#/heavy?min=20&sort=paperInquiryCount&dir=asc&page=3');
    expect(readNumber((await page.textContent('[data-testid=page]'))!.split(/\s+/)[1])).toBe(3);
    const ascending = await numbers('[data-testid=heavy-table] tbody td:nth-child(4)');
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    expect(await page.getAttribute('th[aria-sort=ascending] button', 'data-sort')).toBe('paperInquiryCount');
  });

  it('heavy services: the CSV holds the whole result, UTF-8 with a BOM, Persian intact', async () => {
    await open('#/heavy?min=20');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=csv]')]);
    const bytes = readFileSync((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true });
    expect(parsed.errors).toEqual([]);
    const [header, ...rows] = parsed.data;
    expect(header).toHaveLength(8);
    expect(rows).toHaveLength(241);
    const expected = new Map((await heavyServices(20)).map((row) => [row.code, row]));
    for (const [code, nameFa, , agencyFa] of rows) {
      expect(nameFa).toBe(expected.get(code)!.name.fa);
      expect(agencyFa).toBe(expected.get(code)!.agency.name.fa);
    }
    expect(rows.filter((row) => /[\u0600-\u06ff]/.test(row[1]))).toHaveLength(241);
  });

  it('service: inquiries grouped by provider agency and channel, the dependency chain as a tree, the owning project', async () => {
    await open('#/heavy?min=20');
    await page.click('[data-testid=heavy-table] tbody tr:first-child a');
    await page.waitForURL(/#\/service\?id=/);
    await page.waitForSelector('[data-testid=service-name]');
    const id = new URL(page.url().replace('#/service', '')).searchParams.get('id');
    const { data } = await stack.query(
      'query ($id: ID!) { service(id: $id) { name { fa } inquiries { provider { id } } dependencyChain(maxDepth: 5) { depth } project { number } } }',
      { id },
    );
    expect(await page.textContent('[data-testid=service-name]')).toBe(data.service.name.fa);
    const providers = new Set(data.service.inquiries.map((inquiry: { provider: { id: string } }) => inquiry.provider.id));
    expect(await page.locator('[data-testid=provider-groups] .group').count()).toBe(providers.size);
    expect(await page.locator('[data-testid=provider-groups] .group li').count()).toBe(data.service.inquiries.length);
    expect(await page.locator('[data-testid=chain] li').count()).toBe(data.service.dependencyChain.length);
    const deepest = Math.max(...data.service.dependencyChain.map((step: { depth: number }) => step.depth));
    expect(await page.locator(`[data-testid=chain] ${Array(deepest).fill('ul.tree').join(' ')} > li`).count()).toBeGreaterThan(0);
    if (data.service.project) expect(readNumber((await page.textContent('[data-testid=service-project] a'))!.split('.')[0])).toBe(data.service.project.number);
    await page.screenshot({ path: join(shots, 'service.png'), fullPage: false });
  });

  it('agency network: the graph is drawn (an element per agency and per edge, paper edges coloured), filtered by links; a click shows the impact', async () => {
    await open('#/network');
    await page.waitForSelector('[data-testid=network-graph] g.edge');
    expect(readNumber(await page.inputValue('input[name=minLinks]'))).toBe(10);
    expect(await page.inputValue('input[name=minLinks]')).toMatch(/^[۰-۹]+$/);
    const expected = await dependencies(10);
    expect(expected.length).toBeGreaterThan(100); // more than one page of the API
    const agencies = new Set(expected.flatMap((edge) => [edge.consumer.id, edge.provider.id]));
    expect(await page.locator('[data-testid=network-graph] g.edge line.links').count()).toBe(expected.length);
    expect(await page.locator('[data-testid=network-graph] g.node').count()).toBe(agencies.size);
    const paper = expected.filter((edge) => edge.paperLinks > 0).length;
    expect(paper).toBeGreaterThan(0);
    expect(await page.locator('[data-testid=network-graph] g.edge line.paper').count()).toBe(paper);
    const widths = await page.locator('[data-testid=network-graph] g.edge line.links').evaluateAll((lines) => lines.map((line) => Number(line.getAttribute('stroke-width'))));
    expect(Math.max(...widths)).toBeGreaterThan(Math.min(...widths));
    await page.screenshot({ path: join(shots, 'network.png'), fullPage: true });

    await page.fill('input[name=minLinks]', '20');
    await page.click('form.controls button[type=submit]');
    await page.waitForURL(/min=20/);
    await page.waitForFunction((count) => document.querySelectorAll('[data-testid=network-graph] g.edge').length === count, (await dependencies(20)).length);

    const node = page.locator('[data-testid=network-graph] g.node').first();
    const code = await node.getAttribute('data-agency');
    await node.click();
    await page.waitForSelector('[data-testid=direct-services]');
    const { data } = await stack.query('query ($code: String) { agencies(filter: { search: $code }, first: 1) { edges { node { impact { directServices transitiveServices } } } } }', { code });
    const impact = data.agencies.edges[0].node.impact;
    expect(readNumber((await page.textContent('[data-testid=direct-services]'))!)).toBe(impact.directServices);
    expect(readNumber((await page.textContent('[data-testid=transitive-services]'))!)).toBe(impact.transitiveServices);
    expect(page.url()).toMatch(/agency=/);
    await page.screenshot({ path: join(shots, 'network-impact.png'), fullPage: true });
  });

  it('projects: the 23 projects with progress bars, status, Jalali and ISO deadlines and their services’ inquiry totals', async () => {
    await open('#/projects');
    const { data } = await stack.query('{ projects { number deadline deadlineJalali services { inquiryCount } } }');
    expect(data.projects).toHaveLength(23);
    expect(await page.locator('[data-testid=projects-table] tbody tr').count()).toBe(23);
    expect(await page.locator('[data-testid=projects-table] [role=progressbar]').count()).toBe(23);
    const first = data.projects[0];
    const row = page.locator(`[data-testid=projects-table] tr[data-number="${first.number}"]`);
    expect(readNumber((await row.locator('[data-testid=jalali]').textContent())!.replace(/\//g, ''))).toBe(Number(first.deadlineJalali.replace(/-/g, '')));
    expect(await row.locator('[data-testid=iso]').textContent()).toBe(first.deadline);
    expect(await row.locator('[data-testid=iso]').getAttribute('datetime')).toBe(first.deadline);
    const total = first.services.reduce((sum: number, service: { inquiryCount: number }) => sum + service.inquiryCount, 0);
    expect(readNumber((await row.locator('td:last-child').evaluate((cell) => cell.firstChild!.textContent))!)).toBe(total);
    await page.screenshot({ path: join(shots, 'projects.png'), fullPage: false });
  });

  it('service: the dependency chain as CSV, a row per step (depth 1: its own inquiries), the path in inquiry codes', async () => {
    await open('#/heavy?min=20');
    await page.click('[data-testid=heavy-table] tbody tr:first-child a');
    await page.waitForSelector('[data-testid=service-name]');
    const id = new URL(page.url().replace('#/service', '')).searchParams.get('id');
    const { data } = await stack.query('query ($id: ID!) { service(id: $id) { inquiries { code } dependencyChain(maxDepth: 5) { depth cycle path inquiry { code name { fa } } } } }', { id });
    const [header, ...rows] = await downloadedCsv('[data-testid=csv]');
    expect(header).toHaveLength(8);
    expect(rows.map((row) => [Number(row[0]), row[1], row[2], row[6]])).toEqual(
      data.service.dependencyChain.map((step: any) => [step.depth, step.inquiry.code, step.inquiry.name.fa, String(step.cycle)]),
    );
    expect(new Set(rows.filter((row) => row[0] === '1').map((row) => row[1]))).toEqual(new Set(data.service.inquiries.map((inquiry: { code: string }) => inquiry.code)));
    expect(rows.every((row) => row[7].split(' > ').length === Number(row[0]) && row[7].endsWith(row[1]))).toBe(true);
  });

  it('agency network: the edges drawn as CSV, and every edge of the network as JSON (agencyNetwork) and as GraphML (the gateway’s download route)', async () => {
    await open('#/network?min=10');
    await page.waitForSelector('[data-testid=network-graph] g.edge');
    const drawn = await dependencies(10);
    const [header, ...rows] = await downloadedCsv('[data-testid=csv]');
    expect(header).toHaveLength(9);
    expect(rows).toHaveLength(drawn.length);
    expect(rows.map((row) => Number(row[7]))).toEqual(drawn.map((edge) => edge.paperLinks));
    expect(rows.every((row) => /[\u0600-\u06ff]/.test(row[1]) && /[\u0600-\u06ff]/.test(row[4]))).toBe(true);

    const every = await dependencies(1);
    expect(every.length).toBeGreaterThan(1000); // dozens of the API's pages
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=json]')]);
    expect(download.suggestedFilename()).toBe('agency-network.json');
    const network = JSON.parse(readFileSync((await download.path())!, 'utf8'));
    expect(network.edges.map((edge: Dependency) => [edge.consumer.id, edge.provider.id, edge.paperLinks])).toEqual(every.map((edge) => [edge.consumer.id, edge.provider.id, edge.paperLinks]));
    expect(network.edges[0]).toMatchObject({ links: expect.any(Number), services: expect.any(Number) });
    const named = new Map(network.agencies.map((agency: { id: string; code: string; name: { fa: string } }) => [agency.id, agency]));
    expect(new Set(named.keys())).toEqual(new Set(every.flatMap((edge) => [edge.consumer.id, edge.provider.id])));
    expect(network.paperLinks).toBe(every.reduce((sum, edge) => sum + edge.paperLinks, 0));

    const [graphml] = await Promise.all([page.waitForEvent('download'), page.click('[data-testid=graphml]')]);
    expect(graphml.suggestedFilename()).toBe('agency-network.graphml');
    const xml = readFileSync((await graphml.path())!, 'utf8');
    expect(xml.match(/<edge /g)).toHaveLength(every.length);
    expect(xml.match(/<node /g)).toHaveLength(named.size);
  });

  it('projects: the CSV holds the 23 projects, the deadline in ISO and Jalali columns', async () => {
    await open('#/projects');
    const { data } = await stack.query('{ projects { number deadline deadlineJalali progress status } }');
    const [header, ...rows] = await downloadedCsv('[data-testid=csv]');
    expect(header).toHaveLength(11);
    expect(header.slice(6, 8)).toEqual(['deadline (ISO)', 'deadline (Jalali)']);
    expect(rows.map((row) => [Number(row[0]), row[4], Number(row[5]), row[6], row[7]])).toEqual(
      data.projects.map((project: any) => [project.number, project.status, project.progress, project.deadline, project.deadlineJalali]),
    );
  });

  it('switches to English: left to right, English labels, Latin digits', async () => {
    await open('#/projects');
    await page.click('[data-testid=lang]');
    await page.waitForURL(/lang=en/);
    expect(await page.getAttribute('html', 'dir')).toBe('ltr');
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await page.textContent('main h2')).toBe('Priority projects');
    expect(await page.locator('[data-testid=jalali]').first().textContent()).toMatch(/^\d{4}\/\d{2}\/\d{2}$/);
    await open('#/heavy?min=20&lang=en');
    expect(await page.textContent('[data-testid=total]')).toBe('241');
    await page.screenshot({ path: join(shots, 'heavy-services-en.png'), fullPage: false });
  });

  it('a subgraph down: the heavy services still show, with a notice naming it; a view that has nothing says why', async () => {
    await stack.subgraphs.projects.stop();
    await open('#/heavy?min=20');
    await page.waitForSelector('[data-testid=partial-notice]');
    expect(await page.textContent('[data-testid=partial-notice]')).toContain('projects');
    expect(readNumber((await page.textContent('[data-testid=total]'))!)).toBe(241);
    expect(await page.locator('[data-testid=heavy-table] tbody tr').count()).toBe(25);
    await page.screenshot({ path: join(shots, 'partial-data.png'), fullPage: false });

    await open('#/projects');
    await page.waitForSelector('[data-testid=failure]');
    expect(await page.textContent('[data-testid=failure]')).toContain('projects');
  });

  it('no request left localhost', () => {
    expect(requested.length).toBeGreaterThan(10);
    const outside = requested.filter((url) => {
      const parsed = new URL(url.replace(/^blob:/, ''));
      return parsed.protocol !== 'data:' && !['127.0.0.1', 'localhost'].includes(parsed.hostname);
    });
    expect(outside).toEqual([]);
  });
});
