import { describe, expect, it } from 'vitest';
import { objectNameInvalid } from '../../../../src/rules/api/objects/object-name-invalid.js';
import { lint, manifest } from './object-builders.js';

const SUBDOMAIN =
  "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character (e.g. 'example.com', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?(\\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*')";
const LABEL =
  "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character (e.g. 'my-name', or '123-abc', regex used for validation is '[a-z0-9]([-a-z0-9]*[a-z0-9])?')";
const DNS1035 =
  "a DNS-1035 label must consist of lower case alphanumeric characters or '-', start with an alphabetic character, and end with an alphanumeric character (e.g. 'my-name', or 'abc-123', regex used for validation is '[a-z]([-a-z0-9]*[a-z0-9])?')";

const meta = (lines: string): string => `metadata:\n${lines}\n`;

// Upstream: staging/src/k8s.io/apimachinery/pkg/api/validation/objectmeta.go ValidateObjectMetaAccessor with each kind's
// ValidateNameFunc — pkg/apis/apps/validation ValidateDeploymentName (NameIsDNSSubdomain), ValidateStatefulSetName
// (NameIsDNSLabel); pkg/apis/core/validation ValidateServiceName (NameIsDNS1035Label), ValidateNamespaceName
// (NameIsDNSLabel); pkg/apis/rbac/validation ValidateRBACName (path.IsValidPathSegmentName); custom resources use
// NameIsDNSSubdomain (apiextensions-apiserver customResourceValidator). The names_test.go cases "a.b" (subdomain ok, label not).
describe('object-name-invalid', () => {
  it.each([
    { name: 'a DNS subdomain Deployment name passes', yaml: manifest('apps/v1', 'Deployment', '', 'web.v2'), want: [] },
    {
      name: 'an upper-case Deployment name fails with the subdomain message',
      yaml: manifest('apps/v1', 'Deployment', '', 'My_App'),
      want: [`object-name-invalid 4:9 metadata.name: Invalid value: "My_App": ${SUBDOMAIN}`],
    },
    { name: 'a Service name starting with a digit fails as a DNS-1035 label', yaml: manifest('v1', 'Service', '', '1web'), want: [`object-name-invalid 4:9 metadata.name: Invalid value: "1web": ${DNS1035}`] },
    { name: 'a dotted Namespace name fails as a DNS label: upstream says "must not contain dots" (IsDNS1123Label)', yaml: manifest('v1', 'Namespace', '', 'team.a'), want: [`object-name-invalid 4:9 metadata.name: Invalid value: "team.a": must not contain dots`] },
    { name: 'a dotted StatefulSet name fails as a DNS label', yaml: manifest('apps/v1', 'StatefulSet', '', 'db.v1'), want: [`object-name-invalid 4:9 metadata.name: Invalid value: "db.v1": must not contain dots`] },
    { name: 'a dotted ConfigMap name passes', yaml: manifest('v1', 'ConfigMap', '', 'app.config'), want: [] },
    { name: 'an RBAC name with colons passes (path segment rule)', yaml: manifest('rbac.authorization.k8s.io/v1', 'ClusterRole', '', 'system:aggregate-to-view'), want: [] },
    {
      name: 'an RBAC name with a slash fails',
      yaml: manifest('rbac.authorization.k8s.io/v1', 'ClusterRole', '', 'team/view'),
      want: [`object-name-invalid 4:9 metadata.name: Invalid value: "team/view": may not contain '/'`],
    },
    { name: 'a PodDisruptionBudget name only needs to be a path segment', yaml: manifest('policy/v1', 'PodDisruptionBudget', '', 'Web_PDB'), want: [] },
    { name: 'a generateName prefix ending in a dash passes', yaml: manifest('batch/v1', 'Job', meta('  generateName: migrate-'), null), want: [] },
    {
      name: 'an upper-case generateName prefix fails',
      yaml: manifest('batch/v1', 'Job', meta('  generateName: Migrate-'), null),
      want: [`object-name-invalid 4:17 metadata.generateName: Invalid value: "Migrate-": ${SUBDOMAIN}`],
    },
    {
      name: 'no name and no generateName is a required value',
      yaml: manifest('v1', 'ConfigMap', meta('  labels: {app: web}'), null),
      want: ['object-name-invalid 3:1 metadata.name: Required value: name or generateName is required'],
    },
    {
      name: 'a CronJob name over 52 characters fails',
      yaml: manifest('batch/v1', 'CronJob', '', 'a'.repeat(53)),
      want: [`object-name-invalid 4:9 metadata.name: Invalid value: "${'a'.repeat(53)}": must be no more than 52 characters`],
    },
    { name: 'a CronJob name of 52 characters passes', yaml: manifest('batch/v1', 'CronJob', '', 'a'.repeat(52)), want: [] },
    {
      name: 'a custom resource name is a DNS subdomain',
      yaml: manifest('example.com/v1', 'Widget', '', 'My_Widget'),
      want: [`object-name-invalid 4:9 metadata.name: Invalid value: "My_Widget": ${SUBDOMAIN}`],
    },
    { name: 'an APIService name of the core group passes', yaml: manifest('apiregistration.k8s.io/v1', 'APIService', '', 'v1.'), want: [] },
    {
      name: 'an upper-case namespace fails as a DNS label',
      yaml: manifest('v1', 'ConfigMap', meta('  name: cfg\n  namespace: Prod'), null),
      want: [`object-name-invalid 5:14 metadata.namespace: Invalid value: "Prod": ${LABEL}`],
    },
    { name: 'a namespace on a cluster-scoped kind is ignored (it is cleared)', yaml: manifest('v1', 'Namespace', meta('  name: team\n  namespace: Prod'), null), want: [] },
  ])('$name', ({ yaml, want }) => {
    expect(lint(objectNameInvalid, yaml)).toEqual(want);
  });
});
