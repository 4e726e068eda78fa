import { describe, expect, it } from 'vitest';
import { parseCliArgs } from '../../src/cli/args.js';
import { UsageError } from '../../src/errors.js';

const parse = (argv: string[], env: Record<string, string> = {}) => parseCliArgs(argv, env);

describe('kubeplan plan arguments', () => {
  it('plans the current directory when no PATH is given, with text output and --fail-on error', () => {
    expect(parse(['plan'])).toEqual({ command: 'plan', paths: ['.'], nodes: [], noConfig: false, color: undefined, output: 'text', explain: [], failOn: { severity: 'error', pending: false } });
  });

  it('reads every flag', () => {
    const args = parse(['plan', 'a.yaml', '-', '--cluster', 'c1', '--cluster', 'c2', '--nodes', 'count=2', '--kube-version', 'v1.31.2', '--now', '2025-01-01T09:00:00Z', '-n', 'shop', '-c', 'k.yaml', '--preset', 'strict', '--no-strict', '--assume-complete', '-o', 'markdown', '--explain', 'web-0', '--explain', 'x/y', '--no-color']);
    expect(args).toMatchObject({
      command: 'plan',
      paths: ['a.yaml', '-'],
      cluster: ['c1', 'c2'],
      nodes: ['count=2'],
      kubeVersion: '1.31',
      now: new Date('2025-01-01T09:00:00Z'),
      namespace: 'shop',
      config: 'k.yaml',
      preset: 'strict',
      strict: false,
      assumeComplete: true,
      output: 'markdown',
      explain: ['web-0', 'x/y'],
      color: false,
    });
  });

  it.each([
    [['error'], { severity: 'error', pending: false }],
    [['pending'], { severity: 'error', pending: true }],
    [['warning,pending'], { severity: 'warning', pending: true }],
    [['error', 'info'], { severity: 'info', pending: false }],
    [['none'], { severity: 'none', pending: false }],
  ])('--fail-on %j → %j', (values, failOn) => {
    expect(parse(['plan', ...values.flatMap((v) => ['--fail-on', v])])).toMatchObject({ failOn });
  });

  it('turns colour off with NO_COLOR, and on with --color whatever NO_COLOR says', () => {
    expect(parse(['plan'], { NO_COLOR: '1' })).toMatchObject({ color: false });
    expect(parse(['plan', '--color'], { NO_COLOR: '1' })).toMatchObject({ color: true });
  });

  it.each([
    [['plan', '-o', 'yaml'], '--output must be one of text, json, markdown (got "yaml")'],
    [['plan', '--now', 'tomorrow'], '--now must be an ISO 8601 time such as 2025-01-01T09:00:00Z (got "tomorrow")'],
    [['plan', '--now', '2025-13-45'], '--now must be an ISO 8601 time'],
    [['plan', '--fail-on', 'pending,none'], '--fail-on none cannot be combined with other values'],
    [['plan', '--fail-on', 'always'], '--fail-on must be one of error, warning, info, pending, none (got "always")'],
    [['plan', '--kube-version', 'latest'], '--kube-version must look like 1.30'],
    [['plan', '--preset', 'lax'], '--preset must be one of'],
    [['plan', '--color', '--no-color'], '--color and --no-color exclude each other'],
    [['plan', '--frobnicate'], "Unknown option '--frobnicate'"],
    [['plan', '-o', 'json', '--explain', 'web'], '--explain does not fit in the JSON plan document'],
  ])('%j is a usage error: %s', (argv, message) => {
    expect(() => parse(argv)).toThrow(UsageError);
    expect(() => parse(argv)).toThrow(message);
  });

  it('shows the plan help with -h', () => expect(parse(['plan', '-h'])).toEqual({ command: 'help', topic: 'plan' }));
});

describe('kubeplan explain arguments', () => {
  it.each([
    [['explain', 'pod', 'shop/web-0', 'app.yaml'], 'shop/web-0', ['app.yaml']],
    [['explain', 'pod', 'web-0'], 'web-0', ['.']],
    [['explain', 'pods', 'shop/web-0', 'a', 'b'], 'shop/web-0', ['a', 'b']],
    [['explain', 'pod/shop/web-0', 'app.yaml'], 'shop/web-0', ['app.yaml']],
    [['explain', 'po/web-0'], 'web-0', ['.']],
  ])('%j explains %s in %j', (argv, pod, paths) => {
    expect(parse(argv)).toMatchObject({ command: 'explain', pod, paths, output: 'text' });
  });

  it('takes the plan input flags and -o json', () => {
    expect(parse(['explain', 'pod', 'web-0', '--nodes', 'count=1', '-n', 'shop', '-o', 'json', '--now', '2025-01-01'])).toMatchObject({ nodes: ['count=1'], namespace: 'shop', output: 'json', now: new Date('2025-01-01T00:00:00Z') });
  });

  it.each([
    [['explain'], 'usage: kubeplan explain pod NAMESPACE/NAME [PATH...]'],
    [['explain', 'pod'], 'usage: kubeplan explain pod NAMESPACE/NAME [PATH...]'],
    [['explain', 'deployment', 'web'], 'kubeplan explain knows pods only (got "deployment")'],
    [['explain', 'pod', 'a/b/c'], 'kubeplan explain pod needs NAMESPACE/NAME or NAME (got "a/b/c")'],
    [['explain', 'pod', 'shop/'], 'needs NAMESPACE/NAME or NAME'],
    [['explain', 'pod', 'web', '-o', 'markdown'], '--output must be one of text, json'],
  ])('%j is a usage error: %s', (argv, message) => expect(() => parse(argv)).toThrow(message));
});
