/**
 * SARIF 2.1.0 validation with ajv against the OASIS JSON schema (draft-04), as shipped in the
 * `@microsoft/jest-sarif` package from the npm registry (`sarif-2.1.0-rtm.5.json`).
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import AjvDraft04 from 'ajv-draft-04';

const require = createRequire(import.meta.url);
const schemaFile = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const validate = new AjvDraft04.default({ allErrors: true, strict: false, unicodeRegExp: false, logger: false }).compile(JSON.parse(readFileSync(schemaFile, 'utf8')) as object);

/** The schema's complaints, as `path: message` lines; empty when valid. */
export function validateSarif(log: unknown): string[] {
  return validate(log) ? [] : (validate.errors ?? []).map((e) => `${e.instancePath}: ${e.message ?? ''}`);
}
