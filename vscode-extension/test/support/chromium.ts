/**
 * Debian's chromium for browser tests (playwright-core drives it; no browser download). Absent locally, the
 * tests skip with a message; with CI=true they fail instead, so CI never passes without them.
 */
import { existsSync } from 'node:fs';

const CANDIDATES = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'];

export const CHROMIUM = CANDIDATES.find((p): p is string => p !== undefined && p !== '' && existsSync(p));

export const CHROMIUM_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'];

/** Whether to skip: only locally, with a clear message. */
export function skipWithoutChromium(what: string): boolean {
  if (CHROMIUM !== undefined) return false;
  if (process.env.CI === 'true') throw new Error(`${what}: chromium is not installed (apt-get install -y chromium); CI must not skip this test`);
  console.warn(`${what}: skipped, chromium is not installed (apt-get install -y chromium, or set CHROMIUM_PATH)`);
  return true;
}
