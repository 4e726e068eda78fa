/** Helpers shared by the ConfigMap and Secret rules: key syntax and sizes of base64 data. */
import { isConfigMapKey } from '../../../model/names.js';
import { mapKey, type FieldErrors, type Path } from '../field-errors.js';

/** core.MaxSecretSize, also the ConfigMap limit: 1 MiB of data. */
export const MAX_DATA_SIZE = 1024 * 1024;

/** `/^[-._a-zA-Z0-9]{1,253}$/`, by character codes: ConfigMaps and Secrets hold many keys. */
function isSureKey(key: string): boolean {
  if (key.length === 0 || key.length > 253) return false;
  for (let i = 0; i < key.length; i++) {
    const c = key.charCodeAt(i);
    if (!((c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45 || c === 46 || c === 95)) return false;
  }
  return true;
}

/** `data[key]: Invalid value: "key": …` for each IsConfigMapKey error, positioned on the key. */
export function checkDataKey(errs: FieldErrors, key: string, msgField: string, atField: string): void {
  if (isSureKey(key) && !key.startsWith('..') && key !== '.') return;
  const path: Path = [msgField, mapKey(key)];
  for (const msg of isConfigMapKey(key)) errs.invalid(path, key, msg, { at: [atField, mapKey(key)], on: 'key' });
}

/** Bytes a base64 value decodes to (Go's decoder skips CR and LF). */
export function base64Size(value: string): number {
  let len = 0;
  let pad = 0;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c === 10 || c === 13) continue;
    len++;
    if (c === 61) pad++;
  }
  return Math.max(0, Math.floor(len / 4) * 3 - pad);
}

/** The decoded text of a base64 value, or undefined when it is not base64 (the schema validator's finding). */
export function decodeBase64(value: string): string | undefined {
  try {
    const binary = atob(value.replace(/[\r\n]/g, ''));
    const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
    return new TextDecoder().decode(bytes);
  } catch {
    return undefined;
  }
}

/** What Go's json.Unmarshal into a map says about `text`, or undefined when it succeeds. */
export function jsonObjectError(text: string): string | undefined {
  if (text.trim() === '') return 'unexpected end of JSON input';
  let v: unknown;
  try {
    v = JSON.parse(text);
  } catch {
    return 'invalid JSON';
  }
  if (v === null || (typeof v === 'object' && !Array.isArray(v))) return undefined;
  const type = Array.isArray(v) ? 'array' : typeof v === 'boolean' ? 'bool' : typeof v;
  return `json: cannot unmarshal ${type} into Go value of type map[string]interface {}`;
}
