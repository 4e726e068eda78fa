import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { JsonPlanDocument } from '@kubeplan/core';
import { COMMANDS } from '../src/commands/command-ids.js';
import { createCommands, type CommandDeps } from '../src/commands/create-commands.js';
import { fakeHost, type FakeHost } from './support/fake-host.js';
import { REPO, shopPlan } from './support/sample-plans.js';

let doc: JsonPlanDocument;
beforeAll(async () => {
  doc = await shopPlan();
});

function wire(host: FakeHost, refs: string[] = ['main', 'feature/x']) {
  const shown: { base?: string | null; focus?: string }[] = [];
  const calls: string[] = [];
  const deps: CommandDeps = {
    host,
    planner: {
      planWorkspace: async () => (calls.push('plan'), { document: doc, markdown: '', ms: 1 }),
      planAgainst: async (base, folder) => (calls.push(`plan --base ${base} in ${folder}`), { ...doc, base: `git:${base}` }),
      explain: async (pod, folder) => (calls.push(`explain ${pod} in ${folder}`), `# ${pod}`),
    },
    gitRefs: async (cwd) => (calls.push(`git ${cwd}`), refs),
    showPlan: (d, focus) => void shown.push({ base: d.base, ...(focus !== undefined ? { focus } : {}) }),
  };
  return { handlers: createCommands(deps), shown, calls };
}

describe('command wiring', () => {
  it('has a handler for every contributed command', async () => {
    const { handlers } = wire(fakeHost());
    expect(Object.keys(handlers).sort()).toEqual(Object.keys(COMMANDS).sort());
    const manifest = (await import('../package.json', { with: { type: 'json' } })).default as { contributes: { commands: { command: string }[] } };
    expect(manifest.contributes.commands.map((c) => c.command).sort()).toEqual(Object.values(COMMANDS).sort());
  });

  it('"Plan workspace" asks the server and opens the Plan view, focused on a lens object', async () => {
    const { handlers, shown, calls } = wire(fakeHost());
    await handlers.planWorkspace({ object: 'Deployment/shop/frontend' });
    expect(calls).toEqual(['plan']);
    expect(shown).toEqual([{ base: null, focus: 'Deployment/shop/frontend' }]);
  });

  it('"Plan changes against branch…" offers the git refs and plans against the one picked', async () => {
    const host = fakeHost({ folder: '/ws' });
    host.picks.push('feature/x');
    const { handlers, shown, calls } = wire(host);
    await handlers.planAgainstBranch();
    expect(host.picked[0]?.map((i) => i.label)).toEqual(['main', 'feature/x']);
    expect(calls).toEqual(['git /ws', 'plan --base feature/x in /ws']);
    expect(shown).toEqual([{ base: 'git:feature/x' }]);
  });

  it('"Plan changes against branch…" does nothing when the pick is dismissed, and says so without a folder', async () => {
    const dismissed = wire(fakeHost({ folder: '/ws' }));
    await dismissed.handlers.planAgainstBranch();
    expect(dismissed.shown).toEqual([]);
    const host = fakeHost();
    await wire(host).handlers.planAgainstBranch();
    expect(host.calls).toEqual(['error kubeplan: open a folder first.']);
  });

  it('"Explain scheduling" finds the workload at the cursor and explains its Pending pod', async () => {
    const file = path.join(REPO, 'samples/shop/catalog.yaml');
    const db = doc.objects.find((o) => o.owner === 'StatefulSet/shop/catalog-db' && !o.generated && o.kind === 'StatefulSet');
    const host = fakeHost({ folder: REPO, cursor: { file, line: (db?.line ?? 1) + 3 } });
    const { handlers, shown, calls } = wire(host);
    await handlers.explainScheduling();
    expect(shown).toEqual([{ base: null, focus: 'StatefulSet/shop/catalog-db' }]);
    expect(calls).toEqual(['plan', `explain shop/catalog-db-1 in ${REPO}`]);
    expect(host.calls).toEqual(['markdown # shop/catalog-db-1']);
  });

  it('"Select cluster file" stores the path relative to the workspace folder', async () => {
    const host = fakeHost({ folder: '/ws', files: ['/ws/cluster/nodes.yaml'] });
    await wire(host).handlers.selectClusterFile();
    expect(host.calls).toEqual(['set clusterFile="cluster/nodes.yaml"']);
  });

  it('"Select Kubernetes version" sets the version, or clears it for Default', async () => {
    const host = fakeHost();
    host.picks.push('1.30', 'Default');
    const { handlers } = wire(host);
    await handlers.selectKubeVersion();
    await handlers.selectKubeVersion();
    expect(host.calls).toEqual(['set kubeVersion="1.30"', 'set kubeVersion=undefined']);
  });

  it('"Show rule documentation" opens the finding at the cursor, else asks which rule', async () => {
    const one = fakeHost({ atCursor: [{ rule: 'latest-tag', href: 'https://x/rules.md#latest-tag' }] });
    await wire(one).handlers.showRuleDocs();
    expect(one.calls).toEqual(['open https://x/rules.md#latest-tag']);
    const many = fakeHost({ inWorkspace: [{ rule: 'b', href: 'u:b' }, { rule: 'a', href: 'u:a' }, { rule: 'b', href: 'u:b' }] });
    many.picks.push('b');
    await wire(many).handlers.showRuleDocs();
    expect(many.picked[0]?.map((i) => i.label)).toEqual(['a', 'b']);
    expect(many.calls).toEqual(['open u:b']);
  });

  it('reports a failing plan as an error message instead of throwing', async () => {
    const host = fakeHost();
    const handlers = createCommands({
      host,
      planner: { planWorkspace: () => Promise.reject(new Error('server gone')), planAgainst: () => Promise.reject(new Error('x')), explain: () => Promise.reject(new Error('x')) },
      gitRefs: async () => [],
      showPlan: () => undefined,
    });
    await handlers.planWorkspace();
    expect(host.calls).toEqual(['error kubeplan: plan failed: server gone']);
  });
});
