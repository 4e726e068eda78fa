/**
 * `--nodes SPEC` (repeatable): a what-if cluster written on the command line, one node group per flag.
 *
 *   --nodes 'count=3,cpu=4,memory=16Gi,pods=110,zones=a|b|c,taints=k=v:NoSchedule|k2:NoExecute,labels=k=v|k2=v2,prefix=node'
 *
 * `cpu`, `memory`, `pods` and `ephemeral-storage` are each node's **allocatable** amounts — what pods may
 * request — and its capacity too: nothing is subtracted for system daemons or eviction thresholds (the default
 * cluster does subtract them). Unset keys take the defaults below. Nodes are named `<prefix>-1`..`<prefix>-N`
 * and get zones round-robin as `topology.kubernetes.io/zone`, with `topology.kubernetes.io/region` (`region=`,
 * else read from cloud-style zone names: `us-east-1a` → `us-east-1`, `europe-west1-b` → `europe-west1`, else
 * `region-1`). Mistakes are UsageErrors naming the part at fault.
 */
import { UsageError } from '../errors.js';
import { isDns1123Subdomain, isQualifiedName, isValidLabelValue } from '../model/names.js';
import { parseQuantity } from '../model/quantity.js';
import { TAINT_EFFECTS, type Taint, type TaintEffect } from '../model/toleration.js';
import type { SimObject } from '../simulate/types.js';
import { clusterObject } from './cluster-object.js';
import { nodeObject } from './node-object.js';

const KEYS = ['count', 'cpu', 'memory', 'pods', 'ephemeral-storage', 'zones', 'region', 'taints', 'labels', 'prefix'] as const;
type Key = (typeof KEYS)[number];

/** Values of unset keys: three 4 cpu / 16Gi nodes named node-1..node-3, without zones, taints or labels. */
export const NODES_FLAG_DEFAULTS: Readonly<Record<'count' | 'cpu' | 'memory' | 'pods' | 'ephemeral-storage' | 'prefix', string>> = {
  count: '3',
  cpu: '4',
  memory: '16Gi',
  pods: '110',
  'ephemeral-storage': '100Gi',
  prefix: 'node',
};

/** More nodes than Kubernetes' tested scale limit (5,000) is a typo, not a what-if. */
const MAX_NODES = 5000;
const DEFAULT_REGION = 'region-1';

export interface NodesFlagOptions {
  /** The place of the first node among the cluster's made-up nodes (picks IPs and pod CIDRs); default 0. */
  readonly firstIndex?: number;
}

type Fail = (message: string) => never;

function splitPairs(spec: string, fail: Fail): Map<Key, string> {
  const pairs = new Map<Key, string>();
  for (const part of spec.split(',')) {
    if (part.trim() === '') continue;
    const eq = part.indexOf('=');
    if (eq < 0) fail(`"${part}" is not key=value`);
    const key = part.slice(0, eq).trim();
    if (!(KEYS as readonly string[]).includes(key)) fail(`unknown key "${key}" (expected ${KEYS.join(', ')})`);
    if (pairs.has(key as Key)) fail(`"${key}" is given twice`);
    pairs.set(key as Key, part.slice(eq + 1).trim());
  }
  return pairs;
}

function list(value: string): string[] {
  return value === '' ? [] : value.split('|').map((s) => s.trim());
}

function positiveQuantity(key: string, value: string, example: string, fail: Fail): string {
  const q = parseQuantity(value);
  if (q === undefined || q.mantissa <= 0n) fail(`${key}=${value}: expected a positive quantity such as ${example}`);
  return value;
}

function wholeNumber(key: string, value: string, max: number, fail: Fail): number {
  const n = /^[0-9]+$/.test(value) ? Number(value) : Number.NaN;
  if (!(n >= 1 && n <= max)) fail(`${key}=${value}: expected a whole number from 1 to ${max}`);
  return n;
}

function labelKey(key: string, what: string, fail: Fail): string {
  const errs = isQualifiedName(key);
  if (errs.length > 0) fail(`${what}: "${key}" is not a valid label key: ${errs[0]}`);
  return key;
}

function labelValue(value: string, what: string, fail: Fail): string {
  const errs = isValidLabelValue(value);
  if (errs.length > 0) fail(`${what}: "${value}" is not a valid label value: ${errs[0]}`);
  return value;
}

/** `key[=value]:Effect`. */
function parseTaintSpec(text: string, fail: Fail): Taint {
  const colon = text.lastIndexOf(':');
  const effect = colon < 0 ? '' : text.slice(colon + 1);
  if (!(TAINT_EFFECTS as readonly string[]).includes(effect)) {
    fail(`taint "${text}": expected key[=value]:effect with effect ${TAINT_EFFECTS.join(', ')}`);
  }
  const kv = text.slice(0, colon);
  const eq = kv.indexOf('=');
  const key = labelKey(eq < 0 ? kv : kv.slice(0, eq), `taint "${text}"`, fail);
  const value = eq < 0 ? '' : labelValue(kv.slice(eq + 1), `taint "${text}"`, fail);
  return { key, ...(value === '' ? {} : { value }), effect: effect as TaintEffect };
}

