// `cluster:` in .kubeplan.yaml and --cluster: read, checked against the shipped schema, resolved against the
// configuration's folder; the flag replaces the file's list.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { emptyConfig, parseConfig, resolveSettings } from '../../src/config/index.js';
import { parseCliArgs } from '../../src/cli/args.js';

const parse = (text: string) => parseConfig(text, '.kubeplan.yaml', []);
const problems = (text: string): string[] => parse(text).diagnostics.map((d) => `${d.range.start.line + 1}:${d.range.start.col + 1} ${d.message}`);
const ROOT = path.resolve('/repo');

describe('cluster: in .kubeplan.yaml', () => {
  it.each([
    { name: 'one path is read as a list of one', text: 'cluster: cluster/nodes.yaml\n', want: ['cluster/nodes.yaml'] },
    { name: 'a list of files and directories is read', text: 'cluster: [nodes.yaml, dump/]\n', want: ['nodes.yaml', 'dump/'] },
    { name: 'no cluster key leaves it unset', text: 'preset: strict\n', want: undefined },
  ])('$name', ({ text, want }) => {
    const { config, diagnostics } = parse(text);
    expect(diagnostics).toEqual([]);
    expect(config.cluster).toEqual(want);
  });

  it.each([
    { name: 'a number is refused with the schema title', text: 'cluster: 3\n', want: ['1:10 cluster: expected a file or directory, or a list of them, got number 3'] },
    { name: 'an empty path is refused', text: 'cluster: ""\n', want: ['1:10 cluster: must not be empty'] },
    { name: 'a list item that is not a string is refused alone', text: 'cluster: [nodes.yaml, 7]\n', want: ['1:23 cluster[1]: expected string, got number 7'] },
  ])('$name', ({ text, want }) => {
    expect(problems(text)).toEqual(want);
  });

  it('keeps the valid items of a list with a bad one', () => {
    expect(parse('cluster: [nodes.yaml, 7]\n').config.cluster).toEqual(['nodes.yaml']);
  });
});

describe('resolving the cluster paths', () => {
  const config = { ...emptyConfig('deploy/.kubeplan.yaml'), cluster: ['cluster/', '/abs/nodes.yaml'] };

  it('resolves the file\'s paths against its folder', () => {
    expect(resolveSettings(config, {}, ROOT).clusterPaths).toEqual([path.join(ROOT, 'deploy', 'cluster'), '/abs/nodes.yaml']);
  });

  it('lets --cluster replace the file\'s list', () => {
    expect(resolveSettings(config, { cluster: ['other.yaml'] }, ROOT).clusterPaths).toEqual(['other.yaml']);
  });

  it('has no cluster when neither says one', () => {
    expect(resolveSettings(undefined, {}, ROOT).clusterPaths).toBeUndefined();
  });

  it('reads --cluster as a repeatable flag', () => {
    const args = parseCliArgs(['lint', 'k8s/', '--cluster', 'a.yaml', '--cluster', 'dump/'], {});
    expect(args.command === 'lint' ? args.cluster : undefined).toEqual(['a.yaml', 'dump/']);
    const none = parseCliArgs(['lint', 'k8s/'], {});
    expect(none.command === 'lint' ? none.cluster : 'x').toBeUndefined();
  });
});
