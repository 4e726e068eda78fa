import { asObject, asString } from '../../../model/fields.js';
import { isDns1035Label, isDns1123Label, isDns1123Subdomain, maskTrailingDash } from '../../../model/names.js';
import type { Rule } from '../../rule.js';
import { fieldErrors } from '../field-errors.js';
import { CLUSTER_SCOPED_KINDS, groupOf, isBuiltin } from './api-groups.js';
import { isValidPathSegmentName } from './formats.js';

type NameCheck = (name: string) => string[];

/** NameIsDNSSubdomain & co. take a `prefix` flag for generateName: a trailing dash is then allowed. */
const prefixed = (check: NameCheck): NameCheck => (name) => check(maskTrailingDash(name));

const pathSegmentPrefix: NameCheck = (name) => isValidPathSegmentName(name).filter((m) => m.startsWith('may not contain'));

/**
 * The `ValidateNameFunc` each built-in kind passes to ValidateObjectMeta: DNS-1123 subdomain unless listed.
 * Kinds whose strategy validates no name of its own (RBAC, PDB, flow control) only get the generic
 * path-segment rule of rest.BeforeCreate. Kinds with names of a special form are skipped.
 */
const BUILTIN_NAME_CHECKS: Readonly<Record<string, NameCheck | null>> = {
  Namespace: isDns1123Label, // pkg/apis/core/validation ValidateNamespaceName = NameIsDNSLabel
  StatefulSet: isDns1123Label, // pkg/apis/apps/validation ValidateStatefulSetName = NameIsDNSLabel
  Service: isDns1035Label, // pkg/apis/core/validation ValidateServiceName = NameIsDNS1035Label
  Role: isValidPathSegmentName, // pkg/apis/rbac/validation ValidateRBACName
  ClusterRole: isValidPathSegmentName,
  RoleBinding: isValidPathSegmentName,
  ClusterRoleBinding: isValidPathSegmentName,
  PodDisruptionBudget: isValidPathSegmentName,
  FlowSchema: isValidPathSegmentName,
  PriorityLevelConfiguration: isValidPathSegmentName,
  CertificateSigningRequest: isValidPathSegmentName,
  APIService: null, // `<version>.<group>`, `v1.` for the core group
  IPAddress: null, // the IP address itself
  ClusterTrustBundle: null, // `<signer>:<suffix>`
  ComponentStatus: null,
};

/** The API server's CronJob limit: the controller appends an 11-character suffix to make Job names (≤ 63). */
const CRONJOB_NAME_MAX = 52;

/**
 * Object names, generateName prefixes and namespaces, as staging/src/k8s.io/apimachinery/pkg/api/validation/
 * objectmeta.go ValidateObjectMetaAccessor checks them with each kind's ValidateNameFunc (pkg/apis/<group>/
 * validation), plus ValidateCronJobCreate's 52-character limit. Custom resources use NameIsDNSSubdomain.
 */
export const objectNameInvalid: Rule = {
  meta: {
    id: 'object-name-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'An object name, generateName or namespace the API server rejects (DNS-1123 subdomain, label or DNS-1035 label by kind).',
    rationale:
      'staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go ValidateObjectMetaAccessor runs the kind\'s ValidateNameFunc ' +
      '(NameIsDNSSubdomain for most kinds, NameIsDNSLabel for Namespace and StatefulSet, NameIsDNS1035Label for Service) and requires ' +
      'name or generateName; pkg/apis/batch/validation ValidateCronJobCreate limits CronJob names to 52 characters.',
    howToFix: 'Use lower-case letters, digits and "-" (and "." where a subdomain is allowed), starting and ending with a letter or digit.',
    examples: {
      invalid: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: My_Service',
      valid: 'apiVersion: v1\nkind: Service\nmetadata:\n  name: my-service',
    },
  },
  check(ctx) {
    const { object } = ctx;
    const kind = object.kind as string;
    const meta = asObject(object.metadata);
    const errs = fieldErrors(ctx);
    const builtin = isBuiltin(object);
    if (groupOf(object) === undefined) return;
    const check = builtin ? BUILTIN_NAME_CHECKS[kind] : isDns1123Subdomain;
    if (check === null) return;
    const nameCheck = check ?? isDns1123Subdomain;
    const name = asString(meta?.name) ?? '';
    const generateName = asString(meta?.generateName) ?? '';
    if (generateName !== '') {
      const prefixCheck = nameCheck === isValidPathSegmentName ? pathSegmentPrefix : prefixed(nameCheck);
      for (const msg of prefixCheck(generateName)) errs.invalid(['metadata', 'generateName'], generateName, msg);
    }
    if (name === '') {
      // A name of the wrong type is the schema validator's finding.
      const missing = meta?.name === undefined || meta.name === null || meta.name === '';
      if (generateName === '' && missing) errs.required(['metadata', 'name'], 'name or generateName is required');
    } else {
      for (const msg of nameCheck(name)) errs.invalid(['metadata', 'name'], name, msg);
      if (builtin && kind === 'CronJob' && name.length > CRONJOB_NAME_MAX) {
        errs.invalid(['metadata', 'name'], name, `must be no more than ${CRONJOB_NAME_MAX} characters`);
      }
    }
    const namespace = asString(meta?.namespace);
    if (namespace && !(builtin && CLUSTER_SCOPED_KINDS.has(kind))) {
      for (const msg of isDns1123Label(namespace)) errs.invalid(['metadata', 'namespace'], namespace, msg);
    }
  },
};
