/**
 * Value formats the API server checks that `model/names.ts` does not cover: percents, wildcard hosts, path
 * segments, IPs and CIDRs, domain-prefixed paths. Each returns apimachinery's error strings (empty when valid).
 * Sources: k8s.io/apimachinery/pkg/util/validation/validation.go and ip.go, pkg/api/validation/path/name.go.
 */
import { isDns1123Subdomain } from '../../../model/names.js';

const PERCENT = /^[0-9]+%$/;
const WILDCARD_SUBDOMAIN = /^\*\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*$/;
const HTTP_PATH = /^[A-Za-z0-9/\-._~%!$&'()*+,;=:]+$/;
const IPV4 = /^(\d{1,3})\.(\d{1,3})\.(\d{1,3})\.(\d{1,3})$/;
const HEX_GROUP = /^[0-9A-Fa-f]{1,4}$/;

/** `IsValidPercent`: `25%`. */
export function isValidPercent(value: string): string[] {
  return PERCENT.test(value)
    ? []
    : ["a valid percent string must be a numeric string followed by an ending '%' (e.g. '1%',  or '93%', regex used for validation is '[0-9]+%')"];
}

/** `IsWildcardDNS1123Subdomain`: `*.example.com` (the wildcard only as the whole first label). */
export function isWildcardDns1123Subdomain(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 253) errs.push('must be no more than 253 characters');
  if (!WILDCARD_SUBDOMAIN.test(value)) {
    errs.push(
      "a wildcard RFC 1123 subdomain must start with '*.', followed by a valid DNS subdomain, which must consist of lower case alphanumeric characters, '-' or '.' and end with an alphanumeric character (e.g. '*.example.com', regex used for validation is '\\*\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')",
    );
  }
  return errs;
}

/** `path.IsValidPathSegmentName`: the only rule for RBAC and PDB names, metric names, object references. */
export function isValidPathSegmentName(name: string): string[] {
  if (name === '.' || name === '..') return [`may not be '${name}'`];
  const errs: string[] = [];
  if (name.includes('/')) errs.push("may not contain '/'");
  if (name.includes('%')) errs.push("may not contain '%'");
  return errs;
}

/** `IsDomainPrefixedPath` (IngressClass `spec.controller`): `example.com/ingress-controller`. */
export function domainPrefixedPathErrors(value: string): { value: string; detail: string }[] {
  const slash = value.indexOf('/');
  if (slash <= 0 || slash === value.length - 1) return [{ value, detail: 'must be a domain-prefixed path (such as "acme.io/foo")' }];
  const host = value.slice(0, slash);
  const path = value.slice(slash + 1);
  const out = isDns1123Subdomain(host).map((detail) => ({ value: host, detail }));
  if (!HTTP_PATH.test(path)) out.push({ value: path, detail: "must be a valid path (regex used for validation is '[A-Za-z0-9/\\-._~%!$&'()*+,;=:]+')" });
  return out;
}

/** IPv4 octets, or undefined. Like `netutils.ParseIPSloppy`, leading zeros are accepted. */
function parseIPv4(s: string): number[] | undefined {
  const m = IPV4.exec(s);
  if (!m) return undefined;
  const octets = m.slice(1).map(Number);
  return octets.every((o) => o <= 255) ? octets : undefined;
}

/** The 16 bytes of an IPv6 address (embedded IPv4 allowed), or undefined. */
function parseIPv6(s: string): number[] | undefined {
  if (!s.includes(':')) return undefined;
  const halves = s.split('::');
  if (halves.length > 2) return undefined;
  const groups = (part: string): number[] | undefined => {
    if (part === '') return [];
    const out: number[] = [];
    const items = part.split(':');
    for (let i = 0; i < items.length; i++) {
      const item = items[i] as string;
      if (i === items.length - 1 && item.includes('.')) {
        const v4 = parseIPv4(item);
        if (!v4) return undefined;
        out.push(v4[0]! * 256 + v4[1]!, v4[2]! * 256 + v4[3]!);
      } else if (HEX_GROUP.test(item)) out.push(parseInt(item, 16));
      else return undefined;
    }
    return out;
  };
  const head = groups(halves[0] as string);
  const tail = halves.length === 2 ? groups(halves[1] as string) : [];
  if (!head || !tail) return undefined;
  const missing = 8 - head.length - tail.length;
  if (halves.length === 2 ? missing < 1 : missing !== 0) return undefined;
  const words = [...head, ...new Array<number>(missing).fill(0), ...tail];
  return words.flatMap((w) => [w >> 8, w & 255]);
}

export interface ParsedIP {
  family: 4 | 6;
  bytes: number[];
}

/** Parses an IP address as the API server's legacy fields do; undefined when it is not one. */
export function parseIP(s: string): ParsedIP | undefined {
  const v4 = parseIPv4(s);
  if (v4) return { family: 4, bytes: v4 };
  const v6 = parseIPv6(s);
  return v6 ? { family: 6, bytes: v6 } : undefined;
}

export const IP_ERROR = 'must be a valid IP address, (e.g. 10.9.8.7 or 2001:db8::ffff)';
export const CIDR_ERROR = 'must be a valid CIDR value, (e.g. 10.9.8.0/24 or 2001:db8::/64)';

export interface ParsedCIDR extends ParsedIP {
  prefix: number;
}

/** Parses `ip/prefix` like `netutils.ParseCIDRSloppy`; undefined when invalid. */
export function parseCIDR(s: string): ParsedCIDR | undefined {
  const slash = s.indexOf('/');
  if (slash < 0) return undefined;
  const ip = parseIP(s.slice(0, slash));
  const bits = s.slice(slash + 1);
  if (!ip || !/^\d{1,3}$/.test(bits)) return undefined;
  const prefix = Number(bits);
  return prefix <= (ip.family === 4 ? 32 : 128) ? { ...ip, prefix } : undefined;
}

/** True when `inner` is a strict subset of `outer` (same family, longer prefix, inside it). */
export function cidrStrictlyContains(outer: ParsedCIDR, inner: ParsedCIDR): boolean {
  if (outer.family !== inner.family || inner.prefix <= outer.prefix) return false;
  for (let bit = 0; bit < outer.prefix; bit++) {
    const byte = bit >> 3;
    const mask = 0x80 >> (bit & 7);
    if (((outer.bytes[byte] as number) & mask) !== ((inner.bytes[byte] as number) & mask)) return false;
  }
  return true;
}
