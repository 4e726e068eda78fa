import { isManifestText, loadText, TextLines, type LoadResult, type Manifest } from '@kubeplan/core';

/** One file of the workspace: its current text (the editor's while open, the disk's otherwise), loaded. */
export class IndexedFile {
  private textLines: TextLines | undefined;

  constructor(
    readonly file: string,
    readonly text: string,
    /** The editor's version while the document is open; undefined for text read from disk. */
    readonly version: number | undefined,
    readonly loaded: LoadResult,
    /** Changes on every new text: caches key on it. */
    readonly stamp: number,
    /** Left out whole by its place in the tree (a Helm chart template, a kustomize patch). */
    readonly skipped: boolean,
  ) {}

  /** Whether the file is meant as Kubernetes manifests (only those get diagnostics). */
  get kubernetes(): boolean {
    return !this.skipped && (this.loaded.manifests.length > 0 || isManifestText(this.text));
  }

  /** Lines, documents and line entries of the text, for the cursor helpers; built once per text. */
  get lines(): TextLines {
    return (this.textLines ??= new TextLines(this.text));
  }

  /** The manifest of a document (or of a List item in it) that holds `path` of the document. */
  manifestAt(docIndex: number, path: readonly (string | number)[] = []): { manifest: Manifest; path: (string | number)[] } | undefined {
    for (const m of this.loaded.manifests) {
      if (m.source.docIndex !== docIndex) continue;
      const item = m.source.itemIndex;
      if (item === undefined) return { manifest: m, path: [...path] };
      if (path[0] === 'items' && path[1] === item) return { manifest: m, path: path.slice(2) };
    }
    return undefined;
  }
}

/**
 * The workspace as the server knows it: every manifest file of the workspace folders, loaded with the CLI's
 * loader, with open documents in place of their files. Each change bumps `generation`; the views derived from
 * the whole set (the list of manifests, the object index) are rebuilt on first use after a change.
 */
export class WorkspaceIndex {
  private readonly files = new Map<string, IndexedFile>();
  private stamps = 0;
  private ordered: IndexedFile[] | undefined;
  private manifestList: Manifest[] | undefined;
  generation = 0;

  /** Loads a text as the file's current content and returns its entry. */
  set(file: string, text: string, version: number | undefined, skipped = false): IndexedFile {
    const loaded = skipped ? { manifests: [], diagnostics: [], skipped: [], files: [file] } : loadText(text, file, { discovered: true });
    const entry = new IndexedFile(file, text, version, loaded, ++this.stamps, skipped);
    this.files.set(file, entry);
    this.changed();
    return entry;
  }

  delete(file: string): boolean {
    const had = this.files.delete(file);
    if (had) this.changed();
    return had;
  }

  get(file: string): IndexedFile | undefined {
    return this.files.get(file);
  }

  clear(): void {
    this.files.clear();
    this.changed();
  }

  /** Files sorted by name: the order of "first definition" for duplicates, as in a directory scan. */
  all(): readonly IndexedFile[] {
    return (this.ordered ??= [...this.files.values()].sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0)));
  }

  /** Every manifest of the workspace, files in order. */
  manifests(): readonly Manifest[] {
    return (this.manifestList ??= this.all().flatMap((f) => f.loaded.manifests));
  }

  /** The manifests of every file but one. */
  others(file: string): Manifest[] {
    return this.manifests().filter((m) => m.source.file !== file);
  }

  get size(): number {
    return this.files.size;
  }

  private changed(): void {
    this.generation++;
    this.ordered = undefined;
    this.manifestList = undefined;
  }
}