/** `k=v`, or `k` for an empty value (`node-role.kubernetes.io/infra`). */
function parseLabels(items: readonly string[], fail: Fail): Record<string, string> {
  const labels: Record<string, string> = {};
  for (const item of items) {
    const eq = item.indexOf('=');
    const key = labelKey(eq < 0 ? item : item.slice(0, eq), `label "${item}"`, fail);
    labels[key] = eq < 0 ? '' : labelValue(item.slice(eq + 1), `label "${item}"`, fail);
  }
  return labels;
}

/** The region of a cloud-style zone name, or undefined. */
function regionOfZone(zone: string): string | undefined {
  return /^([a-z]+-[a-z]+-\d+)[a-z]$/.exec(zone)?.[1] ?? /^([a-z]+-[a-z]+\d+)-[a-z]$/.exec(zone)?.[1];
}

interface NodeGroup {
  prefix: string;
  count: number;
  resources: Record<string, string>;
  zones: string[];
  region: string;
  taints: Taint[];
  labels: Record<string, string>;
}

function parseGroup(spec: string, fail: Fail): NodeGroup {
  const pairs = splitPairs(spec, fail);
  const get = (key: keyof typeof NODES_FLAG_DEFAULTS): string => pairs.get(key) ?? NODES_FLAG_DEFAULTS[key];
  const prefix = get('prefix');
  const nameErrors = isDns1123Subdomain(`${prefix}-1`);
  if (prefix === '' || nameErrors.length > 0) fail(`prefix=${prefix}: node names must be DNS subdomains (lower-case letters, digits, '-' and '.')`);
  const zones = list(pairs.get('zones') ?? '').map((z) => labelValue(z, 'zones', fail));
  if (zones.some((z) => z === '')) fail(`zones=${pairs.get('zones') ?? ''}: a zone name is empty`);
  const region = pairs.has('region') ? labelValue(pairs.get('region') ?? '', 'region', fail) : (regionOfZone(zones[0] ?? '') ?? DEFAULT_REGION);
  return {
    prefix,
    count: wholeNumber('count', get('count'), MAX_NODES, fail),
    resources: {
      cpu: positiveQuantity('cpu', get('cpu'), '4 or 3500m', fail),
      memory: positiveQuantity('memory', get('memory'), '16Gi', fail),
      pods: String(wholeNumber('pods', get('pods'), 1_000_000, fail)),
      'ephemeral-storage': positiveQuantity('ephemeral-storage', get('ephemeral-storage'), '100Gi', fail),
    },
    zones,
    region,
    taints: list(pairs.get('taints') ?? '').map((t) => parseTaintSpec(t, fail)),
    labels: parseLabels(list(pairs.get('labels') ?? ''), fail),
  };
}

/**
 * The Nodes of one or more `--nodes` specs (one node group each), in order, as cluster objects (origin
 * `cluster`, `seq` 0, 1, ...) ready for `ClusterState.of` or a `create` action. Throws a UsageError
 * (`--nodes: unknown key "cpus" (expected count, cpu, ...)`) on the first mistake.
 */
export function parseNodesFlag(specs: string | readonly string[], options: NodesFlagOptions = {}): SimObject[] {
  const all = typeof specs === 'string' ? [specs] : specs;
  const nodes: SimObject[] = [];
  const names = new Map<string, number>();
  let index = options.firstIndex ?? 0;
  all.forEach((spec, g) => {
    const where = all.length > 1 ? `--nodes (group ${g + 1})` : '--nodes';
    const fail: Fail = (message) => {
      throw new UsageError(`${where}: ${message}`);
    };
    const group = parseGroup(spec, fail);
    for (let i = 1; i <= group.count; i++) {
      const name = `${group.prefix}-${i}`;
      const earlier = names.get(name);
      if (earlier !== undefined) fail(`node ${name} is also made by group ${earlier + 1}: give each group its own prefix=`);
      names.set(name, g);
      const zone = group.zones[(i - 1) % Math.max(group.zones.length, 1)];
      const topology: Record<string, string> = zone === undefined ? {} : { 'topology.kubernetes.io/region': group.region, 'topology.kubernetes.io/zone': zone };
      const node = nodeObject({ name, index: index++, labels: { ...topology, ...group.labels }, taints: group.taints, capacity: group.resources, allocatable: group.resources });
      nodes.push(clusterObject(node, nodes.length));
    }
    if (index - (options.firstIndex ?? 0) > MAX_NODES) fail(`more than ${MAX_NODES} nodes in all`);
  });
  return nodes;
}
