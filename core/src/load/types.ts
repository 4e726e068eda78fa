import type { Diagnostic, SourceRange } from '../diagnostic.js';
import type { PathSegment } from './json-path.js';

/** A decoded Kubernetes object: plain JSON-compatible data. */
export interface KubeObject {
  apiVersion?: unknown;
  kind?: unknown;
  metadata?: unknown;
  [field: string]: unknown;
}

/** Source ranges of one node in a document: the key (absent for the root and sequence items) and the value. */
export interface NodeRange {
  key?: SourceRange;
  value: SourceRange;
}

/**
 * Maps JSON paths of one object to where they are written. Built lazily: the bulk load never pays for it,
 * only documents that get a finding (or an editor) do.
 */
export interface PositionMap {
  /** Exact ranges of the node at `path`, if that node is written in the source. */
  get(path: string | readonly PathSegment[]): NodeRange | undefined;
  /**
   * The range to show for `path`: the node itself, or, when it is absent (a missing field), its nearest
   * written ancestor's key. `prefer` picks the key or the value of an existing node.
   */
  locate(path: string | readonly PathSegment[], prefer?: 'key' | 'value'): SourceRange;
  /** The raw source text of the scalar at `path` (e.g. `yes` for a YAML 1.1 boolean), if it is a scalar. */
  scalarSource(path: string | readonly PathSegment[]): string | undefined;
  /** The whole document's range. */
  readonly documentRange: SourceRange;
}

export interface ManifestSource {
  /** File path as given by the user, or `<stdin>`. */
  file: string;
  /** 0-based index of the YAML document in the file. */
  docIndex: number;
  /** For items of a `List`: the 0-based index in `items`; the position map is then rooted at the item. */
  itemIndex?: number;
  positions: PositionMap;
  /**
   * True when the document had YAML errors (reported as diagnostics): the object is the parser's best recovery
   * and may lack fields, so checks for *missing* fields may want to stay quiet.
   */
  partial?: boolean;
}

export interface Manifest {
  object: KubeObject;
  source: ManifestSource;
}

/** Why a file or document was not treated as a manifest. */
export type SkipReason = 'not-a-manifest' | 'kustomization' | 'patch' | 'helm-template' | 'empty';

export interface SkippedInput {
  file: string;
  docIndex?: number;
  reason: SkipReason;
}

export interface LoadResult {
  manifests: Manifest[];
  /** Positioned problems found while reading: syntax errors, duplicate keys, tabs, missing kind... */
  diagnostics: Diagnostic[];
  /** Inputs recognised as something other than a Kubernetes manifest (each also has an info diagnostic). */
  skipped: SkippedInput[];
  /** Every file that was read (or attempted). */
  files: string[];
}

export interface LoadOptions {
  /**
   * True for a directory scan: YAML without apiVersion/kind, kustomization files, patches and Helm templates are
   * skipped with an info. False for files named explicitly: they are reported as errors.
   */
  discovered?: boolean;
  /** Largest file read, in bytes (default 64 MiB, {@link DEFAULT_MAX_FILE_BYTES}). */
  maxFileBytes?: number;
}

/** Default of {@link LoadOptions.maxFileBytes}: 64 MiB. */
export const DEFAULT_MAX_FILE_BYTES = 64 * 1024 * 1024;

/** Options of `loadPaths`: I/O stays injectable so core never touches `process`. */
export interface LoadPathsOptions extends Omit<LoadOptions, 'discovered'> {
  /** Reads standard input, for the path `-`. Without it, `-` is an `io-error`. */
  readStdin?: () => Promise<string>;
  /**
   * Glob patterns (picomatch) of paths to leave out, matched against the path relative to the directory given
   * and against the full path. Excluded directories are not descended into.
   */
  exclude?: string[];
}
