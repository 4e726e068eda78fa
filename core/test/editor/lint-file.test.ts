import { describe, expect, it } from 'vitest';
import { ALL_RULES, createValidator, EDITOR_RULES, lintFile, loadText, ruleFixes, SchemaRegistry, type Diagnostic, type Manifest } from '../../src/index.js';
import { nodeInfoFromObject } from '../../src/cluster/node-info.js';

const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 1
  selector:
    matchLabels: {app: web}
  template:
    metadata:
      labels: {app: web}
    spec:
      containers:
        - name: web
          image: nginx:1.27
`;
const SERVICE = 'apiVersion: v1\nkind: Service\nmetadata:\n  name: web\nspec:\n  selector:\n    app: web\n  ports:\n    - port: 80\n';

const registry = SchemaRegistry.load();
const validator = createValidator(registry);

function lint(file: string, text: string, others: Record<string, string>, extra: Partial<Parameters<typeof lintFile>[1]> = {}): Diagnostic[] {
  const otherManifests: Manifest[] = Object.entries(others).flatMap(([f, t]) => loadText(t, f).manifests);
  return lintFile({ file, text, loaded: loadText(text, file), others: otherManifests, before: (o) => o < file }, { validator, registry, ...extra });
}

describe('lintFile', () => {
  it('resolves references in the other files and reports only its own file', () => {
    expect(lint('svc.yaml', SERVICE, { 'deploy.yaml': DEPLOYMENT }).map((d) => d.rule)).not.toContain('service-selects-no-pods');
    const alone = lint('svc.yaml', SERVICE, {});
    expect(alone.map((d) => d.rule)).toContain('service-selects-no-pods');
    expect(new Set(alone.map((d) => d.file))).toEqual(new Set(['svc.yaml']));
  });

  it('reports an object defined again after a file that comes first', () => {
    expect(lint('b.yaml', SERVICE, { 'a.yaml': SERVICE }).map((d) => d.rule)).toContain('duplicate-object');
    expect(lint('a.yaml', SERVICE, { 'b.yaml': SERVICE }).map((d) => d.rule)).not.toContain('duplicate-object');
  });

  it('hands a rule that throws to onRuleError and keeps the other findings', () => {
    const errors: string[] = [];
    const ruleSet = ALL_RULES.map((r) => (r.meta.id === 'latest-tag' ? { ...r, check: () => { throw new Error('boom'); } } : r));
    const text = DEPLOYMENT.replace('nginx:1.27', 'nginx').replace('replicas: 1', 'replicas: "1"');
    const found = lint('d.yaml', text, {}, { ruleSet, onRuleError: (rule, object) => errors.push(`${rule} ${object}`) });
    expect(errors).toEqual(['latest-tag Deployment/web']);
    const withoutRule = lint('d.yaml', text, {}, { rules: { preset: 'recommended', rules: { 'latest-tag': { level: 'off' } }, assumeComplete: false } });
    expect(found).toEqual(withoutRule);
    expect(found.map((d) => d.rule)).toContain('schema-type');
  });
});

describe('taints-not-tolerated and its toleration fix', () => {
  const node = nodeInfoFromObject({ apiVersion: 'v1', kind: 'Node', metadata: { name: 'db-1' }, spec: { taints: [{ key: 'dedicated', value: 'db', effect: 'NoSchedule' }] } });
  const options = { ruleSet: [...ALL_RULES, ...EDITOR_RULES], cluster: { nodes: [node] } };

  it('reports a workload no node accepts because of a taint, and the fix tolerates it', () => {
    const d = lint('d.yaml', DEPLOYMENT, {}, options).find((x) => x.rule === 'taints-not-tolerated');
    expect(d?.message).toBe('0/1 nodes are available: 1 node(s) had untolerated taint(s). Taints not tolerated: dedicated=db:NoSchedule.');
    const m = loadText(DEPLOYMENT, 'd.yaml').manifests[0] as Manifest;
    const [fix] = ruleFixes(d as Diagnostic, { text: DEPLOYMENT, object: m.object, positions: m.source.positions }, { clusterTaints: ['dedicated=db:NoSchedule'] });
    expect(fix?.title).toBe('Add a toleration for the taint dedicated=db:NoSchedule');
    const fixed = DEPLOYMENT.replace('    spec:\n      containers:', '    spec:\n      tolerations:\n        - {key: dedicated, operator: Equal, value: db, effect: NoSchedule}\n      containers:');
    expect(lint('d.yaml', fixed, {}, options).map((x) => x.rule)).not.toContain('taints-not-tolerated');
  });
});
