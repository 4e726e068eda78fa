/**
 * Memo for the costly parts of digesting a pod that are the same for every replica of a template: its
 * requests (exact quantity arithmetic) and which nodes its node affinity admits. Keyed by the JSON of the
 * fields they depend on; bounded, since a cluster may hold many one-off pods.
 */
import { asObject, objectItems, type Obj } from '../../../model/fields.js';

const MAX_ENTRIES = 4096;

/** A bounded memo: past its size it starts over rather than grow. */
export class Memo<T> {
  private readonly entries = new Map<string, T>();

  get(key: string, make: () => T): T {
    let value = this.entries.get(key);
    if (value === undefined) {
      if (this.entries.size >= MAX_ENTRIES) this.entries.clear();
      value = make();
      this.entries.set(key, value);
    }
    return value;
  }
}

function containerKey(c: Obj): unknown {
  return [c.resources ?? null, c.restartPolicy ?? null];
}

/** The fields PodRequests reads. */
export function resourcesKey(spec: Obj): string {
  return JSON.stringify([
    objectItems(spec.containers).map(({ item }) => containerKey(item)),
    objectItems(spec.initContainers).map(({ item }) => containerKey(item)),
    spec.overhead ?? null,
    asObject(spec.resources) ?? null,
  ]);
}
