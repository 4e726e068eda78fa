/** hostPathVolumes (policy/check_hostPathVolumes.go, baseline 1.0): no hostPath volumes. Replaced by restrictedVolumes. */
import { asObject, asString, objectItems } from '../../../../model/fields.js';
import { joinQuote, pluralize, type PodSecurityCheck, type PodView, type Violation } from '../check.js';

function check({ spec }: PodView): Violation | undefined {
  const bad = objectItems(spec.volumes)
    .filter(({ item }) => asObject(item.hostPath) !== undefined)
    .map(({ item }) => asString(item.name) ?? '');
  return bad.length === 0 ? undefined : { reason: 'hostPath volumes', detail: `${pluralize('volume', 'volumes', bad.length)} ${joinQuote(bad)}` };
}

export const hostPathVolumes: PodSecurityCheck = { id: 'hostPathVolumes', level: 'baseline', since: 0, check };
