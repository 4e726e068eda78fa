/**
 * The service ClusterIP range (`--service-cluster-ip-range`, IPv4) as pkg/registry/core/service/ipallocator
 * (ipallocator.go, NewIPAllocator) lays it out: the network address and (IPv4) the broadcast address are never
 * handed out; the first `calculateRangeOffset` addresses after the network address form the static band (KEP-3070),
 * the rest the dynamic band. Addresses are unsigned 32-bit numbers here.
 */
import { staticBandSize, type Band } from './service-band-probe.js';

export const DEFAULT_SERVICE_CIDR = '10.96.0.0/12';

export interface ServiceIpRange {
  /** The prefix, normalised (`10.96.0.0/12`), for messages. */
  readonly cidr: string;
  /** The network address. */
  readonly network: number;
  /** The first address handed out (network + 1): the `kubernetes` Service's. */
  readonly first: number;
  /** The last address handed out (broadcast - 1). */
  readonly last: number;
  /** The dynamic (upper) band, then the static (lower) band: the order dynamic allocation tries them. */
  readonly bands: readonly Band[];
}

const OCTET = /^(25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;

/** A dotted-quad IPv4 address as a number, or undefined when it is not one. */
export function parseIPv4(text: string): number | undefined {
  const parts = text.split('.');
  if (parts.length !== 4 || !parts.every((p) => OCTET.test(p))) return undefined;
  return parts.reduce((n, p) => n * 256 + Number(p), 0);
}

/** The dotted-quad spelling of an address. */
export function formatIPv4(n: number): string {
  return [24, 16, 8, 0].map((shift) => Math.floor(n / 2 ** shift) % 256).join('.');
}

/** Parses an IPv4 CIDR; undefined when it is not one or leaves no address to hand out (a /31 or /32). */
export function parseServiceCidr(cidr: string): ServiceIpRange | undefined {
  const match = /^([^/]+)\/(\d+)$/.exec(cidr);
  const base = match === null ? undefined : parseIPv4(match[1] as string);
  const bits = match === null ? NaN : Number(match[2]);
  if (base === undefined || !(bits >= 0 && bits <= 30)) return undefined;
  const size = 2 ** (32 - bits);
  const network = base - (base % size);
  const first = network + 1;
  const last = network + size - 2;
  const offset = staticBandSize(size, { min: 16, max: 256, step: 16 });
  const bands: Band[] = offset === 0 ? [{ first, last }] : [{ first: first + offset, last }, { first, last: first + offset - 1 }];
  return { cidr: `${formatIPv4(network)}/${bits}`, network, first, last, bands };
}

/** True when the address lies in the CIDR at all (network and broadcast included). */
export function inNetwork(range: ServiceIpRange, ip: number): boolean {
  return ip >= range.network && ip <= range.last + 1;
}
