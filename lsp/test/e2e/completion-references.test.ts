// Completion of names inside references (PVCs, Secrets, Services) from the objects of the workspace, and of
// the cluster file's node label keys inside node affinity. `‸` marks the cursor in each typed document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { CompletionItem, CompletionList } from 'vscode-languageserver-protocol';
import { completionItems, labels } from '../support/results.js';
import { startSession, type Session } from '../support/session.js';
import { STORAGE } from '../support/typed-manifests.js';
import { positionAt } from '../support/text-model.js';

const pod = (spec: string): string => `apiVersion: v1
kind: Pod
metadata:
  name: typed
spec:
  containers:
    - name: a
      image: nginx:1.27.3
${spec}`;

const CASES = [
  ['a PersistentVolumeClaim in claimName', pod('  volumes:\n    - name: data\n      persistentVolumeClaim:\n        claimName: ‸\n'), 'shared-data', 'db-secret'],
  ['a Secret in secretKeyRef', pod('      env:\n        - name: PASSWORD\n          valueFrom:\n            secretKeyRef:\n              name: ‸\n'), 'db-secret', 'shared-data'],
  ['a Secret in envFrom', pod('      envFrom:\n        - secretRef:\n            name: ‸\n'), 'db-secret', 'web-config'],
  [
    'a Service in an Ingress backend',
    'apiVersion: networking.k8s.io/v1\nkind: Ingress\nmetadata:\n  name: typed\nspec:\n  defaultBackend:\n    service:\n      name: ‸\n',
    'web',
    'web-config',
  ],
  [
    "a node label key of the cluster file in a node affinity term",
    pod(
      '  affinity:\n    nodeAffinity:\n      requiredDuringSchedulingIgnoredDuringExecution:\n        nodeSelectorTerms:\n          - matchExpressions:\n              - key: ‸\n',
    ),
    'disktype',
    'app',
  ],
] as const;

describe('completion of references', () => {
  let s: Session;
  beforeAll(async () => {
    s = await startSession();
    await s.client.open(s.ws.uri('app/storage.yaml'), STORAGE);
  });
  afterAll(() => s?.end());

  it.each(CASES)('offers %s', async (_, typed, offered, notOffered) => {
    const uri = s.ws.uri(`app/typed-${CASES.findIndex((c) => c[1] === typed)}.yaml`);
    const text = typed.replace('‸', '');
    await s.client.open(uri, text);
    const result = await s.client.request<CompletionItem[] | CompletionList | null>('textDocument/completion', {
      textDocument: { uri },
      position: positionAt(text, typed.indexOf('‸')),
      context: { triggerKind: 1 },
    });
    const offeredLabels = labels(completionItems(result));
    expect(offeredLabels).toContain(offered);
    expect(offeredLabels).not.toContain(notOffered);
  });
});
