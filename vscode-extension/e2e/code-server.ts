/** code-server for the end-to-end test: installed by scripts/setup-code-server.sh, run on 127.0.0.1. */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { EXTENSION_DIR } from '../test/support/built-extension.js';

const ENTRY = path.join(EXTENSION_DIR, '.build/code-server/package/out/node/entry.js');

export function ensureCodeServer(): string {
  if (!existsSync(ENTRY)) execFileSync('bash', [path.join(EXTENSION_DIR, 'scripts/setup-code-server.sh')], { stdio: 'inherit' });
  return ENTRY;
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.listen(0, '127.0.0.1', () => {
      const address = s.address();
      s.close(() => (typeof address === 'object' && address !== null ? resolve(address.port) : reject(new Error('no port'))));
    });
  });
}

export interface CodeServer {
  url: string;
  process: ChildProcess;
  log: string[];
}

export interface Dirs {
  userData: string;
  extensions: string;
}

/** A fresh profile: no workspace-trust prompt, no welcome page, no telemetry. */
export function profile(root: string): Dirs {
  const dirs = { userData: path.join(root, 'user-data'), extensions: path.join(root, 'extensions') };
  mkdirSync(path.join(dirs.userData, 'User'), { recursive: true });
  mkdirSync(dirs.extensions, { recursive: true });
  const settings = { 'security.workspace.trust.enabled': false, 'workbench.startupEditor': 'none', 'telemetry.telemetryLevel': 'off', 'extensions.autoUpdate': false, 'workbench.tips.enabled': false };
  writeFileSync(path.join(dirs.userData, 'User/settings.json'), JSON.stringify(settings, null, 2));
  return dirs;
}

export function installExtension(entry: string, dirs: Dirs, vsix: string): string {
  return execFileSync(process.execPath, [entry, '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, '--install-extension', vsix], { encoding: 'utf8' });
}

export async function startCodeServer(entry: string, dirs: Dirs, folder: string): Promise<CodeServer> {
  const port = await freePort();
  const args = [entry, '--bind-addr', `127.0.0.1:${port}`, '--auth', 'none', '--disable-telemetry', '--disable-update-check', '--disable-workspace-trust', '--user-data-dir', dirs.userData, '--extensions-dir', dirs.extensions, folder];
  const child = spawn(process.execPath, args, { env: { ...process.env, HOME: path.dirname(dirs.userData) }, stdio: ['ignore', 'pipe', 'pipe'] });
  const log: string[] = [];
  child.stdout?.on('data', (b: Buffer) => log.push(b.toString()));
  child.stderr?.on('data', (b: Buffer) => log.push(b.toString()));
  const url = `http://127.0.0.1:${port}`;
  for (let i = 0; i < 120; i++) {
    try {
      const r = await fetch(`${url}/healthz`);
      if (r.ok) return { url, process: child, log };
    } catch {
      // not listening yet
    }
    if (child.exitCode !== null) break;
    await new Promise((r) => setTimeout(r, 250));
  }
  child.kill();
  throw new Error(`code-server did not start:\n${log.join('')}`);
}
