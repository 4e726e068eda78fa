/**
 * The extension in a real VS Code build: the .vsix installed into code-server with --install-extension,
 * code-server on 127.0.0.1, headless Chromium opening a sample workspace; a kubeplan finding appears in the
 * Problems view and the Plan view opens with the sample's nodes.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { chromium, type Browser, type Frame, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CHROMIUM, CHROMIUM_ARGS, skipWithoutChromium } from '../test/support/chromium.js';
import { ensureBuilt, EXTENSION_DIR } from '../test/support/built-extension.js';
import { REPO } from '../test/support/sample-plans.js';
import { ensureCodeServer, installExtension, profile, startCodeServer, type CodeServer } from './code-server.js';

const ARTIFACTS = path.join(EXTENSION_DIR, '.build/e2e');
const BAD_POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
  namespace: shop
spec:
  containers:
    - name: web
      image: nginx:1.27
      imagePullPolicy: Sometimes
`;

async function runCommand(page: Page, title: string): Promise<void> {
  await page.keyboard.press('F1');
  const input = page.locator('.quick-input-widget input');
  await input.waitFor({ state: 'visible' });
  await input.fill(`>${title}`);
  await page.locator('.quick-input-list .monaco-list-row', { hasText: title }).first().waitFor();
  await page.keyboard.press('Enter');
}

async function findFrame(page: Page, selector: string, timeoutMs: number): Promise<Frame> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    for (const f of page.frames()) {
      if ((await f.locator(selector).count().catch(() => 0)) > 0) return f;
    }
    await page.waitForTimeout(250);
  }
  throw new Error(`no frame shows ${selector}`);
}

describe.skipIf(skipWithoutChromium('code-server e2e'))('kubeplan in code-server', () => {
  let root: string;
  let server: CodeServer | undefined;
  let browser: Browser | undefined;
  let page: Page;

  beforeAll(async () => {
    ensureBuilt();
    execFileSync(process.execPath, [path.join(EXTENSION_DIR, 'scripts/package.mjs')], { stdio: 'pipe' });
    const entry = ensureCodeServer();
    root = mkdtempSync(path.join(tmpdir(), 'kubeplan-e2e-'));
    mkdirSync(ARTIFACTS, { recursive: true });
    const folder = path.join(root, 'workspace');
    cpSync(path.join(REPO, 'samples/shop'), folder, { recursive: true });
    writeFileSync(path.join(folder, 'bad-pod.yaml'), BAD_POD);
    const dirs = profile(root);
    expect(installExtension(entry, dirs, path.join(EXTENSION_DIR, '.build/kubeplan-0.1.0.vsix'))).toMatch(/successfully installed/);
    server = await startCodeServer(entry, dirs, folder);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    page = await browser.newPage({ viewport: { width: 1400, height: 900 } });
    await page.goto(`${server.url}/?folder=${encodeURIComponent(folder)}`);
    await page.locator('.monaco-workbench').waitFor({ timeout: 60_000 });
  });

  afterAll(async () => {
    if (page !== undefined) await page.screenshot({ path: path.join(ARTIFACTS, 'last.png') }).catch(() => undefined);
    await browser?.close();
    server?.process.kill();
    if (root !== undefined) rmSync(root, { recursive: true, force: true });
  });

  it('shows a kubeplan finding of the opened manifest in the Problems view', async () => {
    await page.keyboard.press('Control+P');
    await page.locator('.quick-input-widget input').fill('bad-pod.yaml');
    await page.locator('.quick-input-list .monaco-list-row', { hasText: 'bad-pod.yaml' }).first().waitFor();
    await page.keyboard.press('Enter');
    await page.locator('.monaco-editor .view-lines', { hasText: 'Sometimes' }).waitFor({ timeout: 30_000 });
    await runCommand(page, 'View: Focus Problems');
    const problem = page.locator('.markers-panel .monaco-list-row', { hasText: 'Unsupported value: "Sometimes"' });
    await problem.first().waitFor({ timeout: 90_000 });
    expect(await page.locator('.markers-panel').textContent()).toContain('kubeplan');
    await page.screenshot({ path: path.join(ARTIFACTS, 'problems.png') });
  });

  it('opens the Plan view with the nodes and pods of the workspace', async () => {
    await runCommand(page, 'kubeplan: Plan workspace');
    const frame = await findFrame(page, '.node', 90_000);
    expect(await frame.locator('.node').count()).toBeGreaterThanOrEqual(3);
    expect(await frame.locator('.pod').count()).toBeGreaterThanOrEqual(7);
    expect(await frame.locator('#headline').textContent()).toBe('7 pods · 0 pending · 1 error');
    // The refused Pod is listed with the API server's reason.
    expect(await frame.locator('h2', { hasText: 'Rejected' }).count()).toBe(1);
    await page.screenshot({ path: path.join(ARTIFACTS, 'plan-view.png') });
  });
});
