import type { Diagnostic } from '../diagnostic.js';
import { displayRange, sortDiagnostics } from './display.js';
import type { LintReport } from './lint-report.js';

/** One `<testcase>`: a checked object, or a problem that belongs to no object (a YAML syntax error, say). */
interface TestCase {
  name: string;
  /** 0-based line, for ordering. */
  line: number;
  fileLevel: boolean;
  diagnostics: Diagnostic[];
}

interface Suite {
  file: string;
  cases: TestCase[];
  /** Object testcases by ref, in line order (a file may hold the same ref twice). */
  byRef: Map<string, TestCase[]>;
}

/**
 * JUnit XML for CI test reports: one `<testsuite>` per file, one `<testcase>` per checked object (passing when
 * it has no error-level finding) and one per file-level problem. Error-level findings on an object are a
 * `<failure>`; an error-level file-level problem (the input could not be checked) is an `<error>`. Warnings and
 * infos never fail a testcase; they are listed in its `<system-out>`.
 */
export function renderJunit(report: LintReport): string {
  const suites = buildSuites(report);
  let tests = 0;
  let failures = 0;
  let errors = 0;
  const body: string[] = [];
  for (const suite of suites) {
    const cases = [...suite.cases].sort((a, b) => a.line - b.line || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    const failed = cases.filter((c) => !c.fileLevel && hasError(c)).length;
    const errored = cases.filter((c) => c.fileLevel && hasError(c)).length;
    tests += cases.length;
    failures += failed;
    errors += errored;
    body.push(`  <testsuite ${attrs({ name: suite.file, tests: cases.length, failures: failed, errors: errored })}>`);
    for (const c of cases) body.push(...testcase(suite.file, c));
    body.push('  </testsuite>');
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites ${attrs({ name: 'kubeplan', tests, failures, errors })}>`,
    ...body,
    '</testsuites>',
    '',
  ].join('\n');
}

function buildSuites(report: LintReport): Suite[] {
  const suites = new Map<string, Suite>();
  const suiteFor = (file: string): Suite => {
    let s = suites.get(file);
    if (s === undefined) suites.set(file, (s = { file, cases: [], byRef: new Map() }));
    return s;
  };
  const addObject = (s: Suite, ref: string, line: number): TestCase => {
    const c: TestCase = { name: ref, line, fileLevel: false, diagnostics: [] };
    s.cases.push(c);
    s.byRef.set(ref, [...(s.byRef.get(ref) ?? []), c]);
    return c;
  };

  const objects = [...(report.objects ?? [])].sort((a, b) => a.line - b.line);
  for (const o of objects) addObject(suiteFor(o.file), o.ref, o.line);

  for (const d of sortDiagnostics(report.diagnostics)) {
    const s = suiteFor(d.file);
    const line = d.range.start.line;
    if (d.object === undefined) {
      const r = displayRange(d.range);
      s.cases.push({ name: `${d.rule} at ${r.line}:${r.column}`, line, fileLevel: true, diagnostics: [d] });
      continue;
    }
    // With the same ref twice in a file, a finding belongs to the last one starting at or before it.
    const candidates = s.byRef.get(d.object);
    const owner =
      candidates === undefined
        ? addObject(s, d.object, line)
        : (candidates.findLast((c) => c.line <= line) ?? candidates[0] ?? addObject(s, d.object, line));
    owner.diagnostics.push(d);
  }
  return [...suites.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

function hasError(c: TestCase): boolean {
  return c.diagnostics.some((d) => d.severity === 'error');
}

function testcase(file: string, c: TestCase): string[] {
  const open = `    <testcase ${attrs({ classname: file, name: c.name })}`;
  if (c.diagnostics.length === 0) return [`${open}/>`];
  const failing = c.diagnostics.filter((d) => d.severity === 'error');
  const other = c.diagnostics.filter((d) => d.severity !== 'error');
  const out = [`${open}>`];
  const first = failing[0];
  if (first !== undefined) {
    const tag = c.fileLevel ? 'error' : 'failure';
    const message = failing.length > 1 ? `${first.message} (and ${failing.length - 1} more)` : first.message;
    out.push(`      <${tag} ${attrs({ message, type: first.rule })}>${text(failing.map(line).join('\n'))}</${tag}>`);
  }
  if (other.length > 0) out.push(`      <system-out>${text(other.map(line).join('\n'))}</system-out>`);
  out.push('    </testcase>');
  return out;
}

function line(d: Diagnostic): string {
  const r = displayRange(d.range);
  return `${d.file}:${r.line}:${r.column} ${d.severity} ${d.rule} ${d.message}`;
}

function attrs(values: Record<string, string | number>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k}="${attr(String(v))}"`)
    .join(' ');
}

const TEXT_ESCAPES: Readonly<Record<string, string>> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;' };
const ATTR_ESCAPES: Readonly<Record<string, string>> = {
  ...TEXT_ESCAPES,
  '"': '&quot;',
  "'": '&apos;',
  // Attribute values are whitespace-normalised by parsers; character references keep line breaks and tabs.
  '\n': '&#10;',
  '\t': '&#9;',
};

function text(s: string): string {
  return validXmlChars(s).replace(/[&<>\r]/g, (ch) => TEXT_ESCAPES[ch] ?? ch);
}

function attr(s: string): string {
  return validXmlChars(s).replace(/[&<>"'\r\n\t]/g, (ch) => ATTR_ESCAPES[ch] ?? ch);
}

/**
 * XML 1.0 cannot carry most control characters, U+FFFE/U+FFFF or unpaired surrogates, not even as character
 * references; show them as `\uXXXX` so the document stays well-formed.
 */
function validXmlChars(s: string): string {
  return s.replace(
    /[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g,
    (ch) => `\\u${ch.charCodeAt(0).toString(16).padStart(4, '0')}`,
  );
}
