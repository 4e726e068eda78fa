import { resolveKubeScalar, stringifyKey } from './kube-scalar.js';
import { BACKSLASH, COLON, CR, DQ, HASH, LF, SP, SQ, TAB } from './char-codes.js';

/**
 * Character-level scanning for the fast position path (`fast-positions.ts`): keys and the extent of scalar
 * values in block YAML, with the offsets `yaml` gives their nodes. Whatever is not certain throws
 * {@link FastPathDeclined}, and the document's positions come from `yaml` instead.
 */
export class FastPathDeclined extends Error {}

export function decline(reason: string): never {
  throw new FastPathDeclined(reason);
}

/** A scalar or flow value: `yaml`'s range [start, end) and where the lines after it begin. */
export interface Extent {
  start: number;
  end: number;
  /** End of the value's last line (before the line break). */
  lastLineEnd: number;
  /** Start of the line after the value. */
  after: number;
}

/** A mapping key on one line: its range, its decoded string, and where its value starts (past `: `). */
export interface KeyInfo {
  ks: number;
  ke: number;
  key: string;
  value: number;
}

export class Scanner {
  /** `n`: where the document's content ends: the text length, until the tree meets a `...` line. */
  constructor(
    readonly t: string,
    public n: number,
  ) {}

  /** The offset of the line break ending the line holding `i` (or `n`). */
  eol(i: number): number {
    const nl = this.t.indexOf('\n', i);
    return nl < 0 || nl > this.n ? this.n : nl;
  }

  /** Start of the line after the one holding `i`. */
  nextLine(i: number): number {
    const e = this.eol(i);
    return e < this.n ? e + 1 : this.n;
  }

  spaces(i: number): number {
    const t = this.t;
    while (t.charCodeAt(i) === SP) i++;
    return i;
  }

  /** True at a line break or at the end of the content. */
  isBreak(i: number): boolean {
    const c = this.t.charCodeAt(i);
    return i >= this.n || c === LF || c === CR;
  }

  /** True where a space, a line break or the end follows an indicator (tabs are declined). */
  isBlank(i: number): boolean {
    const c = this.t.charCodeAt(i);
    if (c === TAB) decline('tab');
    return c === SP || i >= this.n || c === LF || c === CR;
  }

  /** Past the spaces at `i`: a line break, a comment, or the value's first character. */
  afterSpaces(i: number): number {
    i = this.spaces(i);
    if (this.t.charCodeAt(i) === TAB) decline('tab');
    return i;
  }

  /** The closing quote of the quoted scalar opening at `q` (-1 if none), as the `yaml` lexer finds it. */
  closeQuote(q: number): number {
    const t = this.t;
    if (t.charCodeAt(q) === SQ) {
      let end = t.indexOf("'", q + 1);
      while (end !== -1 && t.charCodeAt(end + 1) === SQ) end = t.indexOf("'", end + 2);
      return end >= this.n ? -1 : end;
    }
    let end = t.indexOf('"', q + 1);
    while (end !== -1) {
      let k = 0;
      while (t.charCodeAt(end - 1 - k) === BACKSLASH) k++;
      if (k % 2 === 0) break;
      end = t.indexOf('"', end + 1);
    }
    return end >= this.n ? -1 : end;
  }

  /** What {@link keyAt} returns, reused: callers copy what they keep before the next call. */
  private readonly keyInfo: KeyInfo = { ks: 0, ke: 0, key: '', value: 0 };

  /**
   * The key whose first character is at `f`, or undefined when the line holds no `key:` (a scalar, a sequence
   * entry...). Complex, tagged, anchored, aliased, merge and flow keys, and multi-line keys are declined.
   */
  keyAt(f: number): KeyInfo | undefined {
    const t = this.t;
    const c = t.charCodeAt(f);
    let ke: number;
    let key: string;
    let i: number;
    if (c === DQ || c === SQ) {
      const close = this.closeQuote(f);
      if (close < 0) decline('unclosed quote');
      i = this.afterSpaces(close + 1);
      if (t.charCodeAt(i) !== COLON || !this.isBlank(i + 1)) return undefined; // a quoted scalar
      if (close > this.eol(f)) decline('multi-line key');
      ke = close + 1;
      const raw = t.slice(f + 1, close);
      if (c === SQ) key = raw.includes("'") ? raw.replaceAll("''", "'") : raw;
      else if (raw.includes('\\')) decline('escape in key');
      else key = raw;
    } else {
      if (c === 63 || c === 38 || c === 42 || c === 33 || c === 37 || c === 64 || c === 96) decline('key indicator'); // ? & * ! % @ `
      if (c === 91 || c === 123 || c === 44 || c === 93 || c === 125) decline('flow key'); // [ { , ] }
      if (c === 124 || c === 62) return undefined; // | > block scalar
      if (c === 45 && this.isBlank(f + 1)) return undefined; // sequence entry
      i = f;
      for (;;) {
        const ch = t.charCodeAt(i);
        if (i >= this.n || ch === LF || ch === CR) return undefined;
        if (ch === TAB) decline('tab');
        if (ch === COLON && this.isBlank(i + 1)) break;
        if (ch === SP && t.charCodeAt(i + 1) === HASH) return undefined;
        i++;
      }
      ke = i;
      while (t.charCodeAt(ke - 1) === SP) ke--;
      const raw = t.slice(f, ke);
      if (raw === '<<') decline('merge key');
      // a key of 6+ characters starting with a letter is no boolean, null or number: skip the resolution
      key = raw.length > 5 && ((c >= 97 && c <= 122) || (c >= 65 && c <= 90)) ? raw : stringifyKey(resolveKubeScalar(raw));
    }
    const info = this.keyInfo;
    info.ks = f;
    info.ke = ke;
    info.key = key;
    info.value = this.afterSpaces(i + 1);
    return info;
  }

  /** Checks that only spaces and a comment follow `i` on its line. */
  lineRestEmpty(i: number): void {
    i = this.afterSpaces(i);
    if (!this.isBreak(i) && (this.t.charCodeAt(i) !== HASH || this.t.charCodeAt(i - 1) !== SP)) decline('text after a value');
  }

  /**
   * Continuation lines of multi-line quoted or flow values must be blank or indented at least `indentNext`
   * (else `yaml` reports an error and recovers its own way).
   */
  checkContinuation(from: number, to: number, indentNext: number): void {
    const t = this.t;
    for (let nl = t.indexOf('\n', from); nl >= 0 && nl < to; nl = t.indexOf('\n', nl + 1)) {
      const f = this.spaces(nl + 1);
      if (f - nl - 1 < indentNext && !this.isBreak(f)) decline('under-indented continuation');
    }
  }
}
