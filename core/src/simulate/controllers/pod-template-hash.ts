/**
 * The `pod-template-hash` of Deployments and the revision hash of StatefulSets and DaemonSets
 * (pkg/controller/controller_utils.go ComputeHash): a 32-bit FNV-1a hash of the pod template, then of
 * `collisionCount` as 4 little-endian bytes when set, printed in decimal and re-encoded with
 * apimachinery's SafeEncodeString (util/rand/rand.go), which maps each byte onto an alphabet without vowels.
 *
 * Upstream hashes a Go dump of the typed template (hashutil.DeepHashObject, spew's printer), which TypeScript
 * cannot reproduce: kubeplan hashes the canonical JSON of the template instead. The values therefore differ
 * from a real cluster's, but keep the properties that matter: stable for one template, different for another,
 * the same 10-character-or-so shape (`7d9c5b8f6d`).
 */
import { canonicalJson } from './canonical-json.js';

/** apimachinery util/rand: no vowels (no accidental words) and no look-alike digits 0, 1, 3. */
const SAFE_ALPHABET = 'bcdfghjklmnpqrstvwxz2456789';

const FNV_OFFSET_BASIS = 0x811c9dc5;
const FNV_PRIME = 0x01000193;

/** FNV-1a, 32 bits (Go's hash/fnv New32a), continuing from `hash`. */
export function fnv32a(bytes: Uint8Array, hash: number = FNV_OFFSET_BASIS): number {
  let h = hash >>> 0;
  for (const b of bytes) h = Math.imul(h ^ b, FNV_PRIME) >>> 0;
  return h;
}

/** rand.SafeEncodeString: each byte of `s` picks `alphabet[byte % 27]`. */
export function safeEncodeString(s: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(s)) out += SAFE_ALPHABET[b % SAFE_ALPHABET.length];
  return out;
}

/** controller.ComputeHash over kubeplan's canonical JSON of the template (see the file comment). */
export function computeHash(template: unknown, collisionCount?: number): string {
  let h = fnv32a(new TextEncoder().encode(canonicalJson(template ?? {})));
  if (collisionCount !== undefined) {
    const bytes = new Uint8Array(4);
    new DataView(bytes.buffer).setUint32(0, collisionCount >>> 0, true);
    h = fnv32a(bytes, h);
  }
  return safeEncodeString(String(h));
}
