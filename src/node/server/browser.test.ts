/**
 * The dashboard in real headless Chromium (Debian's /usr/bin/chromium driven by
 * playwright-core; no browser download): first load time, dyad → event → report → article with
 * the evidence highlighted on the right words, and markup in an article shown as text in every
 * view. Screenshots go to bench/out/screenshots/. Skips when Chromium is not installed.
 */
import assert from 'node:assert/strict';
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import type { BrowserContext, Page } from 'playwright-core';
import { createApp } from './app.js';
import { demoFixture, type Fixture } from './test-fixture.js';

const CHROMIUM = '/usr/bin/chromium';
const ROOT = fileURLToPath(new URL('../../../', import.meta.url));
const SHOTS = join(ROOT, 'bench/out/screenshots');
const skip = existsSync(CHROMIUM)
  ? false
  : `${CHROMIUM} not found: install it with "apt-get install -y chromium" (.ci/run does)`;

describe('dashboard in Chromium', { skip, timeout: 90_000 }, () => {
  let fx: Fixture;
  let server: ReturnType<typeof serve>;
  let base = '';
  let browser: BrowserContext;
  let page: Page;
  let profile = '';
  const pageErrors: string[] = [];

  before(async () => {
    if (!existsSync(join(ROOT, 'dist/client/index.html'))) {
      const { build } = await import('vite');
      await build({
        configFile: join(ROOT, 'vite.config.ts'),
        root: join(ROOT, 'src/client'),
        logLevel: 'warn',
      });
    }
    fx = await demoFixture();
    const app = createApp(fx.store, { token: null, clientDir: join(ROOT, 'dist/client') });
    server = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
    });
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    profile = mkdtempSync(join(tmpdir(), 'sitrep-chromium-'));
    const { chromium } = await import('playwright-core');
    // A fresh profile per run (playwright passes it as --user-data-dir).
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM,
      viewport: { width: 1280, height: 900 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = browser.pages()[0] ?? (await browser.newPage());
    page.on('pageerror', (e) => pageErrors.push(e.message));
    // Nothing may leave the machine: every request must go to our loopback server.
    await page.route('**/*', (route) =>
      route.request().url().startsWith(base) ? route.continue() : route.abort('blockedbyclient'),
    );
    mkdirSync(SHOTS, { recursive: true });
  });

  after(async () => {
    await browser?.close();
    (server as Server | undefined)?.closeAllConnections();
    await new Promise((r) => server?.close(r));
    fx?.cleanup();
    if (profile) rmSync(profile, { recursive: true, force: true });
  });

  const ready = (name: string) => page.waitForSelector(`body[data-ready="${name}"]`, { timeout: 10_000 });
  const shot = (name: string) => page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage: true });

  it('loads the overview in under 2 s', async () => {
    const t0 = performance.now();
    await page.goto(`${base}/`);
    await ready('overview');
    await page.waitForSelector('.dyad-card');
    const ms = performance.now() - t0;
    console.log(`first load (overview with data): ${ms.toFixed(0)} ms`);
    assert.ok(ms < 2000, `first load took ${ms} ms`);
    await shot('01-overview');
  });

  it('goes dyad → event → report → article with the evidence highlighted on the right words', async () => {
    await page.click('.dyad-card[data-dyad="RUS:UKR"]');
    await ready('dyad');
    await page.waitForSelector('#chart-counts canvas');
    await shot('02-dyad');
    await page.click('table.events tbody tr:first-child a.event-link');
    await ready('event');
    await shot('03-event');
    const eventUrl = new URL(page.url());
    const eventId = eventUrl.hash.split('/')[2];
    await page.click('.report-link');
    await ready('article');
    await page.waitForSelector('#article-text mark.hl-trigger');
    await shot('04-article');
    const [, , articleId] = new URL(page.url()).hash.split('?')[0].split('/');
    const reportEvent = Number(new URL(page.url()).hash.split('event=')[1]);
    const article = (await (await fetch(`${base}/api/articles/${articleId}`)).json()) as {
      text: string;
      events: Array<{
        id: number;
        mergedId: number;
        spans: { trigger: [number, number]; evidence: [number, number] };
      }>;
    };
    const ev = article.events.find((e) => e.id === reportEvent);
    assert.ok(ev, 'the report event is in the article');
    assert.equal(String(ev.mergedId), eventId);
    const shown = await page.$$eval('#article-text mark.hl-trigger', (els) =>
      els.map((e) => e.textContent).join(''),
    );
    assert.equal(shown, article.text.slice(...ev.spans.trigger));
    const evidence = await page.$$eval('#article-text mark.hl-evidence', (els) =>
      els.map((e) => e.textContent).join(''),
    );
    assert.equal(evidence, article.text.slice(...ev.spans.evidence));
    // The whole text is there, unchanged, around the marks.
    assert.equal(await page.$eval('#article-text', (el) => el.textContent), article.text);
  });

  it('shows markup in article text as text in every view (no script runs, no element is made)', async () => {
    const views = [
      `#/article/${fx.xssArticleId}`,
      '#/events?q=tanker',
      '#/events',
      '#/quotes?speaker=Rubio',
      '#/actors',
      '#/quotes',
      '#/network',
      '#/map',
      '#/',
    ];
    for (const hash of views) {
      await page.goto(`${base}/${hash}`);
      await page.waitForSelector('body[data-ready]');
      await page.waitForTimeout(50);
      // A string, evaluated in the page (this file is type-checked without the DOM library).
      const injected = await page.evaluate(`({
        flag: window.__xss ?? null,
        scripts: document.querySelectorAll('#app script').length,
        imgs: document.querySelectorAll('#app img').length,
        bold: document.querySelectorAll('#app b, #app i').length,
      })`);
      assert.deepEqual(injected, { flag: null, scripts: 0, imgs: 0, bold: 0 }, hash);
    }
    await page.goto(`${base}/#/article/${fx.xssArticleId}`);
    await ready('article');
    const text = await page.$eval('#article-text', (el) => el.textContent ?? '');
    assert.ok(text.includes('<script>window.__xss = 1</script>'));
    assert.ok((await page.$eval('#article-title', (el) => el.textContent ?? '')).includes('<img src=x'));
    await shot('05-xss-article');
  });

  it('renders the quotes explorer, network and map views', async () => {
    for (const [hash, selector, name] of [
      ['#/quotes', '.quote-list li', '06-quotes'],
      ['#/network', 'svg.network circle', '07-network'],
      ['#/map', 'svg.map circle.place', '08-map'],
    ] as const) {
      await page.goto(`${base}/${hash}`);
      await page.waitForSelector(selector, { timeout: 10_000 });
      await shot(name);
    }
    assert.deepEqual(pageErrors, []);
  });
});
