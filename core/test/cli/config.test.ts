import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { runInMemory } from './run-in-memory.js';

/** A temp repository (it has a .git folder) with these files. */
function repo(files: Record<string, string>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubeplan-cfg-'));
  mkdirSync(path.join(dir, '.git'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(dir, name)), { recursive: true });
    writeFileSync(path.join(dir, name), text);
  }
  return dir;
}

const WIDGET = 'apiVersion: example.com/v1\nkind: Widget\nmetadata: {name: w}\n';
const FLOW_SCHEMA = 'apiVersion: flowcontrol.apiserver.k8s.io/v1beta3\nkind: FlowSchema\nmetadata: {name: f}\nspec: {priorityLevelConfiguration: {name: p}}\n';
const TYPO = 'apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\ndatta: {}\n';
const rules = (stdout: string): string[] => [...stdout.matchAll(/^ {2}\S+:\d+:\d+ +(\w+) +(\S+)/gm)].map((m) => `${m[2]} ${m[1]}`);

describe('kubeplan lint with .kubeplan.yaml', () => {
  it('finds the file above the inputs and applies it; --no-config ignores it', async () => {
    const dir = repo({ '.kubeplan.yaml': 'preset: none\nrules: {schema-missing: off}\n', 'deploy/widget.yaml': WIDGET });
    const input = path.join(dir, 'deploy');
    expect(rules((await runInMemory(['lint', input], dir)).stdout)).toEqual([]);
    expect(rules((await runInMemory(['lint', '--no-config', '--preset', 'none', input], dir)).stdout)).toEqual(['schema-missing warning']);
  });

  it('--config names the file to read instead', async () => {
    const dir = repo({ '.kubeplan.yaml': 'rules: {schema-missing: off}\n', 'ci.yaml': 'preset: none\nrules: {schema-missing: error}\n', 'widget.yaml': WIDGET });
    const res = await runInMemory(['lint', '--config', 'ci.yaml', path.join(dir, 'widget.yaml')], dir);
    expect(rules(res.stdout)).toEqual(['schema-missing error']);
    expect(res.code).toBe(1);
  });

  it('a missing --config file is a usage error', async () => {
    const dir = repo({});
    expect(await runInMemory(['lint', '--config', 'nope.yaml', dir], dir)).toEqual({ code: 2, stdout: '', stderr: 'kubeplan: configuration file not found: nope.yaml\n' });
    expect((await runInMemory(['lint', '--config', 'a.yaml', '--no-config', dir], dir)).stderr).toBe('kubeplan: --config and --no-config exclude each other\n');
  });

  it('reports problems of the file at their position and lints with the valid rest', async () => {
    const dir = repo({ '.kubeplan.yaml': 'preset: none\nrules:\n  schema-mising: off\n  schema-unknown-field: warning\n', 'c.yaml': TYPO });
    const res = await runInMemory(['lint', path.join(dir, 'c.yaml')], dir);
    expect(res.stdout).toContain('.kubeplan.yaml:3:3  error  config-invalid  unknown rule "schema-mising" (did you mean "schema-missing"?)');
    expect(rules(res.stdout)).toEqual(['config-invalid error', 'schema-unknown-field warning']);
    expect(res.code).toBe(1);
  });

  it('flags win over the file, the file over the defaults', async () => {
    const dir = repo({ '.kubeplan.yaml': 'preset: none\nkubeVersion: "1.30"\nstrict: false\n', 'f.yaml': FLOW_SCHEMA, 'c.yaml': TYPO });
    const files = [path.join(dir, 'f.yaml'), path.join(dir, 'c.yaml')];
    expect(rules((await runInMemory(['lint', ...files], dir)).stdout)).toEqual(['schema-unknown-field warning', 'api-deprecated warning']);
    expect(rules((await runInMemory(['lint', '--kube-version', '1.36', '--strict', ...files], dir)).stdout)).toEqual(['schema-unknown-field error', 'api-removed error']);
    expect(rules((await runInMemory(['lint', '--no-config', '--preset', 'none', ...files], dir)).stdout)).toEqual(['schema-unknown-field error', 'api-removed error']);
  });

  it('ignore.paths leaves files out, relative to the configuration\'s folder', async () => {
    const dir = repo({ '.kubeplan.yaml': 'preset: none\nignore: {paths: ["generated/**"]}\n', 'generated/c.yaml': TYPO, 'own/c.yaml': TYPO });
    const res = await runInMemory(['lint', '--summary', dir], dir);
    expect(res.stdout).toMatch(/^1 resource in 1 file/);
  });
});
