import { describe, expect, it } from 'vitest';
import { fileDiagnostics, documentDiagnostics } from '../../src/features/diagnostics.js';
import { CONFIGMAP, DEPLOYMENT, SERVICE, workspaceOf } from './workspace-of.js';

describe('fileDiagnostics', () => {
  it('checks a file against the other files of the workspace', async () => {
    const t = await workspaceOf({ 'svc.yaml': SERVICE.replace('app: web', 'app: api'), 'deploy.yaml': DEPLOYMENT, 'cm.yaml': CONFIGMAP });
    expect(fileDiagnostics(t.ws, t.file('svc.yaml')).map((d) => d.rule)).toContain('service-selects-no-pods');
    t.set('svc.yaml', SERVICE);
    expect(fileDiagnostics(t.ws, t.file('svc.yaml')).map((d) => d.rule)).not.toContain('service-selects-no-pods');
  });

  it('says nothing about YAML that is not a Kubernetes manifest, even broken', async () => {
    const t = await workspaceOf({ 'compose.yml': 'services:\n  web:\n    image: [unclosed\n', 'ci.yml': 'on: push\njobs: {}\n' });
    expect(fileDiagnostics(t.ws, t.file('compose.yml'))).toEqual([]);
    expect(fileDiagnostics(t.ws, t.file('ci.yml'))).toEqual([]);
  });

  it('reports YAML errors of a manifest being typed', async () => {
    const t = await workspaceOf({ 'pod.yaml': 'apiVersion: v1\nkind: Pod\nmetadata:\n  name: [x\n' });
    expect(fileDiagnostics(t.ws, t.file('pod.yaml')).map((d) => d.rule)).toContain('yaml-syntax');
  });

  it('converts to LSP with the rule as code, its docs link and the fix as data', async () => {
    const t = await workspaceOf({ 'pdb.yaml': 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: x\nspec:\n  minAvailable: 1\n' });
    const d = documentDiagnostics(t.ws, t.file('pdb.yaml')).find((x) => x.code === 'api-removed');
    expect(d).toMatchObject({ source: 'kubeplan', severity: 1, codeDescription: { href: expect.stringContaining('#api-removed') as unknown } });
    expect(d?.data).toMatchObject({ rule: 'api-removed', fix: { title: 'Change apiVersion to policy/v1' } });
  });

  it('logs a rule that throws and skips it, keeping the other findings', async () => {
    const t = await workspaceOf({ 'deploy.yaml': DEPLOYMENT.replace('nginx:1.27', 'nginx:latest') });
    t.ws.ruleSet = t.ws.ruleSet.map((r) => (r.meta.id === 'latest-tag' ? { ...r, check: () => { throw new Error('boom'); } } : r));
    const rules = fileDiagnostics(t.ws, t.file('deploy.yaml')).map((d) => d.rule);
    expect(rules).not.toContain('latest-tag');
    expect(t.logged.some((l) => l.startsWith('error rule latest-tag failed on Deployment/web'))).toBe(true);
  });
});
