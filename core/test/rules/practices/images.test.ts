import { describe, expect, it } from 'vitest';
import { parseImageReference } from '../../../src/rules/practices/images/image-reference.js';
import { imageNotPinned } from '../../../src/rules/practices/images/image-not-pinned.js';
import { latestTag } from '../../../src/rules/practices/images/latest-tag.js';
import { pullPolicyNotAlways } from '../../../src/rules/practices/images/pull-policy-not-always.js';
import { findingsOf, summary } from '../helpers.js';
import { pod } from './builders.js';

const image = (ref: string, extra = ''): string => pod(`containers:\n  - name: app\n    image: ${ref}\n${extra.replace(/^/gm, '    ')}`);
const on = (id: string) => ({ rules: { [id]: { level: 'info' as const } } });

describe('image references', () => {
  it.each([
    { image: 'nginx', ref: { repository: 'nginx' } },
    { image: 'registry:5000/team/app', ref: { repository: 'registry:5000/team/app' } },
    { image: 'registry:5000/team/app:1.2', ref: { repository: 'registry:5000/team/app', tag: '1.2' } },
    { image: 'app:1.2@sha256:abc', ref: { repository: 'app', tag: '1.2', digest: 'sha256:abc' } },
    { image: 'app@sha256:abc', ref: { repository: 'app', digest: 'sha256:abc' } },
  ])('$image splits into repository, tag and digest', ({ image: i, ref }) => {
    expect(parseImageReference(i)).toEqual(ref);
  });
});

describe('latest-tag', () => {
  it.each([
    { name: 'a version tag passes', ref: 'nginx:1.27.1', findings: 0 },
    { name: 'an untagged image is reported', ref: 'nginx', findings: 1 },
    { name: 'a registry port is not a tag', ref: 'registry:5000/nginx', findings: 1 },
    { name: 'the latest tag is reported', ref: 'nginx:latest', findings: 1 },
    { name: 'a digest pins even latest', ref: 'nginx:latest@sha256:0123', findings: 0 },
  ])('$name', ({ ref, findings }) => {
    expect(findingsOf(latestTag, image(ref))).toHaveLength(findings);
  });

  it('points at the image', () => {
    expect(summary(findingsOf(latestTag, image('nginx')))).toEqual(['latest-tag 8:14 image "nginx" of container "app" has no tag, which means latest']);
    expect(summary(findingsOf(latestTag, image('nginx:latest')))).toEqual(['latest-tag 8:14 image "nginx:latest" of container "app" uses the tag latest']);
  });
});

describe('pull-policy-not-always (opt-in)', () => {
  it.each([
    { name: 'a tagged image defaults to IfNotPresent', ref: 'app:1.0', extra: '', findings: 1 },
    { name: 'an untagged image defaults to Always', ref: 'app', extra: '', findings: 0 },
    { name: 'latest defaults to Always', ref: 'app:latest', extra: '', findings: 0 },
    { name: 'Never is reported', ref: 'app:latest', extra: 'imagePullPolicy: Never', findings: 1 },
    { name: 'Always passes', ref: 'app:1.0', extra: 'imagePullPolicy: Always', findings: 0 },
  ])('$name', ({ ref, extra, findings }) => {
    expect(findingsOf(pullPolicyNotAlways, image(ref, extra), on('pull-policy-not-always'))).toHaveLength(findings);
  });

  it('says when the policy is the default', () => {
    expect(summary(findingsOf(pullPolicyNotAlways, image('app:1.0'), on('pull-policy-not-always')))).toEqual([
      'pull-policy-not-always 8:14 container "app" pulls its image with policy IfNotPresent (the default for a tagged image)',
    ]);
  });
});

describe('image-not-pinned (opt-in)', () => {
  it('reports images without a digest', () => {
    expect(findingsOf(imageNotPinned, image('app:1.0'))).toEqual([]);
    expect(summary(findingsOf(imageNotPinned, image('app:1.0'), on('image-not-pinned')))).toEqual(['image-not-pinned 8:14 image "app:1.0" of container "app" is not pinned by digest']);
    expect(findingsOf(imageNotPinned, image('app:1.0@sha256:0123'), on('image-not-pinned'))).toEqual([]);
  });
});
