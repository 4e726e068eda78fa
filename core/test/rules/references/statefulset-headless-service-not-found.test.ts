import { describe, expect, it } from 'vitest';
import { statefulSetHeadlessServiceNotFound } from '../../../src/rules/references/statefulset-headless-service-not-found.js';
import { findingsOf, summary } from '../helpers.js';
import { findings, service, statefulSet } from './builders.js';

const db = statefulSet('db', { app: 'db' }, { serviceName: 'db' });
const headless = (selector: Record<string, string> | undefined, name = 'db') => service(name, { clusterIP: 'None', ...(selector === undefined ? {} : { selector }), ports: [{ port: 5432 }] });

describe('statefulset-headless-service-not-found', () => {
  it.each([
    { name: 'a headless Service selecting the pods passes', objects: [db, headless({ app: 'db' })], expected: [] },
    { name: 'a headless Service without selector (endpoints by hand) passes', objects: [db, headless(undefined)], expected: [] },
    { name: 'a StatefulSet without serviceName is not checked', objects: [statefulSet('db', { app: 'db' }), headless({ app: 'x' }, 'other')], expected: [] },
    {
      name: 'a missing Service warns when the namespace has Services',
      objects: [db, headless({ app: 'db' }, 'db-headless')],
      expected: ['warning spec.serviceName serviceName: Service "db" not found in namespace "default"'],
    },
    {
      name: 'a Service with a cluster IP warns',
      objects: [db, service('db', { selector: { app: 'db' }, ports: [{ port: 5432 }] })],
      expected: ['warning spec.serviceName serviceName: Service "db" is not headless (spec.clusterIP is not None), so the pods get no stable DNS names'],
    },
    {
      name: 'a headless Service selecting other pods warns',
      objects: [db, headless({ app: 'postgres' })],
      expected: ['warning spec.serviceName serviceName: Service "db" does not select the pods of this StatefulSet (its selector app=postgres does not match the template labels)'],
    },
    { name: 'a namespace with no Service at all gives info', objects: [db], expected: ['info spec.serviceName serviceName: Service "db" not found in namespace "default"'] },
  ])('$name', ({ objects, expected }) => {
    expect(findings(statefulSetHeadlessServiceNotFound, objects)).toEqual(expected);
  });

  it('is an error with assume-complete', () => {
    expect(findings(statefulSetHeadlessServiceNotFound, [db], true)).toEqual(['error spec.serviceName serviceName: Service "db" not found in namespace "default"']);
  });

  it('is positioned on serviceName', () => {
    const text = `apiVersion: apps/v1
kind: StatefulSet
metadata: {name: db}
spec:
  serviceName: db
  selector: {matchLabels: {app: db}}
  template:
    metadata: {labels: {app: db}}
    spec: {containers: [{name: db, image: db:1}]}
`;
    expect(summary(findingsOf(statefulSetHeadlessServiceNotFound, text))).toEqual(['statefulset-headless-service-not-found 5:16 serviceName: Service "db" not found in namespace "default"']);
  });
});
