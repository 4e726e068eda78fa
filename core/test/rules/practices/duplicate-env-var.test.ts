import { describe, expect, it } from 'vitest';
import { duplicateEnvVar } from '../../../src/rules/practices/containers/duplicate-env-var.js';
import { findingsOf, summary } from '../helpers.js';
import { oneContainer, pod } from './builders.js';

const env = (...names: string[]): string => pod(oneContainer(`env:\n${names.map((n) => `  - name: ${n}\n    value: "1"`).join('\n')}`));

describe('duplicate-env-var', () => {
  it.each([
    { name: 'distinct names pass', names: ['PORT', 'HOST'], findings: 0 },
    { name: 'a repeated name is reported once per repeat', names: ['PORT', 'PORT', 'PORT'], findings: 2 },
    { name: 'names are case-sensitive', names: ['port', 'PORT'], findings: 0 },
  ])('$name', ({ names, findings }) => {
    expect(findingsOf(duplicateEnvVar, env(...names))).toHaveLength(findings);
  });

  it("points at the later name with the API server's warning", () => {
    expect(summary(findingsOf(duplicateEnvVar, env('PORT', 'HOST', 'PORT')))).toEqual([
      'duplicate-env-var 14:17 spec.containers[0].env[2]: hides previous definition of "PORT", which may be dropped when using apply',
    ]);
  });
});
