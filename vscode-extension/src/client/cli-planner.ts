/**
 * Plans the language server cannot make yet, with core's CLI bundled beside the server (dist/server/cli.js):
 * against a git base (`--base`), and scheduling explanations (`--explain`). It runs in a child process, so
 * the extension host never loads core.
 */
import { spawn } from 'node:child_process';
import type { JsonPlanDocument } from '@kubeplan/core';
import { cliFlags, type ServerSettings } from './server-settings.js';

/** Runs `kubeplan <args>` in `cwd`: stdout on exit 0 or 1 (1 means findings, the output is still whole). */
export function runCli(cli: string, args: readonly string[], cwd: string): Promise<string> {
  return new Promise((resolve, reject) => {
    // In VS Code the extension host's executable is Electron: run it as Node.
    const child = spawn(process.execPath, [cli, ...args], { cwd, env: { ...process.env, ELECTRON_RUN_AS_NODE: '1', NO_COLOR: '1' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0 || code === 1) resolve(Buffer.concat(out).toString('utf8'));
      else reject(new Error(Buffer.concat(err).toString('utf8').trim() || `kubeplan exited with ${code}`));
    });
  });
}

export function planAgainstArgs(base: string, settings: ServerSettings): string[] {
  return ['plan', '.', '--base', base, '--output', 'json', ...cliFlags(settings)];
}

export function explainArgs(pod: string, settings: ServerSettings): string[] {
  return ['plan', '.', '--explain', pod, '--output', 'markdown', ...cliFlags(settings)];
}

export async function planAgainst(cli: string, base: string, folder: string, settings: ServerSettings): Promise<JsonPlanDocument> {
  return JSON.parse(await runCli(cli, planAgainstArgs(base, settings), folder)) as JsonPlanDocument;
}
