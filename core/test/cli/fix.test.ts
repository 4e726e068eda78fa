import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldenDir } from '../support/expect-golden.js';
import { runInMemory } from './run-in-memory.js';

const expectGolden = goldenDir(fileURLToPath(new URL('./golden/', import.meta.url)));
const lines = (...ls: string[]): string => `${ls.join('\n')}\n`;

function temp(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubeplan-fix-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

const CONFIG_MAP = lines(
  '# settings of the web app',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '\tname: web-settings   # tab-indented',
  'data:',
  '  cache: on     # YAML 1.1: a boolean',
  "  debug: 'no'   # already a string",
  '\tlegacy: yes',
);
const FIXED = lines(
  '# settings of the web app',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata:',
  '  name: web-settings   # tab-indented',
  'data:',
  '  cache: "on"     # YAML 1.1: a boolean',
  "  debug: 'no'   # already a string",
  '  legacy: "yes"',
);
const MIGRATIONS = lines(
  'apiVersion: policy/v1beta1',
  'kind: PodDisruptionBudget',
  'metadata: {name: web}',
  'spec: {minAvailable: 1, selector: {matchLabels: {app: web}}}',
  '---',
  'apiVersion: v1',
  'kind: Deployment',
  'metadata: {name: web}',
  'spec:',
  '  selector: {matchLabels: {app: web}}',
  '  template:',
  '    metadata: {labels: {app: web}}',
  '    spec:',
  '      containers: [{name: web, image: "nginx:1.27", imagePullPolicy: Alwayz}]',
);

describe('kubeplan lint --fix', () => {
  it('rewrites tabs, then quotes the YAML 1.1 booleans they hid, keeping comments and layout byte for byte', async () => {
    const dir = temp({ 'settings.yaml': CONFIG_MAP });
    const res = await runInMemory(['lint', '--no-config', '--preset', 'none', '--fix', dir], dir);
    expect(readFileSync(path.join(dir, 'settings.yaml'), 'utf8')).toBe(FIXED);
    expect(res.stdout).toBe('✔ No problems found\n1 resource in 1 file: 1 valid, 0 invalid · 0 errors, 0 warnings, 0 info · 0 skipped\nfixed 4 problems in 1 file\n');
    expect(res.code).toBe(0);
  });

  it('migrates removed apiVersions and kinds in the wrong group, but leaves guesses to the editor', async () => {
    const dir = temp({ 'app.yaml': MIGRATIONS });
    const res = await runInMemory(['lint', '--no-config', '--preset', 'none', '--kube-version', '1.30', '--fix', dir], dir);
    const text = readFileSync(path.join(dir, 'app.yaml'), 'utf8');
    expect(text).toBe(MIGRATIONS.replace('policy/v1beta1', 'policy/v1').replace('apiVersion: v1\nkind: Deployment', 'apiVersion: apps/v1\nkind: Deployment'));
    expect(res.stdout).toContain('schema-enum'); // "Alwayz" → "Always" is a guess: reported, not fixed
    expect(res.stdout).toMatch(/fixed 2 problems in 1 file\n$/);
    expect(res.code).toBe(1);
  });

  it('keeps a byte order mark and CRLF line ends', async () => {
    const dir = temp({ 'crlf.yaml': `\uFEFF${CONFIG_MAP.replaceAll('\n', '\r\n')}` });
    await runInMemory(['lint', '--no-config', '--fix', dir], dir);
    expect(readFileSync(path.join(dir, 'crlf.yaml'), 'utf8')).toBe(`\uFEFF${FIXED.replaceAll('\n', '\r\n')}`);
  });

  it('never edits standard input', async () => {
    const res = await runInMemory(['lint', '--no-config', '--fix', '-'], '/', CONFIG_MAP);
    expect(res.stdout).toContain('yaml-tab-indent');
    expect(res.stdout).toMatch(/fixed 0 problems in 0 files\n$/);
  });

  it('reports the count on stderr when stdout is machine-readable', async () => {
    const dir = temp({ 'settings.yaml': CONFIG_MAP });
    const res = await runInMemory(['lint', '--no-config', '-o', 'json', '--fix', dir], dir);
    expect(JSON.parse(res.stdout)).toMatchObject({ schemaVersion: 1 });
    expect(res.stderr).toBe('kubeplan: fixed 4 problems in 1 file\n');
  });
});

describe('kubeplan lint --fix-dry-run', () => {
  it('prints the fixes as a unified diff and writes nothing', async () => {
    const dir = temp({ 'settings.yaml': CONFIG_MAP, 'app.yaml': MIGRATIONS });
    const res = await runInMemory(['lint', '--no-config', '--kube-version', '1.30', '--fix-dry-run', dir], dir);
    expectGolden('fix-dry-run.diff', res.stdout);
    expect(res.stderr).toBe('kubeplan: would fix 6 problems in 2 files\n');
    expect(readFileSync(path.join(dir, 'settings.yaml'), 'utf8')).toBe(CONFIG_MAP);
    expect(res.code).toBe(1);
  });

  it('cannot be combined with --fix', async () => {
    expect((await runInMemory(['lint', '--fix', '--fix-dry-run', '.'], '/')).stderr).toBe('kubeplan: --fix and --fix-dry-run exclude each other\n');
  });
});
