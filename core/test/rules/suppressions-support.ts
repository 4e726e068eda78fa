/** Builders for the suppression tests: YAML in, the findings left after suppression out. */
import { lintLoaded, type LintOptions } from '../../src/lint/index.js';
import { loadText } from '../../src/load/index.js';
import type { LintReport } from '../../src/report/index.js';
import type { RuleSettings } from '../../src/rules/index.js';

export const lines = (...ls: string[]): string => `${ls.join('\n')}\n`;

/** Schema checks, plus the rules named (at error): findings that do not depend on other engineers' rules. */
export function only(...rules: string[]): RuleSettings {
  return { preset: 'none', rules: Object.fromEntries(rules.map((id) => [id, { level: 'error' as const }])), assumeComplete: false };
}

/** Lints one file in memory with its text, as the language server would. */
export async function lintText(text: string, options: LintOptions = {}, file = 'app.yaml'): Promise<LintReport> {
  const { accepted: _accepted, ...report } = await lintLoaded(loadText(text, file), { rules: only(), texts: new Map([[file, text]]), ...options });
  return report;
}

/** `rule line` (1-based) of each finding. */
export function found(report: LintReport): string[] {
  return report.diagnostics.map((d) => `${d.rule} ${d.range.start.line + 1}`);
}

/** A Deployment with three containers; `extra` lines are inserted as given (with their indentation). */
export function deployment(opts: { name?: string; annotations?: string[]; above?: Record<number, string>; trailing?: Record<number, string> } = {}): string {
  const body = [
    'apiVersion: apps/v1',
    'kind: Deployment',
    'metadata:',
    `  name: ${opts.name ?? 'web'}`,
    ...(opts.annotations ? ['  annotations:', ...opts.annotations.map((a) => `    ${a}`)] : []),
    'spec:',
    '  selector:',
    '    matchLabels: {app: web}',
    '  template:',
    '    metadata:',
    '      labels: {app: api}',
    '    spec:',
    '      containers:',
    '        - name: app',
    '          image: nginx:1.27',
    '          imagePullPolicy: Alwayz',
    '        - name: sidecar',
    '          image: envoy:1.30',
    '          bogus: 1',
    '        - name: third',
    '          image: busybox:1.36',
    '          bogus: 2',
  ];
  const out: string[] = [];
  body.forEach((line, i) => {
    if (opts.above?.[i] !== undefined) out.push(opts.above[i] as string);
    out.push(opts.trailing?.[i] !== undefined ? `${line} ${opts.trailing[i]}` : line);
  });
  return lines(...out);
}
