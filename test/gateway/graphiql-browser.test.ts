import { existsSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { readExampleOperations } from '../../gateway/example-operations';
import { CHROMIUM, launchChromium } from '../support/explorer';
import { startTestStack, type TestStack } from '../support/stack';

/** GraphiQL in Chromium opens on the users' example operations, a tab each, with the note on where a token goes. */
const haveBrowser = existsSync(CHROMIUM);
const suite = 'GraphiQL in Chromium';
const skipped = `${suite} — skipped: no Chromium at ${CHROMIUM} (apt-get install -y chromium; .ci/run installs it)`;
if (!haveBrowser) console.warn(skipped);

const examples = readExampleOperations();
const operationNames = examples.map((example) => /^(?:query|mutation) (\w+)/m.exec(example.source)![1]!);

(haveBrowser ? describe : describe.skip)(haveBrowser ? suite : skipped, () => {
  let stack: TestStack;
  let browser: Browser;
  let page: Page;

  beforeAll(async () => {
    stack = await startTestStack();
    browser = await launchChromium();
    page = await (await browser.newContext({ viewport: { width: 1400, height: 900 } })).newPage();
    await page.goto(stack.gateway.url);
    await page.waitForSelector('.graphiql-tab', { timeout: 30_000 });
  }, 120_000);
  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('has a tab per example, named by its operation', async () => {
    expect(examples.length).toBeGreaterThanOrEqual(6);
    const tabs = (await page.locator('.graphiql-tab-button').allTextContents()).map((text) => text.trim());
    expect(tabs).toEqual(operationNames);
  });

  it('runs the open tab and shows its answer', async () => {
    await page.locator('.graphiql-tab').first().click();
    await page.locator('.graphiql-execute-button').click();
    await page.waitForFunction(() => (document.querySelector('.result-window')?.textContent ?? '').includes('"data"'), undefined, { timeout: 30_000 });
    expect(await page.locator('.result-window').textContent()).not.toContain('"errors"');
  });

  it("the write's tab says where the token goes", async () => {
    // Once the tabs overflow their bar, a pointer click does not select one here (the bar is a drag-to-reorder list); the click event does.
    await page.locator('.graphiql-tab-button', { hasText: 'ReportProgress' }).dispatchEvent('click');
    // The editor draws spaces as no-break spaces.
    await page.waitForFunction(() => (document.querySelector('.graphiql-query-editor')?.textContent ?? '').replace(/\u00a0/g, ' ').includes('mutation ReportProgress'));
    const editor = (await page.locator('.graphiql-query-editor').textContent())!.replace(/\u00a0/g, ' ');
    expect(editor).toContain('npm run token');
    expect(editor).toContain('Headers');
  });
});
