import { describe, expect, it } from 'vitest';
import { definition, references } from '../../src/features/navigation.js';
import { at, CONFIGMAP, DEPLOYMENT, SERVICE, workspaceOf } from './workspace-of.js';

const files = { 'd.yaml': DEPLOYMENT, 's.yaml': SERVICE, 'cm.yaml': CONFIGMAP };
const where = (locs: { uri: string; range: { start: { line: number } } }[]): string[] => locs.map((l) => `${l.uri.replace('file:///ws/', '')}:${l.range.start.line}`);

describe('navigation', () => {
  it('goes from a configMapRef to the ConfigMap in another file', async () => {
    const t = await workspaceOf(files);
    expect(where(definition(t.ws, t.file('d.yaml'), at(DEPLOYMENT, 'web-config', 2)))).toEqual(['cm.yaml:3']);
  });

  it("goes from a Service's selector to the workloads whose pods it selects", async () => {
    const t = await workspaceOf(files);
    expect(where(definition(t.ws, t.file('s.yaml'), at(SERVICE, 'app: web', 6)))).toEqual(['d.yaml:3']);
  });

  it('finds the references to a ConfigMap and the selectors of a workload', async () => {
    const t = await workspaceOf(files);
    expect(where(references(t.ws, t.file('cm.yaml'), at(CONFIGMAP, 'web-config'), false))).toEqual(['d.yaml:20']);
    expect(where(references(t.ws, t.file('d.yaml'), at(DEPLOYMENT, 'name: web', 7), true))).toEqual(['d.yaml:3', 's.yaml:3']);
  });

  it('finds nothing on a field that names no object', async () => {
    const t = await workspaceOf(files);
    expect(definition(t.ws, t.file('d.yaml'), at(DEPLOYMENT, 'nginx'))).toEqual([]);
  });
});
