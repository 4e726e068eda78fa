import { appendPath, type PathSegment } from '../load/json-path.js';

/** A node of {@link FindingPaths}: a formatted path and the paths one segment longer. */
interface PathNode {
  text: string;
  next: Map<PathSegment, PathNode> | undefined;
}

/**
 * The formatted paths of a run's findings, by segments. Objects of a set get findings at the same few paths
 * (`spec.template.spec.containers[0].resources.limits.cpu` on every Deployment): each is formatted once and
 * every diagnostic at it shares the one string.
 */
export class FindingPaths {
  private readonly root: PathNode = { text: '', next: undefined };

  format(segments: readonly PathSegment[]): string {
    let node = this.root;
    for (const seg of segments) {
      node.next ??= new Map();
      let child = node.next.get(seg);
      if (child === undefined) {
        child = { text: appendPath(node.text, seg), next: undefined };
        node.next.set(seg, child);
      }
      node = child;
    }
    return node.text;
  }
}
