/**
 * "Did you mean" suggestions: the closest candidate by edit distance (insertions, deletions, substitutions and
 * transpositions of adjacent characters), when it is close enough and no other candidate is as close.
 */

/** Optimal string alignment distance; case differences count half, so `imagepullpolicy` finds `imagePullPolicy`. */
export function editDistance(a: string, b: string): number {
  if (a === b) return 0;
  const rows = a.length + 1;
  const cols = b.length + 1;
  const d: number[] = new Array<number>(rows * cols).fill(0);
  for (let i = 0; i < rows; i++) d[i * cols] = i;
  for (let j = 0; j < cols; j++) d[j] = j;
  for (let i = 1; i < rows; i++) {
    for (let j = 1; j < cols; j++) {
      const ca = a[i - 1]!;
      const cb = b[j - 1]!;
      const cost = ca === cb ? 0 : ca.toLowerCase() === cb.toLowerCase() ? 0.5 : 1;
      let v = Math.min(d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1, d[(i - 1) * cols + j - 1]! + cost);
      if (i > 1 && j > 1 && ca === b[j - 2] && a[i - 2] === cb) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  return d[rows * cols - 1]!;
}

/** Largest distance still worth suggesting for a word of this length. */
function threshold(word: string): number {
  return word.length <= 3 ? 1 : word.length <= 6 ? 2 : 3;
}

/** The candidate equal but for case, else the unique closest candidate within the threshold, or `undefined`. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lower = word.toLowerCase();
  const list = [...candidates];
  const sameLetters = list.filter((c) => c.toLowerCase() === lower);
  if (sameLetters.length === 1) return sameLetters[0];
  let best: string | undefined;
  let bestDistance = Infinity;
  let tie = false;
  for (const c of list) {
    const dist = editDistance(word, c);
    if (dist < bestDistance) {
      best = c;
      bestDistance = dist;
      tie = false;
    } else if (dist === bestDistance) {
      tie = true;
    }
  }
  return best !== undefined && !tie && bestDistance <= threshold(word) ? best : undefined;
}
