import { describe, expect, it } from 'vitest';
import { looksLikeManifest } from '../src/client/manifest-sniff.js';
import { gitRefs, parseRefs } from '../src/git/git-refs.js';
import { statusText } from '../src/status/status-text.js';
import { clusterTree } from '../src/tree/cluster-tree.js';
import { shopPlan } from './support/sample-plans.js';

describe('status bar', () => {
  it('shows pods, pending pods and errors of the plan', async () => {
    expect(statusText(await shopPlan()).text).toBe('$(warning) kubeplan: 7 pods · 1 pending · 0 errors');
    expect(statusText(undefined, 'starting').text).toBe('kubeplan: starting…');
  });
});

describe('Cluster tree', () => {
  it('has nodes with their pods, then the Pending pods with their reasons', async () => {
    const tree = clusterTree(await shopPlan());
    expect(tree.map((i) => i.label)).toEqual(['node-1', 'node-2', 'Pending']);
    expect(tree[0]?.description).toBe('3 pods · cpu 50% · memory 19%');
    expect(tree[2]?.children.map((c) => [c.label, c.description])).toEqual([['catalog-db-1', '1 Insufficient memory; 2 Insufficient cpu']]);
    expect(tree[2]?.children[0]?.location?.file).toMatch(/catalog\.yaml$/);
  });
});

describe('manifest sniffing before the server starts', () => {
  it.each([
    ['apiVersion: v1\nkind: Pod\n', 'yaml', true],
    ['on: push\njobs: {}\n', 'yaml', false],
    ['{ "apiVersion": "v1", "kind": "Service" }', 'json', true],
    ['{ "name": "pkg" }', 'json', false],
  ])('%j (%s) → %s', (text, lang, expected) => {
    expect(looksLikeManifest(text, lang)).toBe(expected);
  });
});

describe('git refs for "Plan changes against branch…"', () => {
  it('runs git for-each-ref and drops HEAD aliases', async () => {
    const seen: string[][] = [];
    const refs = await gitRefs('/ws', async (file, args) => (seen.push([file, ...args]), 'main\nfeature/x\norigin/HEAD\norigin/main\nv1.0\n'));
    expect(seen[0]?.slice(0, 2)).toEqual(['git', 'for-each-ref']);
    expect(refs).toEqual(['main', 'feature/x', 'origin/main', 'v1.0']);
    expect(parseRefs('\n')).toEqual([]);
  });
});
