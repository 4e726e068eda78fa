import { readdirSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALL_RULES, RULE_CATEGORIES, type Rule } from '../../../src/rules/index.js';
import { PRACTICE_RULES } from '../../../src/rules/practices/index.js';

const PRACTICES = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../../src/rules/practices');
const isRule = (v: unknown): v is Rule => typeof v === 'object' && v !== null && 'meta' in v && typeof (v as Rule).check === 'function';

describe('best-practice rule registry', () => {
  it('registers every rule module of practices/ exactly once', async () => {
    const exported: string[] = [];
    for (const dir of readdirSync(PRACTICES, { withFileTypes: true }).filter((d) => d.isDirectory())) {
      for (const file of readdirSync(path.join(PRACTICES, dir.name)).filter((f) => f.endsWith('.ts') && f !== 'index.ts')) {
        const mod = (await import(pathToFileURL(path.join(PRACTICES, dir.name, file)).href)) as Record<string, unknown>;
        for (const v of Object.values(mod)) if (isRule(v)) exported.push(v.meta.id);
      }
    }
    expect(PRACTICE_RULES.map((r) => r.meta.id).sort()).toEqual(exported.sort());
  });

  it('uses unique kebab-case ids across all rules', () => {
    const ids = ALL_RULES.map((r) => r.meta.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of PRACTICE_RULES) expect(r.meta.id).toMatch(/^[a-z][a-z0-9]*(-[a-z0-9]+)*$/);
  });

  it.each(PRACTICE_RULES.map((r) => ({ id: r.meta.id, rule: r })))('$id documents itself', ({ rule }) => {
    const { meta } = rule;
    expect(RULE_CATEGORIES).toContain(meta.category);
    // Best practices are opinions: none of them is an error (that is for what the API server rejects).
    expect(meta.defaultSeverity).not.toBe('error');
    for (const text of [meta.summary, meta.rationale, meta.howToFix]) expect(text.length).toBeGreaterThan(20);
    expect(meta.examples?.invalid).toBeTruthy();
    expect(meta.examples?.valid).toBeTruthy();
    for (const peer of meta.peers ?? []) expect(peer).toMatch(/^(kube-linter|kube-score|polaris|datree|checkov):[A-Za-z0-9_.-]+$/);
  });
});
