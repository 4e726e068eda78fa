import { describe, expect, it } from 'vitest';
import { fileDiagnostics } from '../../src/features/diagnostics.js';
import { RESOURCE_SNIPPETS } from '../../src/features/snippets.js';
import { workspaceOf } from './workspace-of.js';

/** A snippet as inserted with every placeholder left at its default. */
function expand(body: string): string {
  return body.replace(/\$\{\d+:([^}]*)\}/g, '$1').replace(/\$0/g, '');
}

describe('resource snippets', () => {
  it.each(RESOURCE_SNIPPETS.map((s) => [s.kind, s]))('%s is a valid object of its kind', async (_kind, s) => {
    const text = expand(s.body);
    const t = await workspaceOf({ 'new.yaml': text });
    expect(text).toContain(`apiVersion: ${s.apiVersion}\nkind: ${s.kind}\n`);
    expect(fileDiagnostics(t.ws, t.file('new.yaml')).filter((d) => d.severity === 'error')).toEqual([]);
  });
});
