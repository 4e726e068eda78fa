import { asArray, asString, asStringMap, getIn } from '../../../model/fields.js';
import type { Rule, RuleMeta } from '../../rule.js';
import { paramPattern } from '../param-pattern.js';
import { memoPerParams } from '../../rule-config.js';

/** One requirement: a key, and optionally a pattern the whole value must match. */
interface Requirement {
  key: string;
  pattern?: RegExp;
  source?: string;
}

/** `owner`, `owner=.+@example\.com` or `{key: owner, value: '.+'}`; invalid patterns come back as errors. */
function parseRequirements(v: unknown): { requirements: Requirement[]; errors: string[] } {
  const out: Requirement[] = [];
  const errors: string[] = [];
  for (const entry of asArray(v) ?? []) {
    let key: string | undefined;
    let value: string | undefined;
    if (typeof entry === 'string') {
      const eq = entry.indexOf('=');
      key = eq < 0 ? entry : entry.slice(0, eq);
      value = eq < 0 ? undefined : entry.slice(eq + 1);
    } else {
      key = asString(getIn(entry, 'key'));
      value = asString(getIn(entry, 'value'));
    }
    if (key === undefined || key === '') continue;
    if (value === undefined) {
      out.push({ key });
      continue;
    }
    const pattern = paramPattern(`^(?:${value})$`);
    if (pattern instanceof RegExp) out.push({ key, pattern, source: value });
    else errors.push(`the pattern for "${key}" is not a valid regular expression (${pattern.error})`);
  }
  return { requirements: out, errors };
}

/** required-labels and required-annotations: the same check on metadata.labels or metadata.annotations. */
export function requiredMetadataRule(field: 'labels' | 'annotations', meta: Omit<RuleMeta, 'category' | 'defaultSeverity' | 'preset'>): Rule {
  const word = field === 'labels' ? 'label' : 'annotation';
  const settings = memoPerParams((params) => ({
    kinds: (asArray(params.kinds) ?? []).filter((k): k is string => typeof k === 'string'),
    ...parseRequirements(params[field]),
  }));
  return {
    meta: { ...meta, category: 'metadata', defaultSeverity: 'warning', preset: 'opt-in' },
    check(ctx) {
      const { kinds, requirements, errors } = settings(ctx.params);
      if (kinds.length > 0 && !kinds.includes(ctx.object.kind as string)) return;
      const present = asStringMap(getIn(ctx.object, 'metadata', field)) ?? {};
      for (const error of errors) ctx.report({ path: ['metadata', field], on: 'key', message: `${meta.id}: ${error}` });
      for (const req of requirements) {
        const value = present[req.key];
        if (value === undefined) {
          ctx.report({ path: ['metadata', field, req.key], message: `required ${word} "${req.key}" is missing` });
        } else if (req.pattern !== undefined && !req.pattern.test(value)) {
          ctx.report({ path: ['metadata', field, req.key], message: `${word} "${req.key}" is "${value}", which does not match ${req.source}` });
        }
      }
    },
  };
}
