import { describe, expect, it } from 'vitest';
import { loadText } from '../../src/load/index.js';
import { runRules, type Rule, type RuleContext, type RuleSettings } from '../../src/rules/index.js';
import { memoPerParams } from '../../src/rules/rule-config.js';
import { SchemaRegistry } from '../../src/schema/index.js';

const registry = SchemaRegistry.load();
const settings = (rules: RuleSettings['rules'] = {}): RuleSettings => ({ preset: 'strict', rules, assumeComplete: false });

const YAML = [
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: web}',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: app',
  '          image: nginx:1.27',
  '---',
  'apiVersion: apps/v1',
  'kind: Deployment',
  'metadata: {name: api}',
  'spec:',
  '  template:',
  '    spec:',
  '      containers:',
  '        - name: app',
  '          image: api:2',
  '      ephemeralContainers:',
  '        - name: debug',
  '          image: busybox',
  '---',
  'apiVersion: v1',
  'kind: ConfigMap',
  'metadata: {name: c}',
].join('\n');

/** A rule made of a check, for the engine's sake. */
function rule(id: string, check: (ctx: RuleContext) => void, kinds?: readonly string[], params?: Record<string, unknown>): Rule {
  return {
    meta: { id, category: 'metadata', defaultSeverity: 'warning', preset: 'strict', summary: id, rationale: '', howToFix: '', ...(params ? { params } : {}) },
    ...(kinds ? { kinds } : {}),
    check,
  };
}

function run(rules: readonly Rule[], ruleSettings = settings()) {
  return runRules(loadText(YAML, 'w.yaml').manifests, rules, { settings: ruleSettings, defaultNamespace: 'default', isNamespaced: (a, k) => registry.isNamespaced(a, k) });
}

describe('runRules', () => {
  it('formats array paths as formatPath does, and positions a finding on a written value or the nearest written key', () => {
    const found = run([
      rule('paths', (ctx) => {
        ctx.report({ path: ['spec', 'template', 'spec', 'containers', 0, 'image'], message: 'image' });
        ctx.report({ path: ['spec', 'template', 'spec', 'containers', 0, 'securityContext', 'privileged'], message: 'missing' });
        ctx.report({ path: ['metadata', 'annotations', 'example.com/x'], message: 'odd key' });
      }, ['Deployment']),
    ]).diagnostics;
    expect(found.map((d) => [d.object, d.path, `${d.range.start.line}:${d.range.start.col}-${d.range.end.line}:${d.range.end.col}`])).toEqual([
      ['Deployment/web', 'spec.template.spec.containers[0].image', '8:17-8:27'],
      // missing: on the nearest written ancestor, the container item (no key: its first line)
      ['Deployment/web', 'spec.template.spec.containers[0].securityContext.privileged', '7:10-7:19'],
      ['Deployment/web', 'metadata.annotations["example.com/x"]', '2:0-2:8'],
      ['Deployment/api', 'spec.template.spec.containers[0].image', '18:17-18:22'],
      ['Deployment/api', 'spec.template.spec.containers[0].securityContext.privileged', '17:10-17:19'],
      ['Deployment/api', 'metadata.annotations["example.com/x"]', '12:0-12:8'],
    ]);
  });

  it('gives every rule of an object the same pod facts as the index, with ephemeral containers apart', () => {
    const seen: string[] = [];
    run([
      rule('pod', (ctx) => {
        const pod = ctx.pod;
        if (pod === undefined) return void seen.push(`${String(ctx.object.kind)}: none`);
        expect(ctx.index.entryOf(ctx.manifest)?.pod).toBe(pod);
        expect(pod.template).toBe(ctx.index.entryOf(ctx.manifest)?.podTemplate);
        seen.push(`${pod.containers.map((c) => c.name).join(',')} / ${pod.allContainers.map((c) => c.name).join(',')}`);
      }),
    ]);
    expect(seen).toEqual(['app / app', 'app / app,debug', 'ConfigMap: none']);
  });

  it('shares a value among the rules of one object only', () => {
    const key = {};
    const made: string[] = [];
    const share = (ctx: RuleContext): string => ctx.shared(key, () => {
      made.push(String(ctx.object.kind));
      return `${String(ctx.object.kind)} ${made.length}`;
    });
    const values: string[] = [];
    run([rule('a', (ctx) => void values.push(share(ctx))), rule('b', (ctx) => void values.push(share(ctx)))]);
    expect(made).toEqual(['Deployment', 'Deployment', 'ConfigMap']);
    expect(values).toEqual(['Deployment 1', 'Deployment 1', 'Deployment 2', 'Deployment 2', 'ConfigMap 3', 'ConfigMap 3']);
  });

  it('lets a configured level win over the severity a rule picks, and reports a rule that throws as an internal warning', () => {
    const picky = rule('picky', (ctx) => ctx.report({ path: ['metadata', 'name'], message: 'x', severity: 'info' }), ['ConfigMap']);
    const broken = rule('broken', () => {
      throw new Error('boom');
    }, ['ConfigMap']);
    expect(run([picky, broken], settings({ picky: { level: 'error' } })).diagnostics.map((d) => `${d.rule} ${d.severity} ${d.message}`)).toEqual([
      'picky error x',
      'broken warning internal error in rule broken: boom',
    ]);
    const result = run([picky]);
    expect(result.diagnostics.map((d) => d.severity)).toEqual(['info']);
    expect(result.invalid.size).toBe(0);
  });
});

describe('memoPerParams', () => {
  it('works a value out once per run (per parameters object)', () => {
    let made = 0;
    const parsed = memoPerParams((params) => {
      made++;
      return String(params.x);
    });
    const r = rule('memo', (ctx) => void parsed(ctx.params), undefined, { x: 1 });
    run([r]);
    expect(made).toBe(1);
    run([r]);
    expect(made).toBe(2);
  });
});
