// Acceptance: a second, independent client. Neovim 0.7's built-in LSP client (Debian's `neovim`, which
// .ci/run installs) opens a manifest with a known error; the diagnostic and a hover must reach it.
// Locally without nvim the test is skipped with a message; in CI (CI=true) a missing nvim is a failure.
import { execFile, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureServerBuilt } from '../support/ensure-built.js';
import { copyFixture, type FixtureWorkspace } from '../support/fixture-workspace.js';
import { SERVER_BIN } from '../support/paths.js';
import { positionIn } from '../support/text-model.js';

const SCRIPT = path.join(path.dirname(fileURLToPath(import.meta.url)), 'nvim-client.lua');
const TIMEOUT_MS = 20_000;
const hasNvim = spawnSync('nvim', ['--version'], { stdio: 'ignore' }).status === 0;
const inCi = process.env.CI === 'true';

interface NvimDiagnostic {
  lnum: number;
  col: number;
  end_lnum: number;
  end_col: number;
  severity: number;
  code: string;
  message: string;
  source: string;
}

interface NvimOutput {
  nvim: string;
  filetype: string;
  diagnostics: NvimDiagnostic[];
  hover: { kind: string; value: string } | string | null;
  errors: string[];
  exit?: { code: number; signal: number };
}

if (!hasNvim && !inCi) {
  console.warn('neovim.test.ts: skipped, nvim is not installed (apt-get install -y neovim; .ci/run installs it in CI)');
}

// Never a silent skip in CI: there a missing nvim is a failing test.
if (!hasNvim && inCi) {
  describe('Neovim in CI', () => {
    it('is installed, as .ci/run does when it is missing', () => {
      expect.fail("CI=true but nvim is not installed: .ci/run must install Debian's neovim package");
    });
  });
}

describe.skipIf(!hasNvim)('Neovim 0.7 as the client', () => {
  let ws: FixtureWorkspace;
  let output: NvimOutput;
  let text: string;

  beforeAll(async () => {
    ensureServerBuilt();
    ws = copyFixture();
    text = ws.read('broken/broken.yaml');
    const hover = positionIn(text, 'replicas', 2, { after: 'kind: Deployment' });
    const env = {
      ...process.env,
      KUBEPLAN_NODE: process.execPath,
      KUBEPLAN_LSP_BIN: SERVER_BIN,
      KUBEPLAN_ROOT: ws.root,
      KUBEPLAN_FILE: ws.path('broken/broken.yaml'),
      KUBEPLAN_OUT: ws.path('nvim-out.json'),
      KUBEPLAN_EXPECT_CODE: 'api-removed',
      KUBEPLAN_HOVER_LINE: String(hover.line),
      KUBEPLAN_HOVER_CHARACTER: String(hover.character),
      KUBEPLAN_TIMEOUT_MS: String(TIMEOUT_MS),
    };
    const run = promisify(execFile)('nvim', ['--headless', '-u', 'NONE', '-i', 'NONE', '-n', '-c', `luafile ${SCRIPT}`], {
      cwd: ws.root,
      env,
      timeout: 3 * TIMEOUT_MS,
    });
    const exit = await run.then(
      () => 0,
      (error: { code?: number; stderr?: string }) => `exit ${String(error.code)} ${error.stderr ?? ''}`,
    );
    if (!existsSync(ws.path('nvim-out.json'))) throw new Error(`nvim wrote no output: ${String(exit)}`);
    output = JSON.parse(readFileSync(ws.path('nvim-out.json'), 'utf8')) as NvimOutput;
    expect(output.errors, `nvim: ${String(exit)}`).toEqual([]);
  });
  afterAll(() => ws?.dispose());

  it('runs Neovim 0.7 or later with the buffer as yaml', () => {
    expect(Number(output.nvim.split('.')[1])).toBeGreaterThanOrEqual(7);
    expect(output.filetype).toBe('yaml');
  });

  it('receives the removed-apiVersion error at its exact place', () => {
    const removed = output.diagnostics.find((d) => d.code === 'api-removed');
    const at = positionIn(text, 'policy/v1beta1');
    expect(removed).toMatchObject({ lnum: at.line, col: at.character, end_lnum: at.line, end_col: at.character + 'policy/v1beta1'.length, severity: 1 });
    expect(removed?.message).toContain('policy/v1');
  });

  it('receives every other known problem of the file', () => {
    expect(output.diagnostics.map((d) => d.code).sort()).toEqual(['api-removed', 'latest-tag', 'schema-type', 'schema-unknown-field']);
  });

  it('receives a hover with the field documentation', () => {
    const value = typeof output.hover === 'string' ? output.hover : (output.hover?.value ?? '');
    expect(value).toContain('Number of desired pods');
  });

  it('sees the server exit cleanly when it stops the client', () => {
    expect(output.exit?.code).toBe(0);
  });
});
