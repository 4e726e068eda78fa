/**
 * Syntax checks pod-spec validation needs beyond model/names.ts, with apimachinery's wording
 * (k8s.io/apimachinery/pkg/util/validation/validation.go): relaxed env var names, HTTP header names, DNS
 * subdomains that allow `_` (DNS search domains), and local paths (validation.go validateLocalDescendingPath).
 */
import { regexError } from '../../../model/names.js';

/** IsRelaxedEnvVarName (RelaxedEnvironmentVariableValidation, GA in 1.34): printable ASCII but `=`. */
export function relaxedEnvVarNameErrors(value: string): string[] {
  if (value.length === 0) return ['environment variable name must be non-empty'];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c < 32 || c > 126 || c === 61) return ["a valid environment variable name must consist only of printable ASCII characters other than '='"];
  }
  return [];
}

const HTTP_HEADER_NAME = /^[-A-Za-z0-9]+$/;

/** IsHTTPHeaderName. */
export function httpHeaderNameErrors(value: string): string[] {
  return HTTP_HEADER_NAME.test(value) ? [] : [regexError("a valid HTTP header must consist of alphanumeric characters or '-'", '[-A-Za-z0-9]+', ['X-Header-Name'])];
}

const LABEL_WITH_UNDERSCORE = '_?[a-z0-9]([-_a-z0-9]*[a-z0-9])?';
const SUBDOMAIN_WITH_UNDERSCORE_FMT = `${LABEL_WITH_UNDERSCORE}(\\.${LABEL_WITH_UNDERSCORE})*`;
const SUBDOMAIN_WITH_UNDERSCORE = new RegExp(`^${SUBDOMAIN_WITH_UNDERSCORE_FMT}$`);

/** IsDNS1123SubdomainWithUnderscore (pod DNS search domains, RelaxedDNSSearchValidation). */
export function dns1123SubdomainWithUnderscoreErrors(value: string): string[] {
  const errs: string[] = [];
  if (value.length > 253) errs.push('must be no more than 253 characters');
  if (!SUBDOMAIN_WITH_UNDERSCORE.test(value)) {
    errs.push(
      regexError(
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '_', '-' or '.', and must start and end with an alphanumeric character",
        SUBDOMAIN_WITH_UNDERSCORE_FMT,
        ['example.com'],
      ),
    );
  }
  return errs;
}

/** validatePathNoBacksteps: no `..` element between slashes (the API server runs on Linux, where `\` separates nothing). */
export function hasBacksteps(path: string): boolean {
  return path.split('/').includes('..');
}

/** validateLocalDescendingPath: relative, without `..` elements. */
export function localDescendingPathErrors(path: string): string[] {
  const errs: string[] = [];
  if (path.startsWith('/')) errs.push('must be a relative path');
  if (hasBacksteps(path)) errs.push("must not contain '..'");
  return errs;
}

/** ValidateLocalNonReservedPath: a local descending path that does not start with `..` either. */
export function localNonReservedPathErrors(path: string): string[] {
  const errs = localDescendingPathErrors(path);
  if (path.startsWith('..') && !path.startsWith('../')) errs.push("must not start with '..'");
  return errs;
}
