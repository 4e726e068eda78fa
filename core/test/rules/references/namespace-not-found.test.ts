import { describe, expect, it } from 'vitest';
import { namespaceNotFound } from '../../../src/rules/references/namespace-not-found.js';
import { findingsOf, summary } from '../helpers.js';
import { configMap, findings, namespace } from './builders.js';

const MSG = 'not found: the set defines Namespaces, but not this one';

describe('namespace-not-found', () => {
  it.each([
    { name: 'an object in a Namespace of the set passes', objects: [namespace('shop'), configMap('c', {}, 'shop')], expected: [] },
    { name: 'a set without any Namespace is not checked', objects: [configMap('c', {}, 'shop')], expected: [] },
    { name: 'an object in a namespace the set lacks warns', objects: [namespace('shop'), configMap('c', {}, 'shpo')], expected: [`warning metadata.namespace Namespace "shpo" ${MSG}`] },
    {
      name: 'the built-in namespaces always exist',
      objects: [namespace('shop'), configMap('a', {}, 'default'), configMap('b', {}, 'kube-system'), configMap('c', {}, 'kube-public'), configMap('d', {}, 'kube-node-lease')],
      expected: [],
    },
    { name: 'an object without a namespace (the default one) is not checked', objects: [namespace('shop'), configMap('c')], expected: [] },
    {
      name: 'a cluster-scoped object ignores its metadata.namespace',
      objects: [namespace('shop'), { apiVersion: 'rbac.authorization.k8s.io/v1', kind: 'ClusterRole', metadata: { name: 'r', namespace: 'nowhere' }, rules: [] }],
      expected: [],
    },
  ])('$name', ({ objects, expected }) => {
    expect(findings(namespaceNotFound, objects)).toEqual(expected);
  });

  it('is an error with assume-complete', () => {
    expect(findings(namespaceNotFound, [namespace('shop'), configMap('c', {}, 'shpo')], true)).toEqual([`error metadata.namespace Namespace "shpo" ${MSG}`]);
  });

  it('is positioned on metadata.namespace', () => {
    const text = `apiVersion: v1
kind: Namespace
metadata: {name: shop}
---
apiVersion: v1
kind: ConfigMap
metadata:
  name: c
  namespace: shpo
`;
    expect(summary(findingsOf(namespaceNotFound, text))).toEqual([`namespace-not-found 9:14 Namespace "shpo" ${MSG}`]);
  });
});
