// End-to-end tests of the real `kubeplan` executable, spawned as a process, on the samples and on temp files.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { goldenDir } from '../support/expect-golden.js';
import { kubeplan } from './spawn-kubeplan.js';

const expectGolden = goldenDir(fileURLToPath(new URL('./golden/', import.meta.url)));

const POD = `apiVersion: v1
kind: Pod
metadata:
  name: web
spec:
  containers:
    - name: web
      image: nginx:1.27
`;

function tempFiles(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubeplan-e2e-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(path.join(dir, name), text);
  return dir;
}

describe('kubeplan lint (text)', () => {
  it('reports the seed example\'s two mistakes at their lines and exits 1', () => {
    // The change samples hold every object twice (before/ and after/): they are planned, not linted as one set.
    const res = kubeplan(['lint', '--exclude', '**/changes/**', 'samples/']);
    expect(res.code).toBe(1);
    expect(res.stderr).toBe('');
    expectGolden('samples.txt', res.stdout);
  });

  it('exits 0 with an all-clear on clean manifests', () => {
    const res = kubeplan(['lint', 'samples/shop', 'samples/crd']);
    expect(res.code).toBe(0);
    expectGolden('shop-crd.txt', res.stdout);
  });

  it('prints only the summary with --summary, and only errors with --quiet', () => {
    const summary = kubeplan(['lint', '--summary', 'samples/seed/test-pod.yaml']);
    expect(summary.stdout.trim().split('\n')).toHaveLength(1);
    expect(summary.stdout).toMatch(/^1 resource in 1 file: 0 valid, 1 invalid/);
    const dir = tempFiles({ 'old.yaml': POD.replace('apiVersion: v1\nkind: Pod', 'apiVersion: batch/v1beta1\nkind: CronJob').replace('spec:', 'spec:\n  schedule: "* * * * *"\n  jobTemplate: {}\nxspec:') });
    const quiet = kubeplan(['lint', '-q', dir]);
    expect(quiet.stdout).toContain('api-removed');
  });

  it('colours only when asked or on a terminal, and never with NO_COLOR', () => {
    expect(kubeplan(['lint', 'samples/seed/test-pod.yaml']).stdout).not.toContain('\u001b[');
    expect(kubeplan(['lint', '--color', 'samples/seed/test-pod.yaml']).stdout).toContain('\u001b[');
    expect(kubeplan(['lint', 'samples/seed/test-pod.yaml'], { env: { NO_COLOR: '1' } }).stdout).not.toContain('\u001b[');
  });
});

describe('kubeplan lint exit codes', () => {
  it.each([
    { name: 'clean input', args: ['lint', 'samples/shop'], code: 0 },
    { name: 'error findings', args: ['lint', 'samples/seed/test-pod.yaml'], code: 1 },
    { name: '--fail-on none ignores findings', args: ['lint', '--fail-on', 'none', 'samples/seed/test-pod.yaml'], code: 0 },
    { name: 'an unknown flag is a usage error', args: ['lint', '--frobnicate', 'samples/'], code: 2 },
    { name: 'an unknown output format is a usage error', args: ['lint', '-o', 'xml', 'samples/'], code: 2 },
    { name: 'a bad --kube-version is a usage error', args: ['lint', '--kube-version', 'latest', 'samples/'], code: 2 },
    { name: 'no path is a usage error', args: ['lint'], code: 2 },
    { name: 'an unknown command is a usage error', args: ['lnt', 'samples/'], code: 2 },
    { name: 'a missing path is an I/O error', args: ['lint', 'does-not-exist.yaml'], code: 2 },
  ])('$name → $code, one line on stderr at most, no stack trace', ({ args, code }) => {
    const res = kubeplan(args);
    expect(res.code).toBe(code);
    expect(res.stderr.trim().split('\n').length).toBeLessThanOrEqual(1);
    expect(res.stderr).not.toMatch(/\n\s+at /);
  });

  it('says which path is missing, and still lints the others', () => {
    const res = kubeplan(['lint', 'does-not-exist.yaml', 'samples/shop']);
    expect(res.code).toBe(2);
    expect(res.stderr).toBe('kubeplan: path not found: does-not-exist.yaml\n');
    expect(res.stdout).toContain('15 resources in 4 files');
  });

  it('--fail-on warning fails on a deprecation warning that passes by default', () => {
    const dir = tempFiles({ 'psp.yaml': 'apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata:\n  name: x\nspec:\n  priorityLevelConfiguration:\n    name: y\n' });
    const loose = kubeplan(['lint', '--kube-version', '1.30', dir]);
    expect(loose.stdout).toContain('api-deprecated');
    expect(loose.code).toBe(0);
    expect(kubeplan(['lint', '--kube-version', '1.30', '--fail-on', 'warning', dir]).code).toBe(1);
  });

  it('prints help and version', () => {
    expect(kubeplan(['--help']).stdout).toContain('kubeplan lint');
    expect(kubeplan(['lint', '--help']).stdout).toContain('--fail-on');
    expect(kubeplan(['--version']).stdout).toMatch(/^kubeplan \d+\.\d+\.\d+/);
  });
});

