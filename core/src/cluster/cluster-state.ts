/**
 * ClusterState: an immutable snapshot of the model cluster (nodes, namespaces, workloads, pods, services...),
 * with the indexes controllers and the scheduler ask for. `apply(actions)` returns the next snapshot and shares
 * every kind that did not change with the previous one, so a round of a thousand pod creations copies the pod
 * table once, not a thousand times.
 */
import { asObject, asString, getIn } from '../model/fields.js';
import type { Action, ObjectKey, SimEvent, SimObject } from '../simulate/types.js';

type KindTable = ReadonlyMap<ObjectKey, SimObject>;

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

/** Lazily built, per-snapshot secondary indexes (a snapshot never changes, so they never go stale). */
interface Indexes {
  children: Map<ObjectKey, SimObject[]>;
  podsByNode: Map<string, SimObject[]>;
}

export class ClusterState {
  private indexes: Indexes | undefined;

  private constructor(
    private readonly tables: ReadonlyMap<string, KindTable>,
    /** Events in the order they happened. */
    readonly events: readonly SimEvent[],
    /** The next creation sequence number. */
    readonly nextSeq: number,
  ) {}

  static empty(): ClusterState {
    return new ClusterState(new Map(), [], 0);
  }

  /** A snapshot holding `objects` (their `seq` is kept; later objects win on a key clash). */
  static of(objects: Iterable<SimObject>): ClusterState {
    const tables = new Map<string, Map<ObjectKey, SimObject>>();
    let next = 0;
    for (const o of objects) {
      let t = tables.get(o.kind);
      if (t === undefined) tables.set(o.kind, (t = new Map()));
      t.set(o.key, o);
      next = Math.max(next, o.seq + 1);
    }
    return new ClusterState(tables, [], next);
  }

  get(key: ObjectKey): SimObject | undefined {
    const kind = key.slice(0, key.indexOf('/'));
    return this.tables.get(kind)?.get(key);
  }

  getObject(kind: string, namespace: string | undefined, name: string): SimObject | undefined {
    return this.tables.get(kind)?.get(objectKey(kind, namespace, name));
  }

  /** Objects of a kind (in one namespace when given), in creation order. */
  list(kind: string, namespace?: string): SimObject[] {
    const t = this.tables.get(kind);
    if (t === undefined) return [];
    const all = [...t.values()];
    const picked = namespace === undefined ? all : all.filter((o) => o.namespace === namespace);
    return picked.sort((a, b) => a.seq - b.seq);
  }

  /** Every kind present, sorted. */
  kinds(): string[] {
    return [...this.tables.keys()].filter((k) => (this.tables.get(k)?.size ?? 0) > 0).sort();
  }

  /** Every object, in creation order. */
  all(): SimObject[] {
    return [...this.tables.values()].flatMap((t) => [...t.values()]).sort((a, b) => a.seq - b.seq);
  }

  /** Objects whose controller owner reference points at `owner`, in creation order. */
  childrenOf(owner: ObjectKey): readonly SimObject[] {
    return this.index().children.get(owner) ?? [];
  }

  /** Pods bound to a node, in creation order. */
  podsOnNode(node: string): readonly SimObject[] {
    return this.index().podsByNode.get(node) ?? [];
  }

  /** The next snapshot: creates, updates and deletes applied in order; events appended. */
  apply(actions: readonly Action[]): ClusterState {
    if (actions.length === 0) return this;
    const copied = new Map<string, Map<ObjectKey, SimObject>>();
    const tables = new Map(this.tables);
    const writable = (kind: string): Map<ObjectKey, SimObject> => {
      let t = copied.get(kind);
      if (t === undefined) {
        t = new Map(this.tables.get(kind) ?? []);
        copied.set(kind, t);
        tables.set(kind, t);
      }
      return t;
    };
    const events = [...this.events];
    let next = this.nextSeq;
    for (const a of actions) {
      if (a.type === 'event') events.push(a.event);
      else if (a.type === 'delete') {
        const kind = a.key.slice(0, a.key.indexOf('/'));
        if (this.tables.get(kind)?.has(a.key) === true || copied.get(kind)?.has(a.key) === true) writable(kind).delete(a.key);
      } else if (a.type === 'create') {
        writable(a.object.kind).set(a.object.key, { ...a.object, seq: next++ });
      } else {
        const t = writable(a.object.kind);
        const prev = t.get(a.object.key);
        t.set(a.object.key, prev === undefined ? { ...a.object, seq: next++ } : { ...a.object, seq: prev.seq });
      }
    }
    return new ClusterState(tables, events, next);
  }

  private index(): Indexes {
    if (this.indexes !== undefined) return this.indexes;
    const children = new Map<ObjectKey, SimObject[]>();
    const podsByNode = new Map<string, SimObject[]>();
    for (const o of this.all()) {
      const owner = controllerKeyOf(o);
      if (owner !== undefined) {
        const list = children.get(owner);
        if (list === undefined) children.set(owner, [o]);
        else list.push(o);
      }
      if (o.kind === 'Pod') {
        const node = nodeNameOf(o);
        if (node !== undefined) {
          const list = podsByNode.get(node);
          if (list === undefined) podsByNode.set(node, [o]);
          else list.push(o);
        }
      }
    }
    this.indexes = { children, podsByNode };
    return this.indexes;
  }
}
