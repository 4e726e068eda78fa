/**
 * ClusterState: an immutable snapshot of the model cluster (nodes, namespaces, workloads, pods, services...),
 * with the indexes controllers and the scheduler ask for. `apply(actions)` returns the next snapshot and shares
 * every kind that did not change with the previous one, so a round of a thousand pod creations copies the pod
 * table once, not a thousand times; a kind that changes by a few objects gets a table holding those changes over
 * the previous full one (KindTable), so a thousand one-object applies do not copy it a thousand times either.
 *
 * Indexes are built lazily (a snapshot never changes, so they never go stale). The per-kind lists and the nodes'
 * NodeInfo carry over to the next snapshot for the kinds that did not change; the owner and pod indexes, and
 * the derived indexes of other modules (`DerivedIndex`), are updated from the previous snapshot's with the
 * objects that changed, and keep the very same arrays for the groups no change touched.
 *
 * A snapshot can also record what a piece of code reads of it (`recordReads`): each read comes back as a
 * `StateRead`, which tells whether another snapshot gives the same answer. The rounds use this to skip a
 * controller's reconcile when nothing it read has changed (simulate/reconcile-memo.ts).
 */
import { asObject, asString, asStringMap, getIn } from '../model/fields.js';
import { selectorMatches, type LabelSelector } from '../model/label-selector.js';
import type { Action, ObjectKey, SimEvent, SimObject } from '../simulate/types.js';
import { KindTable, type KindDraft } from './kind-table.js';
import { nodeInfoFromObject, type NodeInfo } from './node-info.js';

/**
 * One read of a snapshot (a lookup, a list, an index query), kept with its answer: true when `state` gives the
 * same answer — the same objects (by reference), in the same order.
 */
export type StateRead = (state: ClusterState) => boolean;

/** One object's change in an `apply`: the version before (undefined: created) and after (undefined: deleted). */
export interface ObjectChange {
  readonly before: SimObject | undefined;
  readonly after: SimObject | undefined;
}

/**
 * A lookup built from the objects of a few kinds (the ClusterIPs and node ports Services hold...), asked for with
 * `state.derived(index)` and kept with the snapshot. `apply` carries it to the next snapshot: as it is when none
 * of its kinds changed, else updated from the changes when `update` is given (so that a thousand one-object
 * applies do not rebuild it a thousand times), else it is built again on first use. Declare one as a module
 * constant; `build` and `update` must be pure and must not mutate `previous`; `update` may return undefined
 * to have the index built again.
 */
export interface DerivedIndex<T> {
  /** The kinds it is built from; `*`: every kind. */
  readonly kinds: readonly string[];
  build(state: ClusterState): T;
  update?(previous: T, changes: readonly ObjectChange[]): T | undefined;
}

/** Objects grouped under keys, each group in creation order. */
type Groups = ReadonlyMap<string, readonly SimObject[]>;

