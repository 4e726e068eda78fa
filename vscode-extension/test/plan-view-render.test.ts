import { mkdirSync } from 'node:fs';
import path from 'node:path';
import { chromium, type Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { renderPlanHtml } from '../src/plan-view/render-html.js';
import { planView } from '../src/plan-view/view-model.js';
import { CHROMIUM, CHROMIUM_ARGS, skipWithoutChromium } from './support/chromium.js';
import { imageBumpPlan, REPO, shopPlan } from './support/sample-plans.js';
import { withTheme, type ThemeKind } from './support/theme-variables.js';

const ARTIFACTS = path.join(REPO, 'vscode-extension/.build/screenshots');
const NONCE = 'dGVzdC1ub25jZS0xMjM0';
const skip = skipWithoutChromium('Plan view render test');

describe.skipIf(skip)('the Plan view in headless Chromium', () => {
  let browser: Browser;
  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  afterAll(async () => {
    await browser?.close();
  });

  async function open(html: string, theme: ThemeKind) {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 }, colorScheme: theme });
    const violations: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy|Refused/i.test(m.text())) violations.push(m.text());
    });
    page.on('pageerror', (e) => violations.push(e.message));
    await page.setContent(withTheme(html, NONCE, theme), { waitUntil: 'load' });
    return { page, violations };
  }

  it.each(['light', 'dark'] as const)('draws nodes, pods and pending reasons of samples/shop (%s theme)', async (theme) => {
    const html = renderPlanHtml(planView(await shopPlan()), { nonce: NONCE, cspSource: 'vscode-webview://test' });
    const { page, violations } = await open(html, theme);
    expect(await page.locator('.node h3 span:first-child').allTextContents()).toEqual(['node-1', 'node-2']);
    expect(await page.locator('.node .pod').count()).toBe(6);
    expect(await page.locator('.node[data-node="node-2"] svg.bar.high').count()).toBeGreaterThanOrEqual(1);
    expect(await page.locator('.pending-pod strong').allTextContents()).toEqual(['shop/catalog-db-1']);
    expect(await page.locator('.pending-pod .reason').allTextContents()).toEqual(['1 Insufficient memory', '2 Insufficient cpu']);
    expect(await page.locator('tr.service').count()).toBe(3);
    expect(await page.locator('#headline').textContent()).toBe('7 pods · 1 pending · 0 errors');

    // The theme reaches the page through VS Code's variables.
    const colours = await page.evaluate(() => {
      const s = getComputedStyle(document.body);
      return { fg: s.color, bg: s.backgroundColor };
    });
    expect(colours.bg).toBe(theme === 'dark' ? 'rgb(31, 31, 31)' : 'rgb(255, 255, 255)');

    // The script ran under the CSP nonce: a click asks to open the manifest at its line.
    await page.locator('.pending-pod').first().click();
    const messages = await page.evaluate(() => (window as unknown as { kubeplanMessages: unknown[] }).kubeplanMessages);
    expect(messages).toEqual([{ type: 'open', file: expect.stringMatching(/samples\/shop\/catalog\.yaml$/), line: expect.any(Number) }]);
    expect(violations).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, `plan-view-shop-${theme}.png`), fullPage: true });
    await page.close();
  });

  it('draws the changes and the rollout timeline against a base', async () => {
    const html = renderPlanHtml(planView(await imageBumpPlan()), { nonce: NONCE, cspSource: 'vscode-webview://test' });
    const { page, violations } = await open(html, 'dark');
    expect(await page.locator('li.change').allTextContents()).toEqual([expect.stringContaining('update Deployment/default/web')]);
    expect(await page.locator('svg.rollout-chart g').count()).toBeGreaterThan(2);
    expect(await page.locator('svg.bar line.before').count()).toBeGreaterThan(0);
    expect(violations).toEqual([]);
    await page.screenshot({ path: path.join(ARTIFACTS, 'plan-view-image-bump-dark.png'), fullPage: true });
    await page.close();
  });

  it('blocks what the CSP does not allow: a script without the nonce does not run', async () => {
    const html = renderPlanHtml(planView(await shopPlan()), { nonce: NONCE, cspSource: 'vscode-webview://test' }).replace('</body>', '<script>window.injected = true</script></body>');
    const { page } = await open(html, 'light');
    expect(await page.evaluate(() => (window as unknown as { injected?: boolean }).injected)).toBeUndefined();
    await page.close();
  });
});
