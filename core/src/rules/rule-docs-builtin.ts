/**
 * Documentation of the checks that are not rule modules — the loader's, the schema layer's, duplicate
 * detection, --reject, the configuration and the ignores — so that `kubeplan rules ID` and docs/rules.md explain
 * them as fully as the rules. Their id, summary and default severity stay with the code that emits them.
 */
import type { RuleMeta } from './rule.js';

export type BuiltinCategory = 'input' | 'schema' | 'configuration';

export type BuiltinDoc = Pick<RuleMeta, 'rationale' | 'howToFix' | 'examples' | 'peers'> & { category: BuiltinCategory | 'api-validation' };

const SCHEMA_PEERS = ['kubeconform', 'kube-linter:schema-validation'];
const input = (rationale: string, howToFix: string): BuiltinDoc => ({ category: 'input', rationale, howToFix });
const schema = (rationale: string, howToFix: string, examples?: BuiltinDoc['examples']): BuiltinDoc => ({
  category: 'schema',
  rationale,
  howToFix,
  peers: SCHEMA_PEERS,
  ...(examples !== undefined ? { examples } : {}),
});

export const BUILTIN_DOCS: Readonly<Record<string, BuiltinDoc>> = {
  'yaml-syntax': input('kubectl cannot read the file at all, so nothing in it is applied.', 'Fix the YAML at the position shown; the most common cause is a missing space after a colon (`key:value`).'),
  'yaml-duplicate-key': input(
    'The API server decodes strictly and rejects an object with a repeated key; YAML readers that keep the last value hide the mistake.',
    'Keep one of the two keys (kubeplan points at the second).',
  ),
  'yaml-tab-indent': {
    ...input('YAML forbids tabs in indentation; the file does not parse.', 'Indent with spaces. `kubeplan lint --fix` replaces the tabs.'),
    examples: { invalid: 'metadata:\n\tname: web', valid: 'metadata:\n  name: web' },
  },
  'yaml-alias-limit': input('Nested aliases can expand to billions of nodes (an "alias bomb"); kubeplan stops expanding them.', 'Use fewer, flatter aliases, or write the values out.'),
  'not-a-mapping': input('A Kubernetes object is a mapping with apiVersion and kind; a scalar or a list document is not applied.', 'Remove the document or make it an object.'),
  'missing-api-version': input('Without apiVersion the API server cannot tell which API the object belongs to.', 'Add apiVersion (e.g. `apps/v1` for a Deployment).'),
  'missing-kind': input('Without kind the API server cannot tell what the object is.', 'Add kind.'),
  'invalid-encoding': input('Kubernetes manifests are UTF-8 text.', 'Save the file as UTF-8, or leave binary files out with --exclude.'),
  'file-too-large': input('Very large files are usually generated data, not manifests; reading them would stall the run.', 'Leave the file out (--exclude, or ignore.paths in .kubeplan.yaml).'),
  'io-error': input('A path that cannot be read is not linted; the run exits with code 2.', 'Check the path and its permissions.'),
  skipped: input(
    'In a directory scan, YAML that is not a manifest (CI files, kustomize, Helm templates) would only produce noise.',
    'Nothing to fix. Lint rendered output instead, e.g. `helm template chart | kubeplan lint -`.',
  ),
  'schema-unknown-field': schema(
    "kubectl's server-side field validation (strict by default) rejects fields the API does not define; with `--validate=false` they are dropped silently.",
    'Fix the spelling or move the field where it belongs (kubeplan suggests both).',
    { invalid: 'spec:\n  replica: 3', valid: 'spec:\n  replicas: 3' },
  ),
  'schema-type': schema(
    'The API server refuses a value of the wrong type. A common cause is YAML 1.1: unquoted `yes`, `no`, `on`, `off` are booleans and `1.10` is a number.',
    'Write the value with the right type; quote strings that look like booleans or numbers. `kubeplan lint --fix` adds or removes the quotes.',
    { invalid: 'data:\n  enabled: yes', valid: 'data:\n  enabled: "yes"' },
  ),
  'schema-required': schema('The API server rejects an object without its required fields.', 'Add the field.'),
  'schema-enum': schema('The API server accepts only a closed set of values for this field.', 'Use one of the values listed in the message.'),
  'schema-format': schema('The API server parses quantities, int-or-strings, dates and the like and rejects malformed ones.', 'Write the value in the format the message names.'),
  'schema-missing': schema(
    'Without a schema a custom resource cannot be validated.',
    'Add the CRD to the linted files, pass --schema-location, or silence it with --ignore-missing-schemas.',
  ),
  'schema-invalid': schema('A CRD or schema file kubeplan cannot compile would validate nothing.', 'Fix the schema (kubeplan names the problem).'),
  'api-removed': {
    ...schema('An apiVersion the target Kubernetes version no longer serves is refused by the API server.', 'Move to the replacement apiVersion; `kubeplan lint --fix` changes it where the kind is unchanged.'),
    peers: ['pluto', 'kubent', 'kube-linter:no-extensions-v1beta', 'kube-score:stable-version'],
  },
  'api-deprecated': {
    ...schema('A deprecated apiVersion is still served but will be removed in a later release.', 'Move to the replacement apiVersion before upgrading the cluster.'),
    peers: ['pluto', 'kubent', 'kube-linter:no-extensions-v1beta'],
  },
  'api-unknown': schema('No built-in API group serves this kind: a typo, or a kind in the wrong group.', 'Use the apiVersion that serves the kind (`kubeplan lint --fix` changes it when only the group is wrong).'),
  'duplicate-object': {
    category: 'api-validation',
    rationale: 'When the same object is defined twice, the later definition silently replaces the earlier one.',
    howToFix: 'Rename one of the objects, or remove the copy.',
  },
  'rejected-kind': { category: 'configuration', rationale: 'The run was told (with --reject) that this kind must not appear.', howToFix: 'Remove the object, or stop rejecting its kind.' },
  'config-invalid': {
    category: 'configuration',
    rationale: 'A mistake in .kubeplan.yaml would otherwise change what is checked without anyone noticing. The rest of the file still applies.',
    howToFix: 'Fix the key or value at the position shown; `kubeplan rules` lists the rule ids.',
    examples: { invalid: 'rules:\n  schema-mising: off', valid: 'rules:\n  schema-missing: off' },
  },
  'unused-ignore': {
    category: 'configuration',
    rationale: 'An ignore that suppresses nothing is stale (the problem was fixed) or misplaced, and would hide a future finding.',
    howToFix: 'Remove the comment or annotation, or move it onto the line of the finding.',
    examples: { invalid: '# kubeplan-ignore latest-tag\nimage: nginx:1.27', valid: 'image: nginx:1.27' },
  },
};
