// The CLI's findings for a workspace, as LSP diagnostics: the language server must publish exactly what
// `kubeplan lint` reports (same rule, severity, range and message), so the CLI serves as the oracle.
import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-protocol';
import { REPO_ROOT } from './paths.js';

interface CliDiagnostic {
  file: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
  severity: 'error' | 'warning' | 'info';
  rule: string;
  message: string;
}

const SEVERITY: Record<CliDiagnostic['severity'], DiagnosticSeverity> = {
  error: DiagnosticSeverity.Error,
  warning: DiagnosticSeverity.Warning,
  info: DiagnosticSeverity.Information,
};

/** The comparable part of a diagnostic, as one readable line. */
export function summary(d: Pick<Diagnostic, 'code' | 'severity' | 'range' | 'message'>): string {
  const { start, end } = d.range;
  return `${String(d.code)} ${String(d.severity)} ${start.line}:${start.character}-${end.line}:${end.character} ${d.message}`;
}

/** `kubeplan lint -o json` over the whole workspace folder, the findings of one file (relative path). */
export async function cliDiagnostics(root: string, file: string): Promise<Diagnostic[]> {
  const bin = path.join(REPO_ROOT, 'core', 'bin', 'kubeplan.js');
  const run = await promisify(execFile)(process.execPath, [bin, 'lint', '.', '-o', 'json', '--fail-on', 'none'], { cwd: root, maxBuffer: 64 << 20 });
  const report = JSON.parse(run.stdout) as { diagnostics: CliDiagnostic[] };
  return report.diagnostics
    .filter((d) => path.normalize(d.file) === path.normalize(file))
    .map((d) => ({
      code: d.rule,
      severity: SEVERITY[d.severity],
      message: d.message,
      range: { start: { line: d.line - 1, character: d.column - 1 }, end: { line: d.endLine - 1, character: d.endColumn - 1 } },
    }));
}
