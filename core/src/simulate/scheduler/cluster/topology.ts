/**
 * Topology domains per label key, numbered once: for a key, each node's domain id (or -1 when the node lacks
 * the label) and the value of each id. Spread counts and affinity counts are then plain typed arrays indexed
 * by domain id instead of maps keyed by `key=value` strings. Nodes do not change during a scheduler's life, so
 * an index never goes stale.
 */

export interface TopologyIndex {
  readonly key: string;
  /** Domain id per node index; -1 when the node has no such label. */
  readonly domainOf: Int32Array;
  /** Label value per domain id. */
  readonly values: readonly string[];
}

export class Topology {
  private readonly indexes = new Map<string, TopologyIndex>();

  constructor(private readonly nodeLabels: readonly Readonly<Record<string, string>>[]) {}

  get nodeCount(): number {
    return this.nodeLabels.length;
  }

  /** The index for a key, built on first use. */
  of(key: string): TopologyIndex {
    let index = this.indexes.get(key);
    if (index === undefined) {
      const domainOf = new Int32Array(this.nodeLabels.length);
      const ids = new Map<string, number>();
      const values: string[] = [];
      this.nodeLabels.forEach((labels, n) => {
        const value = Object.hasOwn(labels, key) ? labels[key] : undefined;
        if (value === undefined) {
          domainOf[n] = -1;
          return;
        }
        let id = ids.get(value);
        if (id === undefined) {
          id = values.length;
          ids.set(value, id);
          values.push(value);
        }
        domainOf[n] = id;
      });
      index = { key, domainOf, values };
      this.indexes.set(key, index);
    }
    return index;
  }
}
