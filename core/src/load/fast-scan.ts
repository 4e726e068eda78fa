import { resolveKubeScalar, stringifyKey } from './kube-scalar.js';

/**
 * Character-level scanning for the fast position path (`fast-positions.ts`): keys and the extent of scalar
 * values in block YAML, with the offsets `yaml` gives their nodes. Whatever is not certain throws
 * {@link FastPathDeclined}, and the document's positions come from `yaml` instead.
 */
export class FastPathDeclined extends Error {}

export function decline(reason: string): never {
  throw new FastPathDeclined(reason);
}

const SP = 32;
const TAB = 9;
const LF = 10;
const CR = 13;
const HASH = 35;
const COLON = 58;
const DQ = 34;
const SQ = 39;
const BACKSLASH = 92;

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
  /** `n`: where the document's content ends (the text length, or the start of a `...` line). */
  constructor(
    readonly t: string,
    readonly n: number,
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
      key = stringifyKey(resolveKubeScalar(raw));
    }
    return { ks: f, ke, key, value: this.afterSpaces(i + 1) };
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

  /** A single- or double-quoted value at `q` (possibly multi-line). */
  quoted(q: number, indentNext: number): Extent {
    const close = this.closeQuote(q);
    if (close < 0) decline('unclosed quote');
    this.checkContinuation(q, close, indentNext);
    const i = this.afterSpaces(close + 1);
    if (this.t.charCodeAt(i) === COLON) decline('quoted key where a value is expected');
    this.lineRestEmpty(close + 1);
    const lastLineEnd = this.eol(close);
    return { start: q, end: close + 1, lastLineEnd, after: lastLineEnd < this.n ? lastLineEnd + 1 : this.n };
  }

  /** A flow collection at `o`: only its extent, the fast path never looks inside. */
  flow(o: number, indentNext: number): Extent {
    const t = this.t;
    let depth = 0;
    let prev = 0; // last non-space character
    let i = o;
    for (; ; i++) {
      if (i >= this.n) decline('unclosed flow collection');
      const c = t.charCodeAt(i);
      if (c === 91 || c === 123) depth++;
      else if (c === 93 || c === 125) {
        if (--depth === 0) break;
      } else if ((c === DQ || c === SQ) && (prev === 91 || prev === 123 || prev === 44 || prev === COLON)) {
        const close = this.closeQuote(i);
        if (close < 0 || close > this.eol(i)) decline('quoted scalar in a flow collection');
        i = close;
      } else if (c === HASH && (prev === 0 || t.charCodeAt(i - 1) === SP)) decline('comment in a flow collection');
      else if ((c === 38 || c === 42 || c === 33 || c === 63) && (prev === 91 || prev === 123 || prev === 44)) decline('flow props');
      else if (c === TAB) decline('tab');
      if (c === LF) prev = 0;
      else if (c !== SP && c !== CR) prev = c;
    }
    this.checkContinuation(o, i, indentNext);
    if (t.charCodeAt(this.afterSpaces(i + 1)) === COLON) decline('flow key');
    this.lineRestEmpty(i + 1);
    const lastLineEnd = this.eol(i);
    return { start: o, end: i + 1, lastLineEnd, after: lastLineEnd < this.n ? lastLineEnd + 1 : this.n };
  }

  /**
   * A plain scalar value at `s`, with its continuation lines (blank, or indented at least `indentNext`).
   * Continuation lines that could read as anything else are declined.
   */
  plain(s: number, indentNext: number): Extent {
    const t = this.t;
    let end = s;
    let lastLineEnd = this.eol(s);
    let comment = false;
    for (let i = s; i < lastLineEnd; i++) {
      const c = t.charCodeAt(i);
      if (c === TAB) decline('tab');
      if (c === SP) {
        if (t.charCodeAt(i + 1) === HASH) {
          comment = true;
          break;
        }
      } else if (c === COLON && this.isBlank(i + 1)) decline('mapping in a plain value');
      else if (c !== CR) end = i + 1;
    }
    let q = lastLineEnd + 1;
    while (!comment && q < this.n) {
      const f = this.spaces(q);
      if (this.isBreak(f)) {
        q = this.nextLine(f);
        continue;
      }
      const c = t.charCodeAt(f);
      if (f - q < indentNext || c === HASH) break;
      if (c === TAB || ((c === 45 || c === 63 || c === COLON) && this.isBlank(f + 1))) decline('odd continuation line');
      const e = this.eol(f);
      for (let i = f; i < e; i++) {
        const ch = t.charCodeAt(i);
        if (ch === TAB || (ch === COLON && this.isBlank(i + 1)) || (ch === SP && t.charCodeAt(i + 1) === HASH)) decline('odd continuation line');
        if (ch !== SP && ch !== CR) end = i + 1;
      }
      lastLineEnd = e;
      q = this.nextLine(f);
    }
    return { start: s, end, lastLineEnd, after: lastLineEnd < this.n ? lastLineEnd + 1 : this.n };
  }

  /**
   * A block scalar whose header (`|`, `>-`...) is at `h`: its end as the `yaml` lexer computes it (content
   * lines, and trailing blank lines as chomping and indentation decide). Indentation indicators are declined.
   */
  blockScalar(h: number, indentNext: number): Extent {
    const t = this.t;
    let i = h + 1;
    let keep = false;
    for (let c = t.charCodeAt(i); c === 43 || c === 45; c = t.charCodeAt(++i)) if (c === 43) keep = true; // + -
    if (!this.isBlank(i)) decline('block scalar header');
    this.lineRestEmpty(i);
    const pos = this.nextLine(h);
    // From here on, a port of `Lexer.parseBlockScalar` (yaml 2.x), on the whole document text.
    let nl = pos - 1;
    let indent = 0;
    for (let j = pos; j < t.length; j++) {
      const c = t.charCodeAt(j);
      if (c === SP) indent++;
      else if (c === LF) {
        nl = j;
        indent = 0;
      } else if (c !== CR || t.charCodeAt(j + 1) !== LF) break;
    }
    if (indent >= indentNext) {
      const contentIndent = indent;
      do {
        const cs = this.continueScalar(nl + 1, contentIndent);
        if (cs === -1) break;
        nl = t.indexOf('\n', cs);
      } while (nl !== -1);
      if (nl === -1) nl = t.length;
    }
    let j = nl + 1;
    while (t.charCodeAt(j) === SP) j++;
    if (t.charCodeAt(j) === TAB) decline('tab after a block scalar');
    if (!keep) {
      for (;;) {
        let k = nl - 1;
        if (t.charCodeAt(k) === CR) k--;
        const lastChar = k;
        while (t.charCodeAt(k) === SP) k--;
        if (t.charCodeAt(k) === LF && k >= pos && k + 1 + indent > lastChar) nl = k;
        else break;
      }
    }
    const end = Math.min(nl + 1, t.length);
    if (end > this.n) decline('block scalar past the document end');
    return { start: h, end, lastLineEnd: end, after: end };
  }

  /** `Lexer.continueScalar` for an indentation above 0. */
  private continueScalar(offset: number, indentNext: number): number {
    const t = this.t;
    let indent = 0;
    let c = t.charCodeAt(offset);
    while (c === SP) c = t.charCodeAt(++indent + offset);
    if (c === CR && t.charCodeAt(indent + offset + 1) === LF) return offset + indent + 1;
    return c === LF || indent >= indentNext ? offset + indent : -1;
  }
}
