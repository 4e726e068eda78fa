/**
 * Table of YAML constructs for the fast position path: each is compared with the `yaml`-based map on every
 * path of its decoded value. `fallback` cases must make the fast path decline (and the `yaml` map answer).
 */
export interface FastCase {
  name: string;
  lines: string[];
  /** True when the fast path must decline (for at least one path). */
  fallback?: boolean;
  /** Paths into flow collections (not read by the fast path) may decline. */
  flowPaths?: boolean;
}

export const SUPPORTED: FastCase[] = [
  { name: 'nested block mappings', lines: ['apiVersion: v1', 'kind: Pod', 'metadata:', '  name: web', '  labels:', '    app: web', 'spec: {}'] },
  { name: 'block sequences of mappings (`- key: value`)', lines: ['items:', '  - name: a', '    image: x', '  - name: b', '    ports:', '      - containerPort: 80'] },
  { name: 'indentless sequences', lines: ['containers:', '- name: a', '  args:', '  - --x', '  - --y', 'next: 1'] },
  { name: 'deeper-indented sequences', lines: ['a:', '      - x', '      -   y', 'b:', '    -', '        k: v'] },
  { name: 'sequences of sequences', lines: ['a:', '  - - 1', '    - - 2', '      - 3', '  - []'] },
  { name: 'plain, single- and double-quoted values', lines: ["a: plain text", "b: 'it''s: #x'", 'c: "q \\" # no comment"', 'd: ""', "e: ''"] },
  { name: 'quoted keys with `:` and `#`', lines: ['"a:b": 1', "'c#d': 2", '"e f" : 3', "'g''h': 4", 'plain:key: 5', 'x#y: 6'] },
  { name: 'values with ` #` comments', lines: ['a: 1 # one', 'b: x#y  # the # in a plain scalar', 'c: "#"   #c', 'd:    # empty', 'e: [1, 2] # flow'], flowPaths: true },
  { name: 'keys that resolve like go-yaml', lines: ['yes: a', '5: b', '0x1F: c', '~: d', 'null: e', 'on: f', '1.50: g'] },
  { name: 'a value on the next lines', lines: ['a:', '  scalar on the next line', 'b:', '  # comment first', '  "quoted', '  on two lines"', 'c:', '    [1,', '     2]', 'd:', '  e: 1'], flowPaths: true },
  { name: 'empty values', lines: ['a:', 'b:   ', 'c: # comment', 'd:', '  # comment below', 'e: ~', 'f:', '- ', '-', '- # c'] },
  { name: 'empty values last in a block (comments widen them)', lines: ['x:', '  a:', '    b:  # c', '      # d', '', '  z: 1', 'y:', '  - 1', '  # c', '  -', 'w: 2'] },
  { name: 'block scalars with indicators', lines: ['a: |', '  line', '  key: not a key', '  # not a comment', 'b: >-', '  folded', '   more', '', 'c: |+', '  keep', '', '', 'd: >', '', '  x', 'e: |  # header comment', '    deeper', 'f: x'] },
  { name: 'block scalars with blank and whitespace-only lines', lines: ['x:', '  a: |', '    keep', '      ', '  ', '  b: |-', '    t', '', '    ', 'y: 1'] },
  { name: 'block scalar last in the document', lines: ['a:', '  - |', '    text', '', '    more', '', ''] },
  { name: 'multi-line plain and quoted values', lines: ['a: one', '  two', '', '  three  # c', "b: 'x", '', "   y'", 'c:', '- p', '  q', 'd: "a\\', '   b"'] },
  { name: 'comments after the last entry at every indentation', lines: ['x:', '  a:', '    b: 1', '      # deeper', '    # same', '   # between', '  # parent', '# root', 'y:', '  - a: 1', '    # c', '  - b', '# end'] },
  { name: 'comments between entries and before values', lines: ['# leading', 'a:', '# col 0', '  b: 1', '    # deep', '  c:', '  # same', '    d: 2', 'e: 3'] },
  { name: 'leading comments, `---` and `...`', lines: ['# c1', '', '---', '# c2', 'a: 1', 'b:', '  c: 2', '...', '# after the end'] },
  { name: 'a document indented as a whole', lines: ['  a: 1', '  b:', '    - x', '  c: |', '    t'] },
  { name: 'trailing spaces everywhere', lines: ['a:   ', '  b: 1   ', '  c:    ', '  - x   ', 'd: |   ', '  t   ', 'e: "q"   '] },
  { name: 'duplicate keys: the last one wins', lines: ['a: 1', 'b:', '  c: 2', 'a: 3'] },
  { name: 'flow collections as values (not entered)', lines: ['a: {}', 'b: []', 'c: {k: v}', "d: ['x', \"y\"]", 'e: [ ]'], flowPaths: true },
  { name: 'unicode and long keys', lines: ['é: ü', '"ünïcode": "ÿ"', 'a-very-long-key.example.com/name: 𝒳 value', 'emoji: 😀 😀'] },
  { name: 'a List (maps rooted at items[i])', lines: ['apiVersion: v1', 'kind: List', 'items:', '- apiVersion: v1', '  kind: A', '  metadata:', '    name: a', '- apiVersion: v1', '  kind: B'] },
];

export const FALLBACK: FastCase[] = [
  { name: 'a path into a flow collection', lines: ['metadata: {name: a, labels: {x: y}}'], fallback: true },
  { name: 'anchors and aliases', lines: ['a: &x', '  b: 1', 'c: *x'], fallback: true },
  { name: 'merge keys', lines: ['base:', '  a: 1', 'd:', '  <<: {a: 2}', '  b: 2'], fallback: true },
  { name: 'tags', lines: ['a: !!str 5', 'b: !custom x'], fallback: true },
  { name: 'complex keys', lines: ['? a', ': 1', 'b: 2'], fallback: true },
  { name: 'tabs', lines: ['a:\t1', 'b: 2'], fallback: true },
  { name: 'multi-line quoted keys', lines: ['"a', ' b": 1'], fallback: true },
  { name: 'directives', lines: ['%YAML 1.1', '---', 'a: 1'], fallback: true },
  { name: 'JSON documents', lines: ['{', '  "a": {"b": [1, 2]}', '}'], fallback: true },
  { name: 'content on the `---` line', lines: ['--- a: 1'], fallback: true },
  { name: 'block scalar indentation indicators', lines: ['a: |2', '    x'], fallback: true },
];
