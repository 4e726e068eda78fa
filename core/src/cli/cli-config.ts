import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type { KubeplanConfig } from '../config/config.js';
import { findConfigFile, type ConfigFs } from '../config/find-config.js';
import { parseConfig } from '../config/parse-config.js';
import { ruleCatalog } from '../config/rule-catalog.js';
import type { Diagnostic } from '../diagnostic.js';
import { UsageError } from '../errors.js';
import { LINT_RULES } from '../lint/lint-loaded.js';
import type { LintArgs } from './args.js';

const nodeFs: ConfigFs = {
  exists: (file) => existsSync(file),
  isDirectory: (file) => statSync(file, { throwIfNoEntry: false })?.isDirectory() ?? false,
};

export interface RunConfig {
  config?: KubeplanConfig;
  /** `config-invalid` findings, positioned in the configuration file. */
  diagnostics: Diagnostic[];
}

/** The configuration of a run: --config, else .kubeplan.yaml found from the inputs; none with --no-config. */
export function loadRunConfig(args: Pick<LintArgs, 'config' | 'noConfig' | 'paths'>, cwd: string): RunConfig {
  if (args.noConfig) return { diagnostics: [] };
  const file = args.config !== undefined ? path.resolve(cwd, args.config) : findConfigFile(args.paths, cwd, nodeFs);
  if (file === undefined) return { diagnostics: [] };
  let text: string;
  try {
    text = readFileSync(file, 'utf8').replace(/^\uFEFF/, '');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new UsageError(code === 'ENOENT' ? `configuration file not found: ${args.config ?? file}` : `cannot read configuration file ${file}: ${(err as Error).message}`);
  }
  // Shown like the inputs: relative to the working directory when it is below it.
  const relative = path.relative(cwd, file);
  const display = relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
  return parseConfig(text, display, ruleCatalog(LINT_RULES));
}
