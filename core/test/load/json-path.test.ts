import { describe, expect, it } from 'vitest';
import { appendPath, formatPath, parsePath, type PathSegment } from '../../src/load/json-path.js';

const PATHS: readonly (readonly PathSegment[])[] = [
  [],
  ['spec'],
  ['spec', 'template', 'spec', 'containers', 0, 'image'],
  ['metadata', 'annotations', 'example.com/owner'],
  ['data', 'config.yaml'],
  [0],
  [3, 'name'],
  ['', 'x'],
  ['_private', '$ref', 'a-b', '-a', '1a', 'a b', 'quote"d', 'back\\slash', 'ünicode'],
  ['spec', 'ports', 1.5],
];

describe('formatPath', () => {
  it.each([
    [['spec', 'template', 'spec', 'containers', 0, 'image'], 'spec.template.spec.containers[0].image'],
    [['metadata', 'annotations', 'example.com/owner'], 'metadata.annotations["example.com/owner"]'],
    [[0, 'a'], '[0].a'],
    [['a-b', '_c', '$d', '9e'], 'a-b._c.$d["9e"]'],
    [['', 'x'], '[""].x'],
  ] as const)('writes %j as %s', (segments, text) => {
    expect(formatPath(segments)).toBe(text);
  });

  it.each(PATHS.map((p) => [p] as const))('parsePath reads back %j', (segments) => {
    expect(parsePath(formatPath(segments))).toEqual(segments);
  });
});

describe('appendPath', () => {
  it.each(PATHS.map((p) => [p] as const))('builds %j one segment at a time as formatPath writes it whole', (segments) => {
    let text = '';
    segments.forEach((seg, i) => {
      text = appendPath(text, seg);
      expect(text).toBe(formatPath(segments.slice(0, i + 1)));
    });
  });
});
