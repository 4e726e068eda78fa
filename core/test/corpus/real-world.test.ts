// Acceptance on real public manifests (../shared/corpus/real-world): files clusters accept must get no
// error-level finding; everything else must be handled without a crash.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { LINT_RULES, lintPaths } from '../../src/index.js';
import { SHARED } from '../cli/spawn-kubeplan.js';

const REAL_WORLD = path.join(SHARED, 'corpus', 'real-world');
const present = existsSync(path.join(REAL_WORLD, 'CLEAN.txt'));
if (!present) console.warn(`skipping real-world corpus tests: ${REAL_WORLD} is absent`);

/**
 * Error findings in CLEAN.txt files that are genuine mistakes in the upstream files (the API server rejects
 * them as written), each with the rule that rejects it.
 */
const GENUINE_ERRORS = [
  {
    // `value: true` decodes to a JSON boolean; EnvVar.value is a Go string, so the API server's decoder fails
    // with "cannot unmarshal bool into Go struct field EnvVar...value of type string".
    file: 'ingress-nginx/docs/examples/auth/oauth-external-auth/vouch-proxy.yaml',
    rule: 'schema-type',
    path: 'spec.template.spec.containers[0].env[0].value',
  },
  {
    // Secret.data values are []byte, base64 in JSON; "...base64 encoded data..." is a placeholder the decoder
    // rejects ("illegal base64 data at input byte 0").
    file: 'ingress-nginx/docs/examples/customization/ssl-dh-param/ssl-dh-param.yaml',
    rule: 'schema-format',
    path: 'data["dhparam.pem"]',
  },
  {
    // A kustomize base: its kustomization adds the selector through commonLabels. Applied as written, apps/v1
    // validation rejects it (pkg/apis/apps/validation ValidateDeploymentSpec: "spec.selector: Required value").
    file: 'metrics-server/manifests/base/deployment.yaml',
    rule: 'schema-required',
    path: 'spec.selector',
  },
];

describe.skipIf(!present)('real-world corpus', () => {
  it('files that clusters accept get no error-level finding, apart from the documented upstream mistakes', async () => {
    const clean = readFileSync(path.join(REAL_WORLD, 'CLEAN.txt'), 'utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#'));
    expect(clean.length).toBeGreaterThan(400);
    const report = await lintPaths(clean.map((f) => path.join(REAL_WORLD, f)));
    expect(report.summary.files).toBe(clean.length);
    expect(report.summary.resources).toBeGreaterThan(1200);
    const errors = report.diagnostics
      .filter((d) => d.severity === 'error')
      .map((d) => ({ file: path.relative(REAL_WORLD, d.file), rule: d.rule, path: d.path }));
    expect(errors).toEqual(GENUINE_ERRORS);
  });

  it('the whole folder, archived examples and kustomize inputs included, is linted without a crash', async () => {
    const report = await lintPaths([REAL_WORLD]);
    const known = new Set(LINT_RULES.map((r) => r.id));
    expect(report.summary.resources).toBeGreaterThan(1500);
    expect(report.summary.skipped).toBeGreaterThan(10);
    for (const d of report.diagnostics) {
      expect(known.has(d.rule), d.rule).toBe(true);
      expect(d.range.start.line).toBeGreaterThanOrEqual(0);
    }
    // Removed apiVersions in the archived examples are named with their replacement.
    const removed = report.diagnostics.filter((d) => d.rule === 'api-removed');
    expect(removed.length).toBeGreaterThan(5);
    expect(removed.every((d) => /removed in 1\.\d+/.test(d.message))).toBe(true);
  });
});
