import { describe, expect, it } from 'vitest';
import { checkK8sFormat, isBase64, isQuantity, quantityHint } from '../../src/schema/k8s-formats.js';
import { closest, editDistance } from '../../src/schema/suggest.js';

describe('quantities, as resource.ParseQuantity reads them', () => {
  it.each(['500m', '1Gi', '1e3', '0.5', '1', '+1', '-1', '1.', '.5', '1E', '1e-3', '1E+3', '128974848', '129M', '123Mi', '1k', '1Ki', '2n', '3u'])(
    'accepts %s',
    (q) => expect(isQuantity(q)).toBe(true),
  );
  it.each(['1GB', '1.5.0', '5 Mi', '', '1K', '1gi', '1e', '1ee3', '1Mi5', ' 1', 'abc'])('rejects %j', (q) => {
    expect(isQuantity(q)).toBe(false);
  });
  it('accepts numbers, not other types', () => {
    expect(isQuantity(256000)).toBe(true);
    expect(isQuantity(0.25)).toBe(true);
    expect(isQuantity(true)).toBe(false);
    expect(isQuantity(Number.NaN)).toBe(false);
  });
  it('hints at the usual mistakes', () => {
    expect(quantityHint('1GB')).toBe('did you mean "1Gi" (powers of 1024) or "1G" (powers of 1000)?');
    expect(quantityHint('512kb')).toBe('did you mean "512Ki" (powers of 1024) or "512k" (powers of 1000)?');
    expect(quantityHint('5 Mi')).toBe('remove the spaces: "5Mi"');
    expect(quantityHint('1.5.0')).toBeUndefined();
  });
});

describe('other Kubernetes formats', () => {
  it('base64 as Go decodes []byte (padded, newlines ignored)', () => {
    expect(isBase64('aHVudGVyMg==')).toBe(true);
    expect(isBase64('aHVu\ndGVyMg==')).toBe(true);
    expect(isBase64('')).toBe(true);
    expect(isBase64('hunter2')).toBe(false);
    expect(isBase64('aHVudGVyMg')).toBe(false);
  });
  it('int-or-string: int32 or string', () => {
    expect(checkK8sFormat('int-or-string', 8080)).toBe(true);
    expect(checkK8sFormat('int-or-string', '25%')).toBe(true);
    expect(checkK8sFormat('int-or-string', 1.5)).toBe(false);
    expect(checkK8sFormat('int-or-string', 2 ** 31)).toBe(false);
    expect(checkK8sFormat('int-or-string', true)).toBe(false);
    expect(checkK8sFormat('int-or-string', null)).toBe(true);
  });
  it('date-time: RFC 3339', () => {
    expect(checkK8sFormat('date-time', '2024-01-02T15:04:05Z')).toBe(true);
    expect(checkK8sFormat('date-time', '2024-01-02T15:04:05.123456+02:00')).toBe(true);
    expect(checkK8sFormat('date-time', '2024-01-02')).toBe(false);
  });
  it('int32 and int64 ranges', () => {
    expect(checkK8sFormat('int32', 2147483647)).toBe(true);
    expect(checkK8sFormat('int32', 2147483648)).toBe(false);
    expect(checkK8sFormat('int64', 2 ** 62)).toBe(true);
  });
});

describe('suggestions', () => {
  it('counts transpositions as one edit and case changes as half', () => {
    expect(editDistance('contianers', 'containers')).toBe(1);
    expect(editDistance('imagepullpolicy', 'imagePullPolicy')).toBe(1);
  });
  it('suggests only a unique, close candidate', () => {
    expect(closest('templates', ['template', 'selector'])).toBe('template');
    expect(closest('tcp', ['TCP', 'UDP', 'SCTP'])).toBe('TCP');
    expect(closest('replicas', ['minReadySeconds', 'selector', 'template'])).toBeUndefined();
    expect(closest('ab', ['ac', 'ad'])).toBeUndefined();
  });
});