/** Where an object with this `seq` goes in a group in creation order: after every object with a lower or equal one. */
function insertionPoint(group: readonly SimObject[], seq: number): number {
  let lo = 0;
  let hi = group.length;
  if (hi === 0 || (group[hi - 1] as SimObject).seq < seq) return hi;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if ((group[mid] as SimObject).seq <= seq) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** How an index groups objects: the keys of an object, and a quick test that two versions have the same keys. */
interface Grouping {
  keysOf(o: SimObject): readonly string[];
  sameKeys(before: SimObject, after: SimObject): boolean;
}

/**
 * `groups` after `changes`, each object under the keys `keysOf` gives it: groups no change touches are the very
 * same arrays (which keeps the index cheap to update and its answers cheap to compare). Undefined when two
 * objects of a group share a `seq`: then only a full build knows their order.
 */
function regrouped(groups: Groups, changes: readonly ObjectChange[], grouping: Grouping): Groups | undefined {
  const { keysOf } = grouping;
  const out = new Map(groups);
  const copied = new Map<string, SimObject[]>();
  const group = (k: string): SimObject[] => {
    let g = copied.get(k);
    if (g === undefined) {
      g = [...(out.get(k) ?? NONE)];
      copied.set(k, g);
      out.set(k, g);
    }
    return g;
  };
  for (const { before, after } of changes) {
    if (before !== undefined && after !== undefined && before.seq === after.seq && grouping.sameKeys(before, after)) {
      // An update in place: the new version takes the old one's place in each of its groups.
      for (const k of keysOf(after)) {
        const g = group(k);
        const i = g.lastIndexOf(before);
        if (i < 0) return undefined;
        g[i] = after;
      }
      continue;
    }
    if (before !== undefined) {
      for (const k of keysOf(before)) {
        const g = group(k);
        const i = g.lastIndexOf(before);
        if (i >= 0) g.splice(i, 1);
      }
    }
    if (after !== undefined) {
      for (const k of keysOf(after)) {
        const g = group(k);
        const at = insertionPoint(g, after.seq);
        if (at > 0 && (g[at - 1] as SimObject).seq === after.seq) return undefined;
        g.splice(at, 0, after);
      }
    }
  }
  for (const [k, g] of copied) if (g.length === 0) out.delete(k);
  return out;
}

/** `groups` built from `objects` (in creation order). */
function grouped(objects: readonly SimObject[], grouping: Grouping): Groups {
  const out = new Map<string, SimObject[]>();
  for (const o of objects) for (const k of grouping.keysOf(o)) push(out, k, o);
  return out;
}

/** Changes, newest last: `changes` came after those of `prior` (a list that costs nothing to extend). */
interface ChangeLog {
  readonly changes: readonly ObjectChange[];
  readonly prior: ChangeLog | undefined;
}

function logged(log: ChangeLog): ObjectChange[] {
  const parts: (readonly ObjectChange[])[] = [];
  for (let l: ChangeLog | undefined = log; l !== undefined; l = l.prior) parts.push(l.changes);
  return parts.reverse().flat();
}

/** A derived index waiting to be updated: the last value computed and the changes since. */
interface PendingIndex {
  readonly previous: unknown;
  readonly log: ChangeLog;
}

const NONE: readonly SimObject[] = [];

/** The same items, in the same order, compared by reference. */
function sameItems<T>(a: readonly T[], b: readonly T[]): boolean {
  if (a === b) return true;
  if (a.length !== b.length) return false;
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** `Kind/namespace/name`, or `Kind/name` for a cluster-scoped object. */
export function objectKey(kind: string, namespace: string | undefined, name: string): ObjectKey {
  return namespace === undefined ? `${kind}/${name}` : `${kind}/${namespace}/${name}`;
}

/** The key of the object's controller (`ownerReferences[controller=true]`), in the child's namespace. */
export function controllerKeyOf(obj: SimObject): ObjectKey | undefined {
  const refs = getIn(obj.object, 'metadata', 'ownerReferences');
  if (!Array.isArray(refs)) return undefined;
  for (const ref of refs) {
    const r = asObject(ref);
    if (r === undefined || r.controller !== true) continue;
    const kind = asString(r.kind);
    const name = asString(r.name);
    if (kind !== undefined && name !== undefined) return objectKey(kind, obj.namespace, name);
  }
  return undefined;
}

function nodeNameOf(pod: SimObject): string | undefined {
  const n = getIn(pod.object, 'spec', 'nodeName');
  return typeof n === 'string' && n !== '' ? n : undefined;
}

function kindOfKey(key: ObjectKey): string {
  return key.slice(0, key.indexOf('/'));
}

function push<K>(map: Map<K, SimObject[]>, k: K, o: SimObject): void {
  const list = map.get(k);
  if (list === undefined) map.set(k, [o]);
  else list.push(o);
}

const bySeq = (a: SimObject, b: SimObject): number => a.seq - b.seq;

/** `namespace\0key=value`: the pod-label index key. */
function labelKey(namespace: string, key: string, value: string): string {
  return `${namespace}\u0000${key}=${value}`;
}

/** Index groupings of pods: by node, by namespace, by label (`namespace\0key=value`). */
const nodeGrouping: Grouping = {
  keysOf: (pod) => {
    const node = nodeNameOf(pod);
    return node === undefined ? [] : [node];
  },
  sameKeys: (a, b) => nodeNameOf(a) === nodeNameOf(b),
};
const namespaceGrouping: Grouping = {
  keysOf: (pod) => [pod.namespace ?? ''],
  sameKeys: (a, b) => a.namespace === b.namespace,
};
const labelGrouping: Grouping = {
  keysOf: (pod) => {
    const ns = pod.namespace ?? '';
    return Object.entries(asStringMap(getIn(pod.object, 'metadata', 'labels')) ?? {}).map(([k, v]) => labelKey(ns, k, v));
  },
  sameKeys: (a, b) => a.namespace === b.namespace && getIn(a.object, 'metadata', 'labels') === getIn(b.object, 'metadata', 'labels'),
};

/** Index groupings of every object: by controller owner reference, by top-level owner (leaving out the owner). */
const controllerGrouping: Grouping = {
  keysOf: (o) => {
    const controller = controllerKeyOf(o);
    return controller === undefined ? [] : [controller];
  },
  sameKeys: (a, b) => a.namespace === b.namespace && getIn(a.object, 'metadata', 'ownerReferences') === getIn(b.object, 'metadata', 'ownerReferences'),
};
const ownerGrouping: Grouping = {
  keysOf: (o) => (o.owner === o.key ? [] : [o.owner]),
  sameKeys: (a, b) => a.owner === b.owner && a.key === b.key,
};

/** A derived index of the objects `objects` lists, grouped several ways, updated as objects of `kinds` change. */
function groupsIndex<K extends string>(kinds: readonly string[], objects: (state: ClusterState) => readonly SimObject[], groupings: Readonly<Record<K, Grouping>>): DerivedIndex<Readonly<Record<K, Groups>>> {
  const names = Object.keys(groupings) as K[];
  return {
    kinds,
    build: (state) => {
      const all = objects(state);
      return Object.fromEntries(names.map((name) => [name, grouped(all, groupings[name])])) as Record<K, Groups>;
    },
    update: (previous, changes) => {
      const out: Partial<Record<K, Groups>> = {};
      for (const name of names) {
        const groups = regrouped(previous[name], changes, groupings[name]);
        if (groups === undefined) return undefined;
        out[name] = groups;
      }
      return out as Record<K, Groups>;
    },
  };
}

const POD_INDEXES = groupsIndex(['Pod'], (state) => state.list('Pod'), { byNode: nodeGrouping, byNamespace: namespaceGrouping, byLabel: labelGrouping });
const OWNER_INDEXES = groupsIndex(['*'], (state) => state.all(), { children: controllerGrouping, owned: ownerGrouping });

/** The newest event per `object\0reason` among the first `length` events of a snapshot. */
interface EventIndex {
  readonly newest: ReadonlyMap<string, SimEvent>;
  readonly length: number;
}

/** Events a snapshot may add over the index it took over before it builds its own. */
const EVENTS_SCANNED = 256;

/** A kind's objects in creation order, and (on first use) the same by namespace. */
interface KindList {
  readonly sorted: readonly SimObject[];
  byNamespace?: ReadonlyMap<string | undefined, readonly SimObject[]>;
}

/** What a snapshot can take over from the one it was made from: lookups of the kinds that did not change. */
interface Inherited {
  readonly sortedKinds: Map<string, KindList>;
  readonly nodeInfos?: readonly NodeInfo[];
  readonly nodesByName?: ReadonlyMap<string, NodeInfo>;
  readonly derived?: Map<DerivedIndex<unknown>, unknown>;
  readonly pending?: Map<DerivedIndex<unknown>, PendingIndex>;
  readonly lastEvents?: EventIndex;
}

export class ClusterState {
  private sortedAll: readonly SimObject[] | undefined;
  /** Each kind's objects in creation order. */
  private readonly sortedKinds: Map<string, KindList>;
  /** The nodes' NodeInfo, built on first use. */
  private nodeInfos: readonly NodeInfo[] | undefined;
  private nodesByName: ReadonlyMap<string, NodeInfo> | undefined;
  /** The newest event per `object\0reason` among the first `length` events, taken over from an earlier snapshot. */
  private lastEvents: EventIndex | undefined;
  /** While `recordReads` runs: where the reads go. */
  private reads: StateRead[] | undefined;
  /** Derived indexes computed for this snapshot, and those to update from the previous snapshot's on first use. */
  private readonly derivedValues: Map<DerivedIndex<unknown>, unknown>;
  private readonly pendingIndexes: Map<DerivedIndex<unknown>, PendingIndex>;

  private constructor(
    private readonly tables: ReadonlyMap<string, KindTable>,
    /** Events in the order they happened. */
    private readonly eventList: readonly SimEvent[],
    private readonly seq: number,
    inherited: Inherited = { sortedKinds: new Map() },
  ) {
    this.sortedKinds = inherited.sortedKinds;
    this.nodeInfos = inherited.nodeInfos;
    this.nodesByName = inherited.nodesByName;
    this.derivedValues = inherited.derived ?? new Map();
    this.pendingIndexes = inherited.pending ?? new Map();
    this.lastEvents = inherited.lastEvents;
  }

  static empty(): ClusterState {
    return new ClusterState(new Map(), [], 0);
  }

  /** A snapshot holding `objects` (their `seq` is kept; later objects win on a key clash). */
  static of(objects: Iterable<SimObject>): ClusterState {
    const maps = new Map<string, Map<ObjectKey, SimObject>>();
    let next = 0;
    for (const o of objects) {
      let t = maps.get(o.kind);
      if (t === undefined) maps.set(o.kind, (t = new Map()));
      t.set(o.key, o);
      next = Math.max(next, o.seq + 1);
    }
    return new ClusterState(new Map([...maps].map(([kind, t]) => [kind, KindTable.of(t)])), [], next);
  }

  /**
   * Runs `fn` and returns its value with every read it made of this snapshot. A reconcile that reads nothing
   * but this snapshot (and its own arguments) gives the same result on any snapshot where all its reads hold.
   */
  recordReads<T>(fn: () => T): { value: T; reads: StateRead[] } {
    const outer = this.reads;
    const reads: StateRead[] = [];
    this.reads = reads;
    try {
      return { value: fn(), reads };
    } finally {
      this.reads = outer;
      if (outer !== undefined) for (const read of reads) outer.push(read);
    }
  }

  /** Events in the order they happened. */
  get events(): readonly SimEvent[] {
    const value = this.eventList;
    this.reads?.push((s) => sameItems(s.eventList, value));
    return value;
  }

  /** The next creation sequence number. */
  get nextSeq(): number {
    const value = this.seq;
    this.reads?.push((s) => s.seq === value);
    return value;
  }

  get(key: ObjectKey): SimObject | undefined {
    const value = this.tables.get(kindOfKey(key))?.get(key);
    this.reads?.push((s) => s.tables.get(kindOfKey(key))?.get(key) === value);
    return value;
  }

  getObject(kind: string, namespace: string | undefined, name: string): SimObject | undefined {
    return this.get(objectKey(kind, namespace, name));
  }

  /** Objects of a kind (in one namespace when given), in creation order. */
  list(kind: string, namespace?: string): SimObject[] {
    const inKind = (s: ClusterState): readonly SimObject[] => (namespace === undefined ? s.sortedKind(kind) : s.inNamespace(kind, namespace));
    const value = inKind(this);
    if (this.reads !== undefined) {
      const table = this.tables.get(kind);
      this.reads.push((s) => s.tables.get(kind) === table || sameItems(inKind(s), value));
    }
    return [...value];
  }

  /** Every kind present, sorted. */
  kinds(): string[] {
    const value = this.kindNames();
    this.reads?.push((s) => sameItems(s.kindNames(), value));
    return [...value];
  }

  /** Every object, in creation order. */
  all(): SimObject[] {
    const value = this.allSorted();
    this.reads?.push((s) => sameItems(s.allSorted(), value));
    return [...value];
  }

  /** Objects whose controller owner reference points at `owner`, in creation order. */
  childrenOf(owner: ObjectKey): readonly SimObject[] {
    const value = this.owners().children.get(owner) ?? NONE;
    this.reads?.push((s) => sameItems(s.owners().children.get(owner) ?? NONE, value));
    return value;
  }

  /** Objects whose top-level owner is `owner` (a Deployment's ReplicaSets and Pods), without it, in creation order. */
  ownedBy(owner: ObjectKey): readonly SimObject[] {
    const value = this.owners().owned.get(owner) ?? NONE;
    this.reads?.push((s) => sameItems(s.owners().owned.get(owner) ?? NONE, value));
    return value;
  }

  /** Pods bound to a node, in creation order (terminal ones included: callers that count resources skip them). */
  podsOnNode(node: string): readonly SimObject[] {
    const value = this.pods().byNode.get(node) ?? NONE;
    this.reads?.push((s) => sameItems(s.pods().byNode.get(node) ?? NONE, value));
    return value;
  }

  /** Pods of a namespace, in creation order. */
  podsInNamespace(namespace: string): readonly SimObject[] {
    const value = this.pods().byNamespace.get(namespace) ?? NONE;
    this.reads?.push((s) => sameItems(s.pods().byNamespace.get(namespace) ?? NONE, value));
    return value;
  }

  /**
   * Pods of a namespace whose labels the selector matches, in creation order. An empty selector matches every pod
   * of the namespace (LabelSelector semantics; a Service without a selector is the caller's case). Looks up the
   * rarest `matchLabels` pair first, so a Service selecting 3 pods of 10,000 reads 3.
   */
  podsMatching(namespace: string, selector: LabelSelector): readonly SimObject[] {
    const keys = Object.entries(selector.matchLabels).map(([k, v]) => labelKey(namespace, k, v));
    const candidates = this.candidates(namespace, keys);
    const pods = this.matching(candidates, selector);
    // The same candidates (a group the pod index did not touch) give the same pods.
    this.reads?.push((s) => {
      const now = s.candidates(namespace, keys);
      return now === candidates || sameItems(s.matching(now, selector), pods);
    });
    return pods;
  }

  /** The nodes as the scheduler sees them (labels, taints, cordon, allocatable), in creation order. */
  nodes(): readonly NodeInfo[] {
    const value = this.nodeList();
    this.reads?.push((s) => sameItems(s.nodeList(), value));
    return value;
  }

  /** One node's NodeInfo. */
  node(name: string): NodeInfo | undefined {
    this.nodesByName ??= new Map(this.nodeList().map((n) => [n.name, n]));
    const value = this.nodesByName.get(name);
    this.reads?.push((s) => s.node(name) === value);
    return value;
  }

  /** The names of the Namespace objects, in creation order. */
  namespaces(): string[] {
    const value = this.sortedKind('Namespace').map((n) => n.name);
    this.reads?.push((s) => sameItems(s.sortedKind('Namespace').map((n) => n.name), value));
    return [...value];
  }

  /** The newest event with this reason on the object (`Kind/namespace/name`), if any. */
  lastEvent(object: ObjectKey, reason: string): SimEvent | undefined {
    const value = this.newestEvent(object, reason);
    this.reads?.push((s) => s.newestEvent(object, reason) === value);
    return value;
  }

  /** The events added since the index this snapshot took over are read backwards; past a few, it builds its own. */
  private newestEvent(object: ObjectKey, reason: string): SimEvent | undefined {
    const events = this.eventList;
    if (this.lastEvents === undefined || events.length - this.lastEvents.length > EVENTS_SCANNED) {
      const newest = new Map<string, SimEvent>();
      for (const e of events) newest.set(`${e.object}\u0000${e.reason}`, e);
      this.lastEvents = { newest, length: events.length };
    }
    for (let i = events.length - 1; i >= this.lastEvents.length; i--) {
      const e = events[i] as SimEvent;
      if (e.object === object && e.reason === reason) return e;
    }
    return this.lastEvents.newest.get(`${object}\u0000${reason}`);
  }

  /** The snapshot's value of a derived index (see DerivedIndex). */
  derived<T>(index: DerivedIndex<T>): T {
    const value = this.derivedValue(index);
    if (this.reads !== undefined) {
      for (const kind of index.kinds.includes('*') ? [...this.tables.keys()] : index.kinds) {
        const table = this.tables.get(kind);
        const objects = this.sortedKind(kind);
        this.reads.push((s) => s.tables.get(kind) === table || sameItems(s.sortedKind(kind), objects));
      }
      if (index.kinds.includes('*')) {
        const kinds = this.kindNames();
        this.reads.push((s) => sameItems(s.kindNames(), kinds));
      }
    }
    return value;
  }

  private derivedValue<T>(index: DerivedIndex<T>): T {
    if (this.derivedValues.has(index)) return this.derivedValues.get(index) as T;
    const pending = this.pendingIndexes.get(index);
    const reads = this.reads;
    this.reads = undefined;
    let value: T;
    try {
      value = (pending !== undefined && index.update !== undefined ? index.update(pending.previous as T, logged(pending.log)) : undefined) ?? index.build(this);
    } finally {
      this.reads = reads;
    }
    this.pendingIndexes.delete(index);
    this.derivedValues.set(index, value);
    return value;
  }

  /** The next snapshot: creates, updates and deletes applied in order; events appended. */
  apply(actions: readonly Action[]): ClusterState {
    // Code that derives a snapshot while its reads are recorded depends on all of this one.
    if (this.reads !== undefined) {
      const { tables, eventList, seq } = this;
      this.reads.push((s) => s.seq === seq && s.eventList === eventList && s.tables.size === tables.size && [...tables].every(([kind, t]) => s.tables.get(kind) === t));
    }
    if (actions.length === 0) return this;
    const copied = new Map<string, KindDraft>();
    const writable = (kind: string): KindDraft => {
      let t = copied.get(kind);
      if (t === undefined) copied.set(kind, (t = (this.tables.get(kind) ?? KindTable.EMPTY).draft()));
      return t;
    };
    // Copied only when events are added: the list is shared, unchanged, by snapshots that add none.
    let events: SimEvent[] | undefined;
    let next = this.seq;
    const watched = this.watchedKinds();
    const changes: ObjectChange[] = [];
    const changed = (kind: string, before: SimObject | undefined, after: SimObject | undefined): void => {
      if (watched.has(kind)) changes.push({ before, after });
    };
    for (const a of actions) {
      if (a.type === 'event') (events ??= [...this.eventList]).push(a.event);
      else if (a.type === 'delete') {
        const kind = kindOfKey(a.key);
        const before = (copied.get(kind) ?? this.tables.get(kind))?.get(a.key);
        if (before === undefined) continue;
        writable(kind).delete(a.key);
        changed(kind, before, undefined);
      } else {
        const t = writable(a.object.kind);
        const before = t.get(a.object.key);
        const after = a.type === 'update' && before !== undefined ? { ...a.object, seq: before.seq } : { ...a.object, seq: next++ };
        t.set(a.object.key, after);
        changed(a.object.kind, before, after);
      }
    }
    const tables = new Map(this.tables);
    for (const [kind, draft] of copied) tables.set(kind, draft.done());
    const sortedKinds = new Map([...this.sortedKinds].filter(([kind]) => !copied.has(kind)));
    const nodes = copied.has('Node') ? {} : { ...(this.nodeInfos === undefined ? {} : { nodeInfos: this.nodeInfos }), ...(this.nodesByName === undefined ? {} : { nodesByName: this.nodesByName }) };
    const lastEvents = this.lastEvents === undefined ? {} : { lastEvents: this.lastEvents };
    return new ClusterState(tables, events ?? this.eventList, next, { sortedKinds, ...nodes, ...lastEvents, ...this.carriedIndexes(copied, changes) });
  }

  /** The kinds the derived indexes computed (or pending) for this snapshot are built from. */
  private watchedKinds(): { has(kind: string): boolean } {
    const kinds = new Set<string>();
    for (const index of this.derivedValues.keys()) for (const k of index.kinds) kinds.add(k);
    for (const index of this.pendingIndexes.keys()) for (const k of index.kinds) kinds.add(k);
    return kinds.has('*') ? { has: () => true } : kinds;
  }

  /** The derived indexes the next snapshot takes over (see DerivedIndex), given the kinds `apply` changed. */
  private carriedIndexes(copied: ReadonlyMap<string, unknown>, changes: readonly ObjectChange[]): Pick<Inherited, 'derived' | 'pending'> {
    const derived = new Map<DerivedIndex<unknown>, unknown>();
    const pending = new Map<DerivedIndex<unknown>, PendingIndex>();
    const relevant = (index: DerivedIndex<unknown>): readonly ObjectChange[] => {
      if (index.kinds.includes('*')) return changes;
      const kinds = new Set(index.kinds);
      return changes.filter((c) => kinds.has((c.after ?? c.before)?.kind ?? ''));
    };
    const touches = (index: DerivedIndex<unknown>): boolean => (index.kinds.includes('*') ? copied.size > 0 : index.kinds.some((k) => copied.has(k)));
    for (const [index, value] of this.derivedValues) {
      if (!touches(index)) derived.set(index, value);
      else if (index.update !== undefined) pending.set(index, { previous: value, log: { changes: relevant(index), prior: undefined } });
    }
    for (const [index, waiting] of this.pendingIndexes) {
      if (!touches(index)) pending.set(index, waiting);
      else pending.set(index, { previous: waiting.previous, log: { changes: relevant(index), prior: waiting.log } });
    }
    return { derived, pending };
  }

  private kindNames(): string[] {
    return [...this.tables.keys()].filter((k) => (this.tables.get(k)?.size ?? 0) > 0).sort();
  }

  private allSorted(): readonly SimObject[] {
    this.sortedAll ??= [...this.tables.values()].flatMap((t) => t.values()).sort(bySeq);
    return this.sortedAll;
  }

  private nodeList(): readonly NodeInfo[] {
    this.nodeInfos ??= this.sortedKind('Node').map((n) => nodeInfoFromObject(n.object));
    return this.nodeInfos;
  }

  /**
   * The pods a selector's matches are among: the namespace's, or those with its rarest `matchLabels` pair
   * (`labelKeys`: the pairs' index keys).
   */
  private candidates(namespace: string, labelKeys: readonly string[]): readonly SimObject[] {
    const { byLabel, byNamespace } = this.pods();
    let candidates = byNamespace.get(namespace) ?? NONE;
    for (const key of labelKeys) {
      const withLabel = byLabel.get(key) ?? NONE;
      if (withLabel.length < candidates.length) candidates = withLabel;
    }
    return candidates;
  }

  private matching(candidates: readonly SimObject[], selector: LabelSelector): SimObject[] {
    return candidates.filter((p) => selectorMatches(selector, asStringMap(getIn(p.object, 'metadata', 'labels')) ?? {}));
  }

  private kindList(kind: string): KindList {
    let list = this.sortedKinds.get(kind);
    if (list === undefined) {
      list = { sorted: (this.tables.get(kind)?.values() ?? []).sort(bySeq) };
      this.sortedKinds.set(kind, list);
    }
    return list;
  }

  private sortedKind(kind: string): readonly SimObject[] {
    return this.kindList(kind).sorted;
  }

  /** A kind's objects in one namespace, in creation order. */
  private inNamespace(kind: string, namespace: string): readonly SimObject[] {
    const list = this.kindList(kind);
    if (list.byNamespace === undefined) {
      const byNamespace = new Map<string | undefined, SimObject[]>();
      for (const o of list.sorted) push(byNamespace, o.namespace, o);
      list.byNamespace = byNamespace;
    }
    return list.byNamespace.get(namespace) ?? NONE;
  }

  private owners(): Readonly<Record<'children' | 'owned', Groups>> {
    return this.derivedValue(OWNER_INDEXES);
  }

  private pods(): Readonly<Record<'byNode' | 'byNamespace' | 'byLabel', Groups>> {
    return this.derivedValue(POD_INDEXES);
  }
}
