import { documentKind, nodeAt, type DocumentKind, type Manifest, type NodeAt, type PathSegment } from '@kubeplan/core';
import type { Position } from 'vscode-languageserver';
import type { IndexedFile } from '../workspace/workspace-index.js';

/** The node under the cursor, with the object it belongs to. */
export interface CursorTarget {
  node: NodeAt;
  /** The loaded object of the document (absent while its YAML is broken). */
  manifest?: Manifest;
  /** The node's path in the object (List items are objects of their own). */
  path: PathSegment[];
  /** apiVersion and kind of the object: the loaded object's, else as far as they are typed. */
  kind: DocumentKind;
}

/** What the cursor is on; undefined on blank lines, comments and outside any document. */
export function cursorTarget(f: IndexedFile, position: Position): CursorTarget | undefined {
  const node = nodeAt(f.lines, position.line, position.character);
  if (node === undefined) return undefined;
  const found = f.manifestAt(node.docIndex, node.path);
  if (found !== undefined) {
    const { apiVersion, kind } = found.manifest.object;
    return {
      node,
      manifest: found.manifest,
      path: found.path,
      kind: { ...(typeof apiVersion === 'string' ? { apiVersion } : {}), ...(typeof kind === 'string' ? { kind } : {}) },
    };
  }
  const doc = f.lines.documents[node.docIndex];
  return { node, path: node.path, kind: doc === undefined ? {} : documentKind(f.lines, doc) };
}
