import { open } from 'node:fs/promises';
import type { LoadRuleId } from './load-rules.js';

/** A file's text, or why it could not be used. */
export type SourceText = { ok: true; text: string } | { ok: false; rule: LoadRuleId; message: string };

/** One clear line for a failed file-system call: `path not found: foo.yaml`. */
export function ioErrorMessage(err: unknown, path: string): string {
  const code = (err as { code?: unknown } | null)?.code;
  if (code === 'ENOENT' || code === 'ENOTDIR') return `path not found: ${path}`;
  if (code === 'EACCES' || code === 'EPERM') return `permission denied: ${path}`;
  if (code === 'EISDIR') return `is a directory: ${path}`;
  const reason = typeof code === 'string' ? code : err instanceof Error ? err.message : String(err);
  return `cannot read ${path}: ${reason}`;
}

function mib(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

/** Checks size and encoding of text read from stdin (already decoded). */
export function checkTextSize(text: string, maxBytes: number, display: string): SourceText {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > maxBytes) return { ok: false, rule: 'file-too-large', message: `${display} is ${mib(bytes)}, over the ${mib(maxBytes)} limit: not read` };
  return { ok: true, text };
}

/** Decodes bytes as strict UTF-8 (a BOM is dropped); binary and non-UTF-8 input is an `invalid-encoding`. */
export function decodeSource(bytes: Uint8Array, display: string): SourceText {
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    return { ok: false, rule: 'invalid-encoding', message: `${display} is UTF-16 text: save it as UTF-8 (skipped)` };
  }
  if (bytes.indexOf(0) >= 0) {
    return { ok: false, rule: 'invalid-encoding', message: `${display} has binary content (NUL bytes), not YAML or JSON text: skipped` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    return { ok: false, rule: 'invalid-encoding', message: `${display} is not valid UTF-8 text: skipped` };
  }
}

/** Reads one file: size limit first (without reading a huge file), then strict UTF-8 decoding. */
export async function readSource(path: string, display: string, maxBytes: number): Promise<SourceText> {
  let handle;
  try {
    handle = await open(path, 'r');
    const { size } = await handle.stat();
    if (size > maxBytes) return { ok: false, rule: 'file-too-large', message: `${display} is ${mib(size)}, over the ${mib(maxBytes)} limit: not read` };
    return decodeSource(await handle.readFile(), display);
  } catch (err) {
    return { ok: false, rule: 'io-error', message: ioErrorMessage(err, display) };
  } finally {
    await handle?.close();
  }
}
