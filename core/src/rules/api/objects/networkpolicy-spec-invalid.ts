import { asArray, asObject, objectItems, type Obj } from '../../../model/fields.js';
import { isValidPortName, isValidPortNum } from '../../../model/names.js';
import type { Rule } from '../../rule.js';
import { fieldErrors, json, type FieldErrors, type Path } from '../field-errors.js';
import { groupOf } from './api-groups.js';
import { CIDR_ERROR, cidrStrictlyContains, parseCIDR } from './formats.js';

/** ValidateNetworkPolicyPort: a port number or name, and endPort only after a numeric port it does not undercut. */
function checkPort(errs: FieldErrors, port: Obj, path: Path): void {
  const p = port.port;
  const end = port.endPort;
  const hasEnd = typeof end === 'number';
  if (typeof p === 'number') {
    for (const msg of isValidPortNum(p)) errs.invalid([...path, 'port'], p, msg);
    if (hasEnd) {
      if (end < p) errs.invalid([...path, 'endPort'], p, 'must be greater than or equal to `port`', { at: [...path, 'endPort'] });
      for (const msg of isValidPortNum(end)) errs.invalid([...path, 'endPort'], end, msg);
    }
  } else if (typeof p === 'string') {
    if (hasEnd) errs.invalid([...path, 'endPort'], end, 'may not be specified when `port` is non-numeric');
    for (const msg of isValidPortName(p)) errs.invalid([...path, 'port'], p, msg);
  } else if (hasEnd) {
    errs.invalid([...path, 'endPort'], end, 'may not be specified when `port` is not specified');
  }
}

/** ValidateIPBlock: a CIDR, and `except` entries strictly inside it. */
function checkIPBlock(errs: FieldErrors, block: Obj, path: Path): void {
  if (block.cidr === '') return errs.required([...path, 'cidr']);
  if (typeof block.cidr !== 'string') return;
  const cidr = parseCIDR(block.cidr);
  if (!cidr) return errs.invalid([...path, 'cidr'], block.cidr, CIDR_ERROR);
  asArray(block.except)?.forEach((e, i) => {
    if (typeof e !== 'string') return;
    const except = parseCIDR(e);
    if (!except) errs.invalid([...path, 'except', i], e, CIDR_ERROR);
    else if (!cidrStrictlyContains(cidr, except)) errs.invalid([...path, 'except', i], e, 'must be a strict subset of `cidr`');
  });
}

/** ValidateNetworkPolicyPeer: exactly one kind of peer when ipBlock is used, at least one always. */
function checkPeer(errs: FieldErrors, peer: Obj, path: Path): void {
  const block = asObject(peer.ipBlock);
  const count = ['podSelector', 'namespaceSelector', 'ipBlock'].filter((f) => peer[f] != null).length;
  if (count === 0) errs.required(path, 'must specify a peer');
  else if (count > 1 && block) errs.forbidden(path, 'may not specify both ipBlock and another peer');
  if (block) checkIPBlock(errs, block, [...path, 'ipBlock']);
}

/**
 * NetworkPolicy spec: pkg/apis/networking/validation/validation.go ValidateNetworkPolicySpec — ports
 * (ValidateNetworkPolicyPort), peers (ValidateNetworkPolicyPeer, ValidateIPBlock) and at most two policyTypes.
 * Selector syntax is `label-selector-invalid`'s.
 */
export const networkPolicySpecInvalid: Rule = {
  meta: {
    id: 'networkpolicy-spec-invalid',
    category: 'api-validation',
    defaultSeverity: 'error',
    preset: 'recommended',
    summary: 'A NetworkPolicy the API server rejects: empty peers, ipBlock combined with selectors, bad CIDRs or except ranges, invalid ports.',
    rationale:
      'pkg/apis/networking/validation/validation.go ValidateNetworkPolicyPort, ValidateNetworkPolicyPeer ("must specify a peer", ' +
      '"may not specify both ipBlock and another peer") and ValidateIPBlock ("must be a strict subset of `cidr`").',
    howToFix: 'Give each peer one selector or an ipBlock (in separate list items), and keep except ranges inside the cidr.',
    examples: {
      invalid: 'spec:\n  ingress:\n    - from:\n        - ipBlock: {cidr: 10.0.0.0/16, except: [192.168.0.0/24]}',
      valid: 'spec:\n  ingress:\n    - from:\n        - ipBlock: {cidr: 10.0.0.0/16, except: [10.0.1.0/24]}',
    },
  },
  kinds: ['NetworkPolicy'],
  check(ctx) {
    const { object } = ctx;
    const spec = asObject(object.spec);
    if (groupOf(object) !== 'networking.k8s.io' || !spec) return;
    const errs = fieldErrors(ctx);
    for (const [dir, peers] of [['ingress', 'from'], ['egress', 'to']] as const) {
      for (const { item: rule, index } of objectItems(spec[dir])) {
        const path: Path = ['spec', dir, index];
        for (const { item, index: i } of objectItems(rule.ports)) checkPort(errs, item, [...path, 'ports', i]);
        for (const { item, index: i } of objectItems(rule[peers])) checkPeer(errs, item, [...path, peers, i]);
      }
    }
    const types = asArray(spec.policyTypes);
    if (types && types.length > 2) errs.invalid(['spec', 'policyTypes'], json(types), 'may not specify more than two policyTypes');
  },
};
