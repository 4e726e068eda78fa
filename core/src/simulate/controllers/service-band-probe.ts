/**
 * Deterministic stand-in for the allocators' random pick (ipallocator.go allocateNextService, portallocator's
 * bitmap AllocateNext with an offset). Upstream splits a range in two bands (KEP-3070 for ClusterIPs, KEP-3668 for
 * node ports): dynamic allocation starts at a random point of the upper band, walks forward with wrap-around, and
 * falls back to the lower band only when the upper one is full, so the lower band stays free for values users
 * request. kubeplan replaces "random" by a hash of the object's `namespace/name`: the same Service gets the same
 * address in every run and in both sides of a diff, and the walk skips values already taken.
 */
import { createHash } from 'node:crypto';

/** An inclusive band of values `[first, last]`. */
export interface Band {
  readonly first: number;
  readonly last: number;
}

/** A stable index in `[0, size)` for a seed: the first 48 bits of its SHA-256. */
function hashIndex(seed: string, size: number): number {
  const digest = createHash('sha256').update(seed).digest();
  return digest.readUIntBE(0, 6) % size;
}

/**
 * The first free value of the bands, each walked from the seed's hash with wrap-around, in order (upper band
 * first). Undefined when every value is taken: upstream's `range is full`.
 */
export function pickFree(bands: readonly Band[], seed: string, isTaken: (value: number) => boolean): number | undefined {
  for (const band of bands) {
    const size = band.last - band.first + 1;
    if (size <= 0) continue;
    const start = hashIndex(seed, size);
    for (let i = 0; i < size; i++) {
      const value = band.first + ((start + i) % size);
      if (!isTaken(value)) return value;
    }
  }
  return undefined;
}

/**
 * KEP-3070 / KEP-3668 `calculateRangeOffset`: the size of the lower (static) band, `min(max(min, size/step), max)`,
 * or 0 when the range is too small to split.
 */
export function staticBandSize(rangeSize: number, limits: { min: number; max: number; step: number }): number {
  if (rangeSize <= limits.min) return 0;
  return Math.min(Math.max(limits.min, Math.floor(rangeSize / limits.step)), limits.max);
}
