/**
 * The storage behind one kind of a ClusterState: a full map plus the edits made over it, so that an apply that
 * changes a few objects does not copy the whole table (see cluster-state.ts).
 */
import type { ObjectKey, SimObject } from '../simulate/types.js';

/** A change a KindTable holds over its base: the object (null: deleted) and whether it went to the end. */
interface Edit {
  readonly object: SimObject | null;
  /** Created (or created again after a delete): iterated after the base, as a Map puts a new key last. */
  readonly appended: boolean;
}

const NO_EDITS: ReadonlyMap<ObjectKey, Edit> = new Map();

/** Edits folded into a new base map once there are more than this plus the square root of the base's size. */
const FOLD_AT = 32;

/**
 * One kind's objects by key: a full map (`base`) and the edits made over it since. Iteration order is the one a
 * single Map would have had through the same sets and deletes (a key set again keeps its place, a new key goes
 * last), so creation-order ties are broken the same way whatever the representation.
 */
export class KindTable {
  private constructor(
    private readonly base: ReadonlyMap<ObjectKey, SimObject>,
    private readonly edits: ReadonlyMap<ObjectKey, Edit>,
    readonly size: number,
  ) {}

  static of(objects: ReadonlyMap<ObjectKey, SimObject>): KindTable {
    return new KindTable(objects, NO_EDITS, objects.size);
  }

  static readonly EMPTY = KindTable.of(new Map());

  get(key: ObjectKey): SimObject | undefined {
    const edit = this.edits.get(key);
    return edit === undefined ? this.base.get(key) : (edit.object ?? undefined);
  }

  /** The objects in iteration order (see the class comment). */
  values(): SimObject[] {
    const out: SimObject[] = [];
    for (const [key, o] of this.base) {
      const edit = this.edits.get(key);
      if (edit === undefined) out.push(o);
      else if (edit.object !== null && !edit.appended) out.push(edit.object);
    }
    for (const edit of this.edits.values()) if (edit.object !== null && edit.appended) out.push(edit.object);
    return out;
  }

  /** A writable copy: the apply's sets and deletes, then `done()` for the new table. */
  draft(): KindDraft {
    return new KindDraft(this.base, new Map(this.edits), this.size);
  }

  /** Internal to KindDraft: a table from its parts, folded into a new base when the edits grew large. */
  static made(base: ReadonlyMap<ObjectKey, SimObject>, edits: ReadonlyMap<ObjectKey, Edit>, size: number): KindTable {
    if (edits.size <= FOLD_AT + Math.sqrt(base.size)) return new KindTable(base, edits, size);
    const folded = new Map<ObjectKey, SimObject>();
    for (const o of new KindTable(base, edits, size).values()) folded.set(o.key, o);
    return KindTable.of(folded);
  }
}

/** A KindTable being changed by one `apply`. */
export class KindDraft {
  constructor(
    private readonly base: ReadonlyMap<ObjectKey, SimObject>,
    private readonly edits: Map<ObjectKey, Edit>,
    private size: number,
  ) {}

  get(key: ObjectKey): SimObject | undefined {
    const edit = this.edits.get(key);
    return edit === undefined ? this.base.get(key) : (edit.object ?? undefined);
  }

  set(key: ObjectKey, object: SimObject): void {
    const edit = this.edits.get(key);
    if (this.get(key) !== undefined) {
      this.edits.set(key, { object, appended: edit?.appended ?? false });
      return;
    }
    // A new key goes last: drop a delete marker first, so that the edit is re-inserted at the end.
    this.edits.delete(key);
    this.edits.set(key, { object, appended: true });
    this.size++;
  }

  delete(key: ObjectKey): void {
    if (this.get(key) === undefined) return;
    if (this.base.has(key)) this.edits.set(key, { object: null, appended: false });
    else this.edits.delete(key);
    this.size--;
  }

  done(): KindTable {
    return KindTable.made(this.base, this.edits, this.size);
  }
}
