/**
 * Per-attempt scratch data (framework.CycleState): what PreFilter / PreScore compute once per pod and Filter /
 * Score read once per node. Typed keys instead of upstream's string keys and type assertions: a key carries
 * its value type, and a slot index so that a read in the per-node loop is one array access, not a map lookup.
 */

/**
 * The next free slot. Keys are created at module load (one per plugin datum), so this only counts while
 * modules initialise; afterwards the slot layout is fixed, the same for every scheduler.
 */
let nextSlot = 0;

/** A typed slot in the cycle state; create one per plugin datum at module load (`stateKey<MyState>('Fit')`). */
export interface StateKey<T> {
  readonly name: string;
  readonly slot: number;
  /** Phantom field: ties the key to its value type; never set. */
  readonly type?: T;
}

/** A new key; create keys at module load, one per datum (the slot numbers are fixed from then on). */
export function stateKey<T>(name: string): StateKey<T> {
  return Object.freeze({ name, slot: nextSlot++ });
}

/** One cycle's scratch data, written by PreFilter/PreScore and read by Filter/Score. */
export class CycleState {
  private readonly slots: unknown[] = [];

  write<T>(key: StateKey<T>, value: T): void {
    this.slots[key.slot] = value;
  }

  /** The value written by this cycle's PreFilter/PreScore; undefined when that plugin skipped or did not run. */
  read<T>(key: StateKey<T>): T | undefined {
    return this.slots[key.slot] as T | undefined;
  }
}
