import type { SourceRange } from '../diagnostic.js';
import type { DocumentContext } from './document-context.js';
import { createFastPositionMap } from './fast-positions.js';
import type { PathSegment } from './json-path.js';
import type { NodeRange, PositionMap } from './types.js';
import { createYamlPositionMap } from './yaml-position-map.js';

/** What `LazyPositionMap.fastAnswer` returns when the `yaml` map must answer. */
const FELL_BACK: unique symbol = Symbol('fell back');

/**
 * The lazy position map of one document (or of one item of a `List`, rooted at `items[i]`). Nothing is
 * computed until a method is called. Then the fast path answers from the text's indentation (`fast-tree.ts`,
 * a few microseconds a document); whatever it is not sure about (flow collections on the path, anchors, tags,
 * tabs, directives...) makes it decline, and the document's positions come from its `yaml` AST from then on
 * (`yaml-position-map.ts`, ~0.7 ms a document). Both give the same ranges; a document whose AST already
 * exists (the slow path built it) uses it directly.
 *
 * @param value the decoded object the map is for, if known: where the scan and the object disagree on
 *   whether a path exists, the `yaml` map answers
 */
export function createPositionMap(ctx: DocumentContext, itemIndex?: number, value?: unknown): PositionMap {
  return new LazyPositionMap(ctx, itemIndex, value);
}

class LazyPositionMap implements PositionMap {
  private fast: PositionMap | undefined;
  private slow: PositionMap | undefined;

  constructor(
    private readonly ctx: DocumentContext,
    private readonly itemIndex: number | undefined,
    private readonly value: unknown,
  ) {}

  get(path: string | readonly PathSegment[]): NodeRange | undefined {
    const answer = this.fastAnswer((m) => m.get(path));
    return answer === FELL_BACK ? this.yamlMap().get(path) : answer;
  }

  locate(path: string | readonly PathSegment[], prefer?: 'key' | 'value'): SourceRange {
    const answer = this.fastAnswer((m) => m.locate(path, prefer));
    return answer === FELL_BACK ? this.yamlMap().locate(path, prefer) : answer;
  }

  scalarSource(path: string | readonly PathSegment[]): string | undefined {
    const answer = this.fastAnswer((m) => m.scalarSource(path));
    return answer === FELL_BACK ? this.yamlMap().scalarSource(path) : answer;
  }

  get documentRange(): SourceRange {
    const answer = this.fastAnswer((m) => m.documentRange);
    return answer === FELL_BACK ? this.yamlMap().documentRange : answer;
  }

  /** The fast path's answer, or FELL_BACK once the document has a `yaml` AST (handed over, or after a decline). */
  private fastAnswer<T>(answer: (map: PositionMap) => T): T | typeof FELL_BACK {
    if (this.ctx.hasAst()) return FELL_BACK;
    try {
      return answer((this.fast ??= createFastPositionMap(this.ctx, this.itemIndex, this.value)));
    } catch {
      // FastPathDeclined (or, defensively, any failure of the fast path): the document goes to `yaml`
      this.ctx.ast();
      return FELL_BACK;
    }
  }

  private yamlMap(): PositionMap {
    return (this.slow ??= createYamlPositionMap(this.ctx, this.itemIndex));
  }
}
