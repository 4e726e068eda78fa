import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic } from '../diagnostic.js';
import { applyFixes } from '../lint/apply-fixes.js';
import { unifiedDiff } from '../lint/fix-diff.js';
import { isSafeFix } from '../lint/safe-fixes.js';

export interface FixOutcome {
  /** Findings fixed. */
  problems: number;
  /** Files changed. */
  files: number;
  /** Unified diffs of the changes, one per file (dry run). */
  diffs: string[];
}

const BOM = '\uFEFF';
/** Fixing can reveal more to fix (tabs first, then the quoting they hid); passes stop when nothing changes. */
const MAX_PASSES = 10;

/** Lints one file's text in memory, for the next pass. */
export type Relint = (file: string, text: string) => Promise<readonly Diagnostic[]>;

/**
 * Applies the safe fixes of `diagnostics` to their files, then re-lints each changed text in memory and applies
 * what appears, until nothing changes; writes the files, or only returns diffs (--fix-dry-run), so both modes
 * produce the same text. The loader drops a byte order mark before positions are computed, so it is set aside
 * here and written back.
 */
export async function fixFiles(diagnostics: readonly Diagnostic[], cwd: string, mode: 'write' | 'dry-run', relint: Relint): Promise<FixOutcome> {
  const byFile = new Map<string, Diagnostic[]>();
  for (const d of diagnostics) if (isSafeFix(d)) byFile.set(d.file, [...(byFile.get(d.file) ?? []), d]);
  const outcome: FixOutcome = { problems: 0, files: 0, diffs: [] };
  for (const file of [...byFile.keys()].sort()) {
    const absolute = path.resolve(cwd, file);
    let raw: string;
    try {
      raw = readFileSync(absolute, 'utf8');
    } catch {
      continue; // gone since it was linted: nothing to fix
    }
    const bom = raw.startsWith(BOM) ? BOM : '';
    const before = raw.slice(bom.length);
    let text = before;
    let pending: readonly Diagnostic[] = byFile.get(file) ?? [];
    let problems = 0;
    for (let pass = 0; pass < MAX_PASSES && pending.length > 0; pass++) {
      const { text: next, fixed } = applyFixes(text, pending);
      if (next === text) break;
      problems += fixed.length;
      text = next;
      pending = (await relint(file, text)).filter(isSafeFix);
    }
    if (text === before) continue;
    if (mode === 'write') writeFileSync(absolute, bom + text);
    else outcome.diffs.push(unifiedDiff(patchName(file, absolute, cwd), before, text));
    outcome.problems += problems;
    outcome.files++;
  }
  return outcome;
}

/** The name in the patch: relative to the working directory when below it, so that `git apply` takes it. */
function patchName(file: string, absolute: string, cwd: string): string {
  const relative = path.relative(cwd, absolute);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `fixed 3 problems in 2 files` (or `would fix ...` for a dry run). */
export function fixSummary(outcome: FixOutcome, mode: 'write' | 'dry-run'): string {
  return `${mode === 'write' ? 'fixed' : 'would fix'} ${plural(outcome.problems, 'problem')} in ${plural(outcome.files, 'file')}`;
}