describe('kubeplan lint output formats', () => {
  it('json: schemaVersion 1, 1-based positions, summary', () => {
    const res = kubeplan(['lint', '-o', 'json', 'samples/seed/test-pod.yaml']);
    expect(res.code).toBe(1);
    const doc = JSON.parse(res.stdout) as { schemaVersion: number; diagnostics: { rule: string; line: number; column: number; file: string; object?: string; path?: string }[]; summary: { resources: number; invalid: number } };
    expect(doc.schemaVersion).toBe(1);
    expect(doc.summary).toMatchObject({ resources: 1, invalid: 1 });
    expect(doc.diagnostics.map((d) => [d.rule, d.line, d.column])).toEqual([
      ['schema-type', 11, 5],
      ['latest-tag', 18, 12],
      ['yaml-syntax', 62, 7],
    ]);
    expect(doc.diagnostics[0]).toMatchObject({ file: 'samples/seed/test-pod.yaml', object: 'Pod/test-pod', path: 'metadata.annotations' });
  });

  it('sarif: 2.1.0 with rules, regions and levels', () => {
    const sarif = JSON.parse(kubeplan(['lint', '-o', 'sarif', 'samples/seed/test-pod.yaml']).stdout) as {
      version: string;
      runs: { tool: { driver: { name: string; rules: { id: string }[] } }; results: { ruleId: string; ruleIndex: number; level: string; locations: { physicalLocation: { region: { startLine: number } } }[] }[] }[];
    };
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0]!;
    expect(run.tool.driver.name).toBe('kubeplan');
    expect(run.results.map((r) => [r.ruleId, r.level, r.locations[0]!.physicalLocation.region.startLine])).toEqual([
      ['schema-type', 'error', 11],
      ['latest-tag', 'warning', 18],
      ['yaml-syntax', 'error', 62],
    ]);
    for (const r of run.results) expect(run.tool.driver.rules[r.ruleIndex]!.id).toBe(r.ruleId);
  });

  it('junit: a suite per file and a case per object', () => {
    const xml = kubeplan(['lint', '-o', 'junit', 'samples/seed/test-pod.yaml', 'samples/crd']).stdout;
    expect(xml).toMatch(/^<\?xml/);
    expect(xml.match(/<testsuite /g)).toHaveLength(3);
    expect(xml).toContain('name="Pod/test-pod"');
    expect(xml).toContain('<failure');
    expect(xml).toContain('name="Backup/shop/nightly"');
  });

  it('github: one workflow command per finding', () => {
    const lines = kubeplan(['lint', '-o', 'github', 'samples/seed/test-pod.yaml']).stdout.trim().split('\n');
    expect(lines).toHaveLength(3);
    expect(lines[1]).toMatch(/^::warning file=samples\/seed\/test-pod\.yaml,line=18,col=12,.*title=kubeplan latest-tag::/);
    expect(lines[0]).toMatch(/^::error file=samples\/seed\/test-pod\.yaml,line=11,col=5,endLine=11,endColumn=\d+,title=kubeplan schema-type::metadata\.annotations: expected a map/);
  });
});

describe('kubeplan lint inputs', () => {
  it('reads standard input with -', () => {
    const res = kubeplan(['lint', '-o', 'json', '-'], { input: POD.replace('image: nginx:1.27', 'image: nginx:1.27\n      imagePullPolicy: Alwayz') });
    const doc = JSON.parse(res.stdout) as { diagnostics: { file: string; line: number; message: string }[] };
    expect(res.code).toBe(1);
    expect(doc.diagnostics).toHaveLength(1);
    expect(doc.diagnostics[0]).toMatchObject({ file: '<stdin>', line: 9 });
    expect(doc.diagnostics[0]!.message).toContain('Unsupported value: "Alwayz": supported values: "Always", "IfNotPresent", "Never"');
  });

  it('--exclude leaves matching files out of a directory scan', () => {
    const res = kubeplan(['lint', '--summary', '--exclude', '**/seed/**', '--exclude', '**/changes/**', 'samples/']);
    expect(res.code).toBe(0);
    expect(res.stdout).toMatch(/^44 resources in 20 files/);
  });

  it('--no-strict turns unknown fields into warnings', () => {
    const dir = tempFiles({ 'pod.yaml': POD.replace('  containers:', '  restartPolicy: Always\n  restartpolicy: Never\n  containers:') });
    const strict = kubeplan(['lint', '-o', 'json', dir]);
    expect(strict.code).toBe(1);
    expect(strict.stdout).toContain('unknown field \\"restartpolicy\\" in PodSpec');
    const loose = kubeplan(['lint', '--no-strict', dir]);
    expect(loose.code).toBe(0);
    expect(loose.stdout).toContain('warning  schema-unknown-field');
    const typo = kubeplan(['lint', tempFiles({ 'pod.yaml': POD.replace('  containers:', '  contianers:') })]);
    expect(typo.stdout).toContain('unknown field "contianers" in PodSpec (did you mean "containers"?)');
  });

  it('--jobs 2 gives the same report as one thread', () => {
    const one = kubeplan(['lint', '-o', 'json', '--exclude', '**/changes/**', 'samples/']);
    const two = kubeplan(['lint', '-o', 'json', '--jobs', '2', '--exclude', '**/changes/**', 'samples/']);
    expect(two.code).toBe(one.code);
    expect(two.stdout).toBe(one.stdout);
  });
});
