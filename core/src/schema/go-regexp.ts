/**
 * CRD `pattern`s are Go regular expressions (RE2), checked by the API server with Go's regexp package. This
 * reads the RE2 spellings JavaScript lacks — leading flag groups such as `(?i)`, `\A`, `\z`, `(?P<name>` — and,
 * for a pattern JavaScript still cannot read, checks nothing rather than rejecting the whole schema.
 */
import type { RegExpEngine } from 'ajv/dist/types/index.js';

/** `(?i)` at the start, possibly after the `^` anchor (`^(?i)(abort|warn)$`). */
const LEADING_FLAGS = /^(\^?)\(\?([imsU]+)\)/;
const MATCH_ANYTHING = /(?:)/;

export const goRegExp: RegExpEngine = Object.assign(
  (pattern: string, unicode: string): RegExp => {
    let source = pattern;
    let flags = unicode;
    const lead = LEADING_FLAGS.exec(source);
    if (lead) {
      source = lead[1]! + source.slice(lead[0].length);
      if (lead[2]!.includes('i')) flags += 'i';
      if (lead[2]!.includes('s')) flags += 's';
    }
    source = source.replace(/\\A/g, '^').replace(/\\z/g, '$').replace(/\(\?P</g, '(?<');
    // Go accepts escapes of any punctuation; JavaScript's unicode mode does not, so retry without it.
    for (const f of [flags, flags.replace('u', '')]) {
      try {
        return new RegExp(source, f);
      } catch {
        // try the next flags
      }
    }
    return MATCH_ANYTHING;
  },
  { code: 'goRegExp' },
);
