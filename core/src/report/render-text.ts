import type { Diagnostic, Severity } from '../diagnostic.js';
import { displayRange, sortDiagnostics } from './display.js';
import type { LintReport, LintSummary } from './lint-report.js';
import { planStyle, type Palette, type Style } from './plan-style.js';

export interface TextRenderOptions {
  /** ANSI colours. The caller decides (TTY, `--color`, `NO_COLOR`); the renderer never looks at the environment. */
  color: boolean;
  /** Show error-level findings only (the summary still counts everything). */
  quiet?: boolean;
  /** Print the summary line only. */
  summaryOnly?: boolean;
}

const SEVERITY_STYLE: Readonly<Record<Severity, keyof Palette>> = { error: 'red', warning: 'yellow', info: 'dim' };

/**
 * Human-readable report, grouped by file like eslint's `stylish`:
 *
 * ```
 * deploy/web.yaml
 *   deploy/web.yaml:12:5  error    schema-unknown-field  unknown field "replica" (Deployment/shop/web)
 *   deploy/web.yaml:20:9  warning  no-resource-requests  container "web" has no requests (Deployment/shop/web)
 *
 * 3 resources in 2 files: 2 valid, 1 invalid · 1 error, 1 warning, 0 info · 0 skipped
 * ```
 *
 * Each finding line starts with `file:line:col` (1-based) so terminals and editors can link it.
 */
export function renderText(report: LintReport, opts: TextRenderOptions): string {
  const c = planStyle(opts.color);
  const lines: string[] = [];
  if (opts.summaryOnly !== true) {
    const shown = sortDiagnostics(
      opts.quiet === true ? report.diagnostics.filter((d) => d.severity === 'error') : report.diagnostics,
    );
    if (shown.length === 0) lines.push(allGoodLine(report.diagnostics, c));
    for (const group of groupByFile(shown)) lines.push(...fileBlock(group, c), '');
  }
  lines.push(summaryLine(report.summary, c));
  return `${lines.join('\n')}\n`;
}

function groupByFile(sorted: readonly Diagnostic[]): Diagnostic[][] {
  const groups: Diagnostic[][] = [];
  for (const d of sorted) {
    const last = groups.at(-1);
    if (last !== undefined && last[0]?.file === d.file) last.push(d);
    else groups.push([d]);
  }
  return groups;
}

function fileBlock(diagnostics: readonly Diagnostic[], c: Palette): string[] {
  const rows = diagnostics.map((d) => {
    const r = displayRange(d.range);
    return { d, location: `${clean(d.file)}:${r.line}:${r.column}`, rule: clean(d.rule) };
  });
  // reduce, not Math.max(...xs): a generated file can carry more findings than a call has arguments.
  const widest = (width: (r: (typeof rows)[number]) => number): number =>
    rows.reduce((w, r) => Math.max(w, width(r)), 0);
  const locationWidth = widest((r) => r.location.length);
  const severityWidth = widest((r) => r.d.severity.length);
  const ruleWidth = widest((r) => r.rule.length);
  const messageIndent = ' '.repeat(2 + locationWidth + 2 + severityWidth + 2 + ruleWidth + 2);

  const out = [c.bold(clean(diagnostics[0]?.file ?? ''))];
  for (const { d, location, rule } of rows) {
    // Multi-line messages (parser snippets) continue under the message column; the object goes on the first line.
    const [first = '', ...rest] = d.message.split(/\r?\n/).map(clean);
    const message = d.object !== undefined ? `${first} (${clean(d.object)})` : first;
    const head = `  ${location.padEnd(locationWidth)}  `;
    // Pad outside the colour codes so the escapes wrap the words only.
    const severityPad = ' '.repeat(severityWidth - d.severity.length + 2);
    const rulePad = ' '.repeat(ruleWidth - rule.length + 2);
    out.push(
      d.severity === 'info'
        ? c.dim(`${head}${d.severity}${severityPad}${rule}${rulePad}${message}`)
        : `${head}${c[SEVERITY_STYLE[d.severity]](d.severity)}${severityPad}${c.dim(rule)}${rulePad}${message}`,
    );
    for (const line of rest) out.push(d.severity === 'info' ? c.dim(messageIndent + line) : messageIndent + line);
  }
  return out;
}

function allGoodLine(all: readonly Diagnostic[], c: Palette): string {
  if (all.length === 0) return c.green('✔ No problems found');
  // Quiet mode hid everything that was there: say so, so "no errors" is not mistaken for "nothing at all".
  const warnings = all.filter((d) => d.severity === 'warning').length;
  const infos = all.length - warnings;
  return c.green(`✔ No errors`) + c.dim(` (${plural(warnings, 'warning')}, ${infos} info not shown)`);
}

/** `12 resources in 5 files: 10 valid, 2 invalid · 3 errors, 1 warning, 0 info · 2 skipped` */
function summaryLine(s: LintSummary, c: Palette): string {
  const when = (n: number, style: Style, text: string): string => (n > 0 ? style(text) : text);
  return (
    `${plural(s.resources, 'resource')} in ${plural(s.files, 'file')}: ` +
    `${s.valid} valid, ${when(s.invalid, c.red, `${s.invalid} invalid`)} · ` +
    `${when(s.errors, c.red, plural(s.errors, 'error'))}, ` +
    `${when(s.warnings, c.yellow, plural(s.warnings, 'warning'))}, ` +
    `${s.infos} info · ${s.skipped} skipped`
  );
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/**
 * Control characters from the input (a name or value carrying ESC, say) would drive the user's terminal;
 * show them as `\xNN` instead. Tabs stay; newlines are handled by the caller.
 */
function clean(s: string): string {
  return s.replace(/[\x00-\x08\x0b-\x1f\x7f-\x9f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}
