/**
 * What happened between two measures of a workload, in a few words for the step's `note`: the ReplicaSets the
 * Deployment controller resized (`scaled web-7d9fc8b6d up to 2`), the pods deleted and created, and why a new
 * pod waits (`pod web-7d9fc8b6d-x2k4p Pending: 0/4 nodes are available: ...`). Long lists are cut short.
 */
import { samePod, type Measure, type PodFacts } from './rollout-measure.js';

/** Pod names listed in one note before `and N more`. */
const MAX_NAMES = 3;

function names(pods: readonly PodFacts[], withNode: boolean): string {
  const shown = pods.slice(0, MAX_NAMES).map((p) => (withNode && p.node !== null ? `${p.name} on ${p.node}` : p.name));
  return pods.length > MAX_NAMES ? `${shown.join(', ')} and ${pods.length - MAX_NAMES} more` : shown.join(', ');
}

function replicaSetNotes(prev: Measure, cur: Measure): string[] {
  const out: string[] = [];
  for (const [name, size] of cur.replicaSets) {
    const before = prev.replicaSets.get(name) ?? 0;
    if (size !== before) out.push(`scaled ${name} ${size > before ? 'up' : 'down'} to ${size}`);
  }
  return out;
}

/** The notes for the change from `prev` to `cur`, in the order things happen: resize, delete, create, wait. */
export function stepNotes(prev: Measure, cur: Measure): string[] {
  const notes = replicaSetNotes(prev, cur);
  const deleted = [...prev.pods.values()].filter((p) => !samePod(p, cur.pods.get(p.key)));
  if (deleted.length > 0) notes.push(`deleted ${deleted.length === 1 ? 'pod ' : 'pods '}${names(deleted, false)}`);
  const created = [...cur.pods.values()].filter((p) => !samePod(p, prev.pods.get(p.key)));
  const placed = created.filter((p) => p.node !== null);
  if (placed.length > 0) notes.push(`created ${placed.length === 1 ? 'pod ' : 'pods '}${names(placed, true)}`);
  const bound = [...cur.pods.values()].filter((p) => p.node !== null && samePod(p, prev.pods.get(p.key)) && prev.pods.get(p.key)?.node === null);
  if (bound.length > 0) notes.push(`scheduled ${names(bound, true)}`);
  const waiting = [...cur.pods.values()].filter((p) => p.pending !== undefined && prev.pods.get(p.key)?.pending !== p.pending);
  const first = waiting[0];
  if (first !== undefined) notes.push(`pod ${first.name} Pending: ${first.pending ?? ''}${waiting.length > 1 ? ` (and ${waiting.length - 1} more Pending)` : ''}`);
  return notes;
}
