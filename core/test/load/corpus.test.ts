import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadPaths, loadText, type LoadResult } from '../../src/load/index.js';
import { fastParse } from '../../src/load/parse-document.js';
import { slowParse } from '../../src/load/slow-parse.js';
import { splitDocuments } from '../../src/load/split-documents.js';
import { SHARED } from './text-positions.js';

const CORPUS = path.join(SHARED, 'corpus');
const FIXTURES = path.join(CORPUS, 'kubeconform-fixtures');
if (!existsSync(CORPUS)) {
  // eslint-disable-next-line no-console -- say why a whole suite is skipped
  console.warn(`shared corpus not found at ${CORPUS} (it lives next to the repository): corpus tests skipped`);
}

function walk(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const p = path.join(dir, name);
      return statSync(p).isDirectory() ? walk(p) : /\.(ya?ml|json)$/i.test(name) ? [p] : [];
    });
}

const load = (file: string): LoadResult => loadText(readFileSync(file, 'utf8'), file);
const rules = (r: LoadResult): string[] => r.diagnostics.map((d) => d.rule);

describe.skipIf(!existsSync(CORPUS))('shared corpus', () => {
  describe('kubeconform fixtures (EXPECTED.md)', () => {
    const fixture = (name: string): LoadResult => load(path.join(FIXTURES, name));
    it.each([
      ['blank.yaml', 0],
      ['comment.yaml', 0],
      ['multi_valid.yaml', 6],
      ['multi_valid_source.yaml', 6],
      ['multi_with_list.yaml', 2],
      ['list_valid.yaml', 6],
      ['list_empty_valid.yaml', 0],
      ['list_invalid.yaml', 2],
      ['valid.yaml', 1],
      ['valid.json', 1],
      ['null_array.yaml', 1],
      ['generate_name.yaml', 1],
      ['test_crd.yaml', 1],
      ['same-kind-different-api.yaml', 2],
    ])('%s loads %i resources without a diagnostic', (name, count) => {
      const r = fixture(name);
      expect(r.diagnostics).toEqual([]);
      expect(r.manifests).toHaveLength(count);
    });

    it('missing_kind and missing_kind_value: "missing \'kind\' key"', () => {
      for (const name of ['missing_kind.yaml', 'missing_kind_value.yaml']) {
        const r = fixture(name);
        expect(r.manifests).toEqual([]);
        expect(r.diagnostics[0]).toMatchObject({ rule: 'missing-kind', message: "missing 'kind' key" });
      }
    });

    it("missing_apiversion: \"missing 'apiVersion' key\"", () => {
      expect(fixture('missing_apiversion.yaml').diagnostics).toMatchObject([{ rule: 'missing-api-version', message: "missing 'apiVersion' key" }]);
    });

    it('multi_invalid_resources: five missing-kind errors, one per document', () => {
      const r = fixture('multi_invalid_resources.yaml');
      expect(r.diagnostics.filter((d) => d.rule === 'missing-kind').map((d) => d.range.start.line)).toHaveLength(5);
      expect(new Set(r.diagnostics.map((d) => d.range.start.line)).size).toBe(5);
    });

    it('duplicate_property: a yaml-duplicate-key error, and the DaemonSet still loads', () => {
      const r = fixture('duplicate_property.yaml');
      expect(rules(r)).toEqual(['yaml-duplicate-key']);
      expect(r.diagnostics[0]).toMatchObject({ object: 'DaemonSet/nginx-ds', path: 'spec.template.spec.containers' });
      expect(r.manifests.map((m) => m.object.kind)).toEqual(['DaemonSet']);
    });

    it('unconventional_keys: data keys as strings', () => {
      const [m] = fixture('unconventional_keys.yaml').manifests;
      expect(Object.keys(m?.object.data as object).sort()).toEqual(['3.14', '5', 'true']);
    });

    it('every fixture file loads without throwing', () => {
      for (const file of walk(FIXTURES)) expect(() => load(file)).not.toThrow();
    });
  });

  describe('seed examples', () => {
    it('test-pod.yaml: the syntax error is on the `preStop:#...` line (line 62, 1-based)', () => {
      const file = path.join(CORPUS, 'seed/test-pod.yaml');
      const text = readFileSync(file, 'utf8');
      const line = text.split('\n').findIndex((l) => l.includes('preStop:#'));
      expect(line + 1).toBe(62);
      const r = load(file);
      expect(rules(r)).toEqual(['yaml-syntax']);
      expect(r.diagnostics[0]?.range.start).toEqual({ line, col: 6 });
      expect(r.manifests.map((m) => [m.object.kind, m.source.partial])).toEqual([['Pod', true]]);
    });

    it('toleration-snippet.yaml: yaml-tab-indent with a fix on each tab-indented line', () => {
      const r = load(path.join(CORPUS, 'seed/toleration-snippet.yaml'));
      const tabs = r.diagnostics.filter((d) => d.rule === 'yaml-tab-indent');
      expect(tabs.map((d) => d.range.start.line)).toEqual([1, 2, 3, 4, 5]);
      expect(tabs[0]?.fix?.edits[0]?.newText).toBe('  ');
      expect(tabs[1]?.fix?.edits[0]?.newText).toBe('  ');
      expect(tabs[2]?.fix?.edits[0]?.newText).toBe('    ');
    });
  });

  describe('real-world manifests', () => {
    const realWorld = path.join(CORPUS, 'real-world');

    it('every file loads without throwing; errors are the known duplicate keys, or kustomize files named one by one', () => {
      const duplicates: string[] = [];
      for (const file of walk(realWorld)) {
        const rel = path.relative(realWorld, file);
        for (const d of load(file).diagnostics.filter((x) => x.severity === 'error')) {
          if (d.rule === 'yaml-duplicate-key') duplicates.push(rel);
          // kustomizations and patches are not manifests: explicitly named, they lack kind/apiVersion
          else expect(`${rel} ${d.rule}`).toMatch(/(kustomization|patch)[\w-]*\.ya?ml (missing-kind|missing-api-version|not-a-mapping)$/);
        }
      }
      expect([...new Set(duplicates)]).toEqual([
        'kubernetes-examples/_archived/openshift-origin/etcd-controller.yaml',
        'kubernetes-examples/_archived/openshift-origin/etcd-discovery-controller.yaml',
        'kubernetes-examples/_archived/openshift-origin/openshift-controller.yaml',
        'kubernetes-examples/_archived/persistent-volume-provisioning/quobyte/quobyte-admin-secret.yaml',
        'kubernetes-examples/_archived/volumes/scaleio/sc-pvc.yaml',
        'local-path-provisioner/examples/quota/local-path-storage.yaml',
      ]);
    });

    it('a directory scan skips kustomizations and patches and reports only duplicate keys', async () => {
      const r = await loadPaths([realWorld]);
      const errors = r.diagnostics.filter((d) => d.severity === 'error');
      expect(new Set(errors.map((d) => d.rule))).toEqual(new Set(['yaml-duplicate-key']));
      const skipped = r.skipped.map((s) => path.relative(realWorld, s.file));
      expect(skipped.filter((f) => path.basename(f).startsWith('kustomization')).length).toBe(
        walk(realWorld).filter((f) => /\/kustomization\.ya?ml$/.test(f)).length,
      );
      expect(skipped).toContain('metrics-server/manifests/components/high-availability/patch.yaml');
      expect(skipped).toContain('linkerd-emojivoto/kustomize/daemonset/patch.yml');
      expect(skipped).toContain('argocd-example-apps/plugins/kustomized-helm/overlays/guestbook-deployment.yaml');
      expect(r.manifests.length).toBeGreaterThan(1500);
    });

    it('local-path-storage.yaml reports the duplicate keys of the missing `---`', () => {
      const r = load(path.join(realWorld, 'local-path-provisioner/examples/quota/local-path-storage.yaml'));
      expect(r.diagnostics.map((d) => d.path)).toEqual(['kind', 'apiVersion', 'metadata', 'data']);
      expect(r.diagnostics.every((d) => d.rule === 'yaml-duplicate-key')).toBe(true);
    });
  });

  it('the fast path (js-yaml) and the slow path (yaml) decode every corpus document alike', () => {
    let compared = 0;
    for (const file of walk(CORPUS)) {
      const text = readFileSync(file, 'utf8');
      for (const slice of splitDocuments(text)) {
        if (!slice.hasContent) continue;
        const docText = text.slice(slice.start, slice.end);
        const fast = fastParse(docText);
        if (fast === undefined) continue;
        const slow = slowParse(docText);
        if (slow.problems.length > 0) continue;
        expect(slow.value, `${file} document ${slice.index}`).toEqual(fast);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(2000);
  });

  it('every corpus file loads without throwing, explicitly and in a directory scan', async () => {
    for (const file of walk(CORPUS)) expect(() => load(file)).not.toThrow();
    await expect(loadPaths([CORPUS])).resolves.toBeDefined();
  });
});
