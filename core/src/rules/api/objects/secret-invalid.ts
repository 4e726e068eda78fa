import { asObject, asString } from '../../../model/fields.js';
import type { Rule } from '../../rule.js';
import { fieldErrors, mapKey, REDACTED, type FieldErrors } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { base64Size, checkDataKey, decodeBase64, jsonObjectError, MAX_DATA_SIZE } from './config-data.js';
import { utf8Length } from './utf8-length.js';

/** A Secret's keys after conversion: stringData entries overwrite data entries (v1 → internal). */
interface Entry {
  /** `data` or `stringData`: where the key is written. */
  field: 'data' | 'stringData';
  /** The decoded value, when asked for. */
  text(): string | undefined;
  size: number;
}

/** The keys a typed Secret must carry (pkg/apis/core/validation ValidateSecret). */
function checkType(errs: FieldErrors, type: string, entries: Map<string, Entry>, annotations: Record<string, unknown>): void {
  const requireKey = (key: string): void => {
    // Positioned on `type`: the type is why the key is needed.
    if (!entries.has(key)) errs.required(['data', mapKey(key)], '', { at: ['type'] });
  };
  const checkJson = (key: string): void => {
    const entry = entries.get(key);
    if (!entry) return requireKey(key);
    const text = entry.text();
    const error = text === undefined ? undefined : jsonObjectError(text);
    if (error) errs.invalid(['data', mapKey(key)], REDACTED, error, { at: [entry.field, mapKey(key)] });
  };
  switch (type) {
    case 'kubernetes.io/service-account-token':
      if (!asString(annotations['kubernetes.io/service-account.name'])) {
        errs.required(['metadata', 'annotations', mapKey('kubernetes.io/service-account.name')], '', { at: ['metadata', 'annotations'], on: 'key' });
      }
      break;
    case 'kubernetes.io/dockercfg':
      checkJson('.dockercfg');
      break;
    case 'kubernetes.io/dockerconfigjson':
      checkJson('.dockerconfigjson');
      break;
    case 'kubernetes.io/basic-auth':
      // Either may be empty, but one of the keys must be present.
      if (!entries.has('username') && !entries.has('password')) {
        requireKey('username');
        requireKey('password');
      }
      break;
    case 'kubernetes.io/ssh-auth': {
      const key = entries.get('ssh-privatekey');
      if ((key?.size ?? 0) === 0) errs.required(['data', mapKey('ssh-privatekey')], '', { at: key ? [key.field, 'ssh-privatekey'] : ['type'] });
      break;
    }
    case 'kubernetes.io/tls':
      requireKey('tls.crt');
      requireKey('tls.key');
      break;
  }
}

/**
 * Secret data: pkg/apis/core/validation/validation.go ValidateSecret — keys of data and stringData are config
 * keys, the values total at most 1 MiB, and typed Secrets carry their keys (`kubernetes.io/tls` needs tls.crt
 * and tls.key, dockerconfigjson a JSON `.dockerconfigjson`, basic-auth a username or password, ssh-auth a
 * non-empty ssh-privatekey, service-account-token the service-account.name annotation).
 */
export const secretInvalid: Rule = {
  meta: {
    id: 'secret-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A Secret with an invalid key, more than 1 MiB of data, or missing the keys its type requires (tls.crt/tls.key, .dockerconfigjson…).',
    rationale:
      'pkg/apis/core/validation/validation.go ValidateSecret: IsConfigMapKey on every key, core.MaxSecretSize (1 MiB), and the per-type ' +
      'checks for kubernetes.io/tls, dockercfg, dockerconfigjson, basic-auth, ssh-auth and service-account-token.',
    howToFix: 'Add the keys the Secret type needs (in data or stringData), or use type Opaque.',
    examples: {
      invalid: 'kind: Secret\ntype: kubernetes.io/tls\nstringData:\n  tls.crt: "..."',
      valid: 'kind: Secret\ntype: kubernetes.io/tls\nstringData:\n  tls.crt: "..."\n  tls.key: "..."',
    },
  },
  kinds: ['Secret'],
  check(ctx) {
    const { object } = ctx;
    if (groupOf(object) !== '') return;
    const errs = fieldErrors(ctx);
    const entries = new Map<string, Entry>();
    for (const [k, v] of Object.entries(asObject(object.data) ?? {})) {
      const raw = typeof v === 'string' ? v : '';
      entries.set(k, { field: 'data', size: base64Size(raw), text: () => decodeBase64(raw) });
    }
    for (const [k, v] of Object.entries(asObject(object.stringData) ?? {})) {
      const raw = typeof v === 'string' ? v : '';
      entries.set(k, { field: 'stringData', size: utf8Length(raw), text: () => raw });
    }
    let size = 0;
    for (const [k, entry] of entries) {
      checkDataKey(errs, k, 'data', entry.field);
      size += entry.size;
    }
    if (size > MAX_DATA_SIZE) errs.tooLong(['data'], MAX_DATA_SIZE, { at: [object.data != null ? 'data' : 'stringData'] });
    const type = asString(object.type);
    if (type) checkType(errs, type, entries, asObject(asObject(object.metadata)?.annotations) ?? {});
  },
};
