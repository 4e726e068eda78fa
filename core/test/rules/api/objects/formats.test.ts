import { describe, expect, it } from 'vitest';
import { cidrStrictlyContains, isValidPathSegmentName, isWildcardDns1123Subdomain, parseCIDR, parseIP } from '../../../../src/rules/api/objects/formats.js';
import { intOrPercentValue } from '../../../../src/rules/api/objects/int-or-percent.js';

// Upstream: staging/src/k8s.io/apimachinery/pkg/util/validation/ip_test.go TestIsValidIPForLegacyField / TestIsValidCIDRForLegacyField
// (sloppy parsing: leading zeros accepted, IPv4-mapped IPv6 accepted; "1.2.3", "2001:db8::1::2", "10.0.0.0/33" rejected).
describe('parseIP and parseCIDR', () => {
  it.each([
    { value: '10.0.0.1', family: 4 },
    { value: '010.000.000.001', family: 4 },
    { value: '2001:db8::1', family: 6 },
    { value: '::', family: 6 },
    { value: '::ffff:1.2.3.4', family: 6 },
    { value: '1:2:3:4:5:6:7:8', family: 6 },
  ])('$value is an IPv$family address', ({ value, family }) => {
    expect(parseIP(value)?.family).toBe(family);
  });

  it.each(['1.2.3', '256.0.0.1', '2001:db8::1::2', '1:2:3:4:5:6:7:8:9', 'fe80::1%eth0', 'example.com', ''])('%j is not an IP', (value) => {
    expect(parseIP(value)).toBeUndefined();
  });

  it.each(['10.0.0.0/8', '10.0.0.1/8', '2001:db8::/64', '0.0.0.0/0'])('%s is a CIDR', (value) => {
    expect(parseCIDR(value)).toBeDefined();
  });

  it.each(['10.0.0.0/33', '10.0.0.0', '10.0.0.0/', '2001:db8::/129', '10.0.0.0/-1'])('%s is not a CIDR', (value) => {
    expect(parseCIDR(value)).toBeUndefined();
  });
});

// Upstream: pkg/apis/networking/validation ValidateIPBlock — except must be inside cidr with a longer prefix
// (validation_test.go "except IP is outside of CIDR range", "except CIDR is larger than CIDR range").
describe('cidrStrictlyContains', () => {
  const c = (s: string) => parseCIDR(s)!;
  it.each([
    { outer: '10.0.0.0/16', inner: '10.0.1.0/24', want: true },
    { outer: '10.0.0.0/16', inner: '10.0.0.0/16', want: false },
    { outer: '10.0.0.0/16', inner: '10.0.0.0/8', want: false },
    { outer: '10.0.0.0/16', inner: '192.168.0.0/24', want: false },
    { outer: '2001:db8::/32', inner: '2001:db8:1::/48', want: true },
    { outer: '10.0.0.0/8', inner: '2001:db8::/64', want: false },
  ])('$inner inside $outer: $want', ({ outer, inner, want }) => {
    expect(cidrStrictlyContains(c(outer), c(inner))).toBe(want);
  });
});

// Upstream: staging/src/k8s.io/apimachinery/pkg/util/validation/validation_test.go TestIsWildcardDNS1123Subdomain and
// pkg/api/validation/path/name_test.go TestValidatePathSegmentName.
describe('name formats', () => {
  it.each([
    { value: '*.example.com', ok: true },
    { value: '*.*.example.com', ok: false },
    { value: 'foo.*.example.com', ok: false },
    { value: '*example.com', ok: false },
  ])('wildcard $value → $ok', ({ value, ok }) => {
    expect(isWildcardDns1123Subdomain(value).length === 0).toBe(ok);
  });

  it.each([
    { value: 'system:view', errors: [] },
    { value: '..', errors: ["may not be '..'"] },
    { value: 'a/b%c', errors: ["may not contain '/'", "may not contain '%'"] },
  ])('path segment $value', ({ value, errors }) => {
    expect(isValidPathSegmentName(value)).toEqual(errors);
  });
});

// Upstream: pkg/apis/apps/validation getIntOrPercentValue — a percent's number, an int, or Atoi of another string (0 when
// it does not parse).
describe('intOrPercentValue', () => {
  it.each([
    { value: '25%', want: 25 },
    { value: 0, want: 0 },
    { value: 3, want: 3 },
    { value: '2', want: 2 },
    { value: 'abc', want: 0 },
  ])('$value → $want', ({ value, want }) => {
    expect(intOrPercentValue(value)).toBe(want);
  });
});
