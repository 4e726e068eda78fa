/**
 * The manifest loader: text, files, directories and stdin → {@link Manifest}s with lazy positions, plus
 * positioned diagnostics for every input problem.
 */
export { loadText } from './load-text.js';
export { loadInputs, loadPaths, readInputs, STDIN_FILE, type InputText, type ReadInputs } from './load-paths.js';
export { LOAD_RULES, type LoadRuleId } from './load-rules.js';
export { timeLoadPhases, type LoadPhaseTimings } from './time-load-phases.js';
export { resolveKubeScalar, type KubeScalar } from './kube-scalar.js';
export { formatPath, parsePath, pointerToSegments, type PathSegment } from './json-path.js';
export {
  DEFAULT_MAX_FILE_BYTES,
  type KubeObject,
  type LoadOptions,
  type LoadPathsOptions,
  type LoadResult,
  type Manifest,
  type ManifestSource,
  type NodeRange,
  type PositionMap,
  type SkippedInput,
  type SkipReason,
} from './types.js';
