import { CodeActionKind, type CodeAction, type Diagnostic } from 'vscode-languageserver';
import { describe, expect, it } from 'vitest';
import { codeActions } from '../../src/features/code-actions.js';
import { documentDiagnostics } from '../../src/features/diagnostics.js';
import { DEPLOYMENT, workspaceOf } from './workspace-of.js';

function actionsFor(t: Awaited<ReturnType<typeof workspaceOf>>, name: string, rule: string): CodeAction[] {
  const f = t.file(name);
  const d = documentDiagnostics(t.ws, f).find((x) => x.code === rule) as Diagnostic;
  expect(d, rule).toBeDefined();
  return codeActions(t.ws, f, { textDocument: { uri: '' }, range: d.range, context: { diagnostics: [d] } });
}

const newTexts = (a: CodeAction | undefined): string => Object.values(a?.edit?.changes ?? {}).flat().map((e) => e.newText).join('|');

describe('codeActions', () => {
  it("adds the selector's labels to a pod template that lacks them", async () => {
    const t = await workspaceOf({ 'd.yaml': DEPLOYMENT.replace('        app: web\n', '        app: api\n') });
    const fix = actionsFor(t, 'd.yaml', 'selector-matches-template').find((a) => a.title.startsWith("Add the selector's labels"));
    expect(fix?.kind).toBe(CodeActionKind.QuickFix);
    expect(newTexts(fix)).toBe('web');
  });

  it('adds a resources block to a container without one', async () => {
    const t = await workspaceOf({ 'd.yaml': DEPLOYMENT }, { rules: { 'cpu-request-missing': 'warning' } });
    const fix = actionsFor(t, 'd.yaml', 'cpu-request-missing').find((a) => a.title === 'Add a resources block');
    expect(newTexts(fix)).toBe('\n          resources:\n            requests:\n              cpu: 100m\n              memory: 128Mi\n            limits:\n              memory: 128Mi');
  });

  it('offers the rule fix first, preferred when --fix would apply it, then both ignores', async () => {
    const t = await workspaceOf({ 'p.yaml': 'apiVersion: policy/v1beta1\nkind: PodDisruptionBudget\nmetadata:\n  name: x\nspec:\n  minAvailable: 1\n' });
    const actions = actionsFor(t, 'p.yaml', 'api-removed');
    expect(actions.map((a) => a.title)).toEqual([
      'Change apiVersion to policy/v1',
      'Ignore api-removed here (comment)',
      'Ignore api-removed for this object (kubeplan.io/ignore annotation)',
    ]);
    expect(actions[0]?.isPreferred).toBe(true);
    expect(newTexts(actions[1])).toBe('# kubeplan-ignore api-removed: reason\n');
  });
});
