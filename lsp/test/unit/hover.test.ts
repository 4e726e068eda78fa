import { describe, expect, it } from 'vitest';
import { hover } from '../../src/features/hover.js';
import { at, DEPLOYMENT, planOf, SERVICE, workspaceOf } from './workspace-of.js';

const text = (h: ReturnType<typeof hover>): string => (h !== null && typeof h.contents === 'object' && 'value' in h.contents ? h.contents.value : '');

describe('hover', () => {
  it('documents a field from the schema, inside list items too', async () => {
    const t = await workspaceOf({ 'd.yaml': DEPLOYMENT });
    const shown = text(hover(t.ws, t.file('d.yaml'), at(DEPLOYMENT, 'image:', 1)));
    expect(shown).toContain('**image** `string`');
    expect(shown).toContain('Container image name');
    expect(shown).toContain('spec.template.spec.containers[0].image');
  });

  it('says when an apiVersion is removed and what replaces it', async () => {
    const pdb = 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: x\n';
    const t = await workspaceOf({ 'p.yaml': pdb });
    expect(text(hover(t.ws, t.file('p.yaml'), at(pdb, 'PodDisruption')))).toMatch(/removed in 1\.25; use `policy\/v1`/);
  });

  it('lists what a selector selects, with links', async () => {
    const t = await workspaceOf({ 'd.yaml': DEPLOYMENT, 's.yaml': SERVICE });
    expect(text(hover(t.ws, t.file('s.yaml'), at(SERVICE, 'app: web', 6)))).toMatch(/selects the pods of\n- \[Deployment web\]\(file:\/\/\/ws\/d\.yaml#L4\)/);
  });

  it("shows a workload's predicted placement and pending reasons from the plan", async () => {
    const t = await workspaceOf({ 'd.yaml': DEPLOYMENT });
    const pod = { namespace: 'default', owner: 'Deployment/default/web', phase: 'Running', priority: 0, requests: { cpu: 0, memory: 0 } } as const;
    t.ws.plan = planOf({
      pods: [
        { ...pod, name: 'web-1', node: 'node-a' },
        { ...pod, name: 'web-2', node: null, phase: 'Pending', message: '0/2 nodes are available: 2 Insufficient cpu. preemption: 0/2 nodes are available.' },
      ],
    });
    const shown = text(hover(t.ws, t.file('d.yaml'), at(DEPLOYMENT, 'name: web', 7)));
    expect(shown).toContain('1/2 scheduled: node-a · 1 Pending: Insufficient cpu');
  });

  it('answers null on blank lines and comments', async () => {
    const t = await workspaceOf({ 'd.yaml': `# top\n${DEPLOYMENT}\n` });
    expect(hover(t.ws, t.file('d.yaml'), { line: 0, character: 2 })).toBeNull();
  });
});
