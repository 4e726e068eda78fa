// VolumeZone basics, cases after upstream pkg/scheduler/framework/plugins/volumezone/volume_zone_test.go
// (TestSingleZone, TestMultiZone, TestWithBinding).
import { describe, expect, it } from 'vitest';
import type { ClaimInfo } from '../../../src/simulate/scheduler/lookups.js';
import { PLUGIN } from '../../../src/simulate/scheduler/names.js';
import { node, pod, runFilter } from './builders.js';

const CONFLICT = '[UAR] node(s) had no available volume zone';
const bound = (labels: Record<string, string>): ClaimInfo => ({ phase: 'Bound', provisionable: false, waitForFirstConsumer: false, labels });
const mounting = (claim: ClaimInfo | undefined) => ({ lookups: { claim: () => claim }, pod: pod({ volumes: [{ name: 'data', persistentVolumeClaim: { claimName: 'data' } }] }) });

describe('VolumeZone', () => {
  it.each<{ name: string; claim: ClaimInfo; labels: Record<string, string>; want: string }>([
    { name: 'a volume without zone labels fits any node', claim: bound({}), labels: { 'topology.kubernetes.io/zone': 'a' }, want: 'ok' },
    { name: 'a volume in the node zone fits', claim: bound({ 'topology.kubernetes.io/zone': 'a' }), labels: { 'topology.kubernetes.io/zone': 'a' }, want: 'ok' },
    { name: 'a volume in another zone does not fit', claim: bound({ 'topology.kubernetes.io/zone': 'b' }), labels: { 'topology.kubernetes.io/zone': 'a' }, want: CONFLICT },
    { name: 'a volume in several zones fits a node in one of them', claim: bound({ 'topology.kubernetes.io/zone': 'a__b' }), labels: { 'topology.kubernetes.io/zone': 'b' }, want: 'ok' },
    { name: 'a node without zone or region labels fits (single-zone clusters)', claim: bound({ 'topology.kubernetes.io/zone': 'b' }), labels: {}, want: 'ok' },
    { name: 'a node with only a region label must carry the volume zone', claim: bound({ 'topology.kubernetes.io/zone': 'b' }), labels: { 'topology.kubernetes.io/region': 'r' }, want: CONFLICT },
    { name: 'the region must match too', claim: bound({ 'topology.kubernetes.io/region': 'r1' }), labels: { 'topology.kubernetes.io/region': 'r2' }, want: CONFLICT },
    { name: 'a beta label on the volume matches the node GA label', claim: bound({ 'failure-domain.beta.kubernetes.io/zone': 'a' }), labels: { 'topology.kubernetes.io/zone': 'a' }, want: 'ok' },
    { name: 'an unbound claim is not checked', claim: { phase: 'Pending' as const, provisionable: true, waitForFirstConsumer: true }, labels: { 'topology.kubernetes.io/zone': 'a' }, want: 'ok' },
  ])('$name', ({ claim, labels, want }) => {
    const { lookups, pod: p } = mounting(claim);
    expect(runFilter(PLUGIN.VolumeZone, { nodes: [node({ labels })], lookups }, p)['node-1']).toBe(want);
  });
});
