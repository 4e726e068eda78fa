// Small measuring helpers for the bench: percentiles of latency samples and a process's memory from /proc.
import { readFileSync } from 'node:fs';

export interface Latency {
  samples: number;
  p50: number;
  p95: number;
  max: number;
}

function round(ms: number): number {
  return Math.round(ms * 100) / 100;
}

/** Nearest-rank percentiles. */
export function latency(samples: readonly number[]): Latency {
  const sorted = [...samples].sort((a, b) => a - b);
  const rank = (q: number): number => sorted[Math.max(0, Math.ceil(q * sorted.length) - 1)] ?? Number.NaN;
  return { samples: sorted.length, p50: round(rank(0.5)), p95: round(rank(0.95)), max: round(sorted[sorted.length - 1] ?? Number.NaN) };
}

export async function timed(fn: () => Promise<unknown>): Promise<number> {
  const start = performance.now();
  await fn();
  return performance.now() - start;
}

export interface Memory {
  /** Resident set size now. */
  rssMb: number;
  /** Peak resident set size ("high water mark"). */
  peakRssMb: number;
}

/** Memory of a live process from /proc/<pid>/status (Linux). */
export function memoryOf(pid: number): Memory {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const kb = (field: string): number => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? Number.NaN);
  return { rssMb: Math.round(kb('VmRSS') / 1024), peakRssMb: Math.round(kb('VmHWM') / 1024) };
}
