// End-to-end tests of configuration, suppressions, --fix and `kubeplan rules` through the real executable.
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { kubeplan } from './spawn-kubeplan.js';

function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubeplan-e2e-cfg-'));
  mkdirSync(path.join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const lines = (...ls: string[]): string => `${ls.join('\n')}\n`;
const DEPLOYMENT = lines(
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata:',
  '  name: web',
  '  annotations: {kubeplan.io/ignore: schema-enum}',
  'spec:',
  '  selector: {matchLabels: {app: web}}',
  '  template:',
  '    metadata: {labels: {app: web}}',
  '    spec:',
  '      containers:',
  '        - name: app',
  '          image: nginx:1.27',
  '          imagePullPolicy: Alwayz',
  '          bogus: 1',
  '        # kubeplan-ignore schema-unknown-field: read by the mesh',
  '        - name: sidecar',
  '          image: envoy:1.30',
  '          bogus: 2',
);
const CONFIG_MAPS = lines(
  '# kubeplan-ignore-file schema-missing',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: {name: a}',
  'data:',
  '  enabled: yes # kubeplan-ignore schema-type: read as a string by the app anyway',
  '  other: on',
  '---',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: {name: b}',
  'data: {x: "1"} # kubeplan-ignore schema-type',
);

describe('kubeplan lint: configuration and suppressions (e2e)', () => {
  it('applies .kubeplan.yaml, suppressions and unused-ignore the same with and without --jobs', () => {
    const dir = repo({ '.kubeplan.yaml': 'preset: none\n', 'k8s/deploy.yaml': DEPLOYMENT, 'k8s/config.yaml': CONFIG_MAPS });
    const one = kubeplan(['lint', 'k8s'], { cwd: dir });
    expect(one.stdout).toBe(
      [
        'k8s/config.yaml',
        '  k8s/config.yaml:1:1    info   unused-ignore  unused kubeplan-ignore-file: no schema-missing finding in this file',
        '  k8s/config.yaml:7:10   error  schema-type    data.other: expected string, got boolean: "on" is read as a YAML 1.1 boolean; quote it: "on" (ConfigMap/a)',
        '  k8s/config.yaml:12:16  info   unused-ignore  unused kubeplan-ignore: no schema-type finding here',
        '',
        'k8s/deploy.yaml',
        '  k8s/deploy.yaml:15:11  error  schema-unknown-field  unknown field "bogus" in Container (Deployment/web)',
        '',
        '3 resources in 2 files: 1 valid, 2 invalid · 2 errors, 0 warnings, 2 info · 0 skipped',
        '',
      ].join('\n'),
    );
    expect(one.code).toBe(1);
    expect(kubeplan(['lint', '-j', '2', 'k8s'], { cwd: dir })).toEqual(one);
  });

  it('reports a bad configuration at its position and goes on', () => {
    const dir = repo({ '.kubeplan.yaml': 'preset: none\nrules:\n  schema-type: loud\n', 'config.yaml': CONFIG_MAPS });
    const res = kubeplan(['lint', '-o', 'json', 'config.yaml'], { cwd: dir });
    const doc = JSON.parse(res.stdout) as { diagnostics: { file: string; line: number; column: number; rule: string; message: string }[] };
    expect(doc.diagnostics[0]).toEqual(expect.objectContaining({ file: '.kubeplan.yaml', line: 3, column: 16, rule: 'config-invalid' }));
    expect(doc.diagnostics.map((d) => d.rule)).toContain('schema-type');
    expect(res.code).toBe(1);
  });

  it('--config, --no-config and --preset override the file found', () => {
    const dir = repo({ '.kubeplan.yaml': 'rules: {schema-type: off}\n', 'strict.yaml': 'preset: none\nrules: {schema-type: warning}\n', 'config.yaml': CONFIG_MAPS });
    expect(kubeplan(['lint', '--config', 'strict.yaml', 'config.yaml'], { cwd: dir }).stdout).toMatch(/warning +schema-type /);
    expect(kubeplan(['lint', '--preset', 'none', 'config.yaml'], { cwd: dir }).stdout).not.toContain('schema-type ');
    expect(kubeplan(['lint', '--preset', 'none', '--no-config', 'config.yaml'], { cwd: dir }).stdout).toContain('schema-type ');
    expect(kubeplan(['lint', '--preset', 'loose', 'config.yaml'], { cwd: dir })).toMatchObject({ code: 2, stderr: 'kubeplan: --preset must be one of recommended, strict, none (got "loose")\n' });
  });
});

describe('kubeplan lint --fix (e2e)', () => {
  const TABBED = 'apiVersion: v1\nkind: ConfigMap\nmetadata:\n\tname: a # the name\ndata:\n  on: on\n';

  it('writes the safe fixes and reports what remains', () => {
    const dir = repo({ 'a.yaml': TABBED });
    const res = kubeplan(['lint', '--preset', 'none', '--fix', 'a.yaml'], { cwd: dir });
    expect(readFileSync(path.join(dir, 'a.yaml'), 'utf8')).toBe('apiVersion: v1\nkind: ConfigMap\nmetadata:\n  name: a # the name\ndata:\n  on: "on"\n');
    expect(res.stdout).toMatch(/0 errors.*\nfixed 2 problems in 1 file\n$/);
    expect(res.code).toBe(0);
  });

  it('--fix-dry-run prints a patch and leaves the file alone', () => {
    const dir = repo({ 'a.yaml': TABBED });
    const res = kubeplan(['lint', '--preset', 'none', '--fix-dry-run', 'a.yaml'], { cwd: dir });
    expect(res.stdout).toBe('--- a/a.yaml\n+++ b/a.yaml\n@@ -1,6 +1,6 @@\n apiVersion: v1\n kind: ConfigMap\n metadata:\n-\tname: a # the name\n+  name: a # the name\n data:\n-  on: on\n+  on: "on"\n');
    expect(res.stderr).toBe('kubeplan: would fix 2 problems in 1 file\n');
    expect(readFileSync(path.join(dir, 'a.yaml'), 'utf8')).toBe(TABBED);
  });
});

describe('kubeplan rules (e2e)', () => {
  it('lists the rules by category and explains one', () => {
    const list = kubeplan(['rules']);
    expect(list.code).toBe(0);
    expect(list.stdout).toMatch(/^Input: files and YAML \(\d+\)\n {2}file-too-large +error +always +A file is larger/);
    expect(list.stdout).toMatch(/^ {2}selector-matches-template +error +recommended +/m);
    const one = kubeplan(['rules', 'yaml-tab-indent']);
    expect(one.stdout).toContain('How to fix\n  Indent with spaces.');
    expect(JSON.parse(kubeplan(['rules', '-o', 'json', 'unused-ignore']).stdout)).toMatchObject({ schemaVersion: 1, rule: { id: 'unused-ignore', defaultSeverity: 'info' } });
  });

  it('exits 2 with a suggestion on an unknown rule id', () => {
    expect(kubeplan(['rules', 'yaml-tab-indnet'])).toEqual({ code: 2, stdout: '', stderr: 'kubeplan: unknown rule "yaml-tab-indnet" (did you mean "yaml-tab-indent"?); "kubeplan rules" lists them\n' });
  });
});
