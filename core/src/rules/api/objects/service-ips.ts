/**
 * Service IP fields: pkg/apis/core/validation/validation.go ValidateServiceClusterIPsRelatedFields (clusterIP and
 * clusterIPs agree, valid and dual-stack IPs matching ipFamilies), the externalIPs loop with ValidateNonSpecialIP,
 * and pkg/registry/core/service/storage/alloc.go initIPFamilyFields (SingleStack with two families).
 */
import { asArray, asString, type Obj } from '../../../model/fields.js';
import { json, type FieldErrors, type Path } from '../field-errors.js';
import { IP_ERROR, parseIP, type ParsedIP } from './formats.js';

/** What the REST strategy makes of clusterIP/clusterIPs on create (NormalizeClusterIPs). */
export function clusterIPsOf(spec: Obj): string[] {
  const list = (asArray(spec.clusterIPs) ?? []).filter((v): v is string => typeof v === 'string');
  const single = asString(spec.clusterIP) ?? '';
  return single !== '' && list.length === 0 ? [single] : list;
}

export function isHeadless(spec: Obj): boolean {
  const ips = clusterIPsOf(spec);
  return ips.length === 1 && ips[0] === 'None';
}

function special(ip: ParsedIP): string | undefined {
  const b = ip.bytes;
  if (b.every((x) => x === 0)) return 'may not be unspecified';
  if (ip.family === 4) {
    if (b[0] === 127) return 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
    if (b[0] === 169 && b[1] === 254) return 'may not be in the link-local range (169.254.0.0/16, fe80::/10)';
    if (b[0] === 224 && b[1] === 0 && b[2] === 0) return 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)';
  } else {
    if (b.slice(0, 15).every((x) => x === 0) && b[15] === 1) return 'may not be in the loopback range (127.0.0.0/8, ::1/128)';
    if (b[0] === 0xfe && ((b[1] as number) & 0xc0) === 0x80) return 'may not be in the link-local range (169.254.0.0/16, fe80::/10)';
    if (b[0] === 0xff && ((b[1] as number) & 0x0f) === 2) return 'may not be in the link-local multicast range (224.0.0.0/24, ff02::/10)';
  }
  return undefined;
}

export function checkServiceIPs(errs: FieldErrors, spec: Obj): void {
  asArray(spec.externalIPs)?.forEach((ip, i) => {
    if (typeof ip !== 'string') return;
    const parsed = parseIP(ip);
    const msg = parsed ? special(parsed) : IP_ERROR;
    if (msg) errs.invalid(['spec', 'externalIPs', i], ip, msg === 'may not be unspecified' ? `${msg} (${ip})` : msg);
  });
  const single = asString(spec.clusterIP) ?? '';
  const written = asArray(spec.clusterIPs);
  const ips = clusterIPsOf(spec);
  // Findings on clusterIPs go on clusterIP when only that one is written.
  const at = (i?: number): { at: Path } => ({ at: written ? (i === undefined ? ['spec', 'clusterIPs'] : ['spec', 'clusterIPs', i]) : ['spec', 'clusterIP'] });
  if (single !== '' && written && written.length > 0 && written[0] !== single) {
    errs.invalid(['spec', 'clusterIPs'], json(written), 'first value must match `clusterIP`');
  } else if (single === '' && written && written.length > 0) {
    errs.invalid(['spec', 'clusterIPs'], json(written), 'must be empty when `clusterIP` is not specified');
  }
  const families = (asArray(spec.ipFamilies) ?? []).filter((f): f is string => typeof f === 'string');
  families.forEach((f, i) => {
    if (families.indexOf(f) !== i) errs.duplicate(['spec', 'ipFamilies', i], f);
  });
  const parsed: ParsedIP[] = [];
  let bad = false;
  ips.forEach((ip, i) => {
    if (i === 0 && ip === 'None') {
      if (ips.length > 1) {
        bad = true;
        errs.invalid(['spec', 'clusterIPs'], json(ips), "'None' must be the first and only value", at());
      }
      return;
    }
    const p = parseIP(ip);
    if (p) parsed.push(p);
    else {
      bad = true;
      errs.invalid(['spec', 'clusterIPs', i], ip, IP_ERROR, at(i));
    }
  });
  if (ips.length > 2) errs.invalid(['spec', 'clusterIPs'], json(ips), 'may only hold up to 2 values', at());
  if (bad) return;
  if (parsed.length === 2 && parsed[0]?.family === parsed[1]?.family) {
    errs.invalid(['spec', 'clusterIPs'], json(ips), 'may specify no more than one IP for each IP family', at());
  }
  parsed.forEach((p, i) => {
    const family = families[i];
    if (family === 'IPv4' && p.family === 6) errs.invalid(['spec', 'clusterIPs', i], ips[i], `expected an IPv4 value as indicated by \`ipFamilies[${i}]\``, at(i));
    if (family === 'IPv6' && p.family === 4) errs.invalid(['spec', 'clusterIPs', i], ips[i], `expected an IPv6 value as indicated by \`ipFamilies[${i}]\``, at(i));
  });
  if (spec.ipFamilyPolicy === 'SingleStack') {
    if (ips.length === 2) errs.invalid(['spec', 'ipFamilyPolicy'], 'SingleStack', "must be 'RequireDualStack' or 'PreferDualStack' when multiple cluster IPs are specified");
    if (families.length === 2) errs.invalid(['spec', 'ipFamilyPolicy'], 'SingleStack', "must be 'RequireDualStack' or 'PreferDualStack' when multiple IP families are specified");
  }
}
