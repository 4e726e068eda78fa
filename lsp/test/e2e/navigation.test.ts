// Go to definition and find references: selectors and the objects they select, and every kind of reference
// by name (configMapRef, secretRef, claimName, serviceAccountName, serviceName, scaleTargetRef, Ingress backend).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Location, LocationLink, Position } from 'vscode-languageserver-protocol';
import { locations, type PlainLocation } from '../support/results.js';
import { startSession, type Session } from '../support/session.js';
import { STORAGE } from '../support/typed-manifests.js';
import { positionIn } from '../support/text-model.js';

const MORE = `apiVersion: apps/v1
kind: StatefulSet
metadata:
  name: db
spec:
  serviceName: db-headless
  replicas: 1
  selector:
    matchLabels:
      app: db
  template:
    metadata:
      labels:
        app: db
    spec:
      containers:
        - name: db
          image: postgres:16.4
          envFrom:
            - secretRef:
                name: db-secret
      volumes:
        - name: shared
          persistentVolumeClaim:
            claimName: shared-data
---
apiVersion: v1
kind: Service
metadata:
  name: db-headless
spec:
  clusterIP: None
  selector:
    app: db
  ports:
    - port: 5432
---
${STORAGE}---
apiVersion: autoscaling/v2
kind: HorizontalPodAutoscaler
metadata:
  name: web
spec:
  scaleTargetRef:
    apiVersion: apps/v1
    kind: Deployment
    name: web
  minReplicas: 2
  maxReplicas: 5
---
apiVersion: networking.k8s.io/v1
kind: Ingress
metadata:
  name: web
spec:
  rules:
    - http:
        paths:
          - path: /
            pathType: Prefix
            backend:
              service:
                name: web
                port:
                  number: 80
`;

describe('definition and references', () => {
  let s: Session;
  const text = (file: string): string => s.client.document(s.ws.uri(file)).text;
  const ask = async (method: string, file: string, position: Position): Promise<PlainLocation[]> =>
    locations(
      await s.client.request<Location | Location[] | LocationLink[] | null>(method, {
        textDocument: { uri: s.ws.uri(file) },
        position,
        context: { includeDeclaration: false },
      }),
    );
  const definition = (file: string, position: Position) => ask('textDocument/definition', file, position);
  const references = (file: string, position: Position) => ask('textDocument/references', file, position);
  /** Lines (0-based) of the document of `file` that starts with `apiVersion` and has `kind: <kind>` then `name: <name>`. */
  const objectLines = (file: string, kind: string, name: string): number[] => {
    const lines = text(file).split('\n');
    const start = lines.findIndex((l, i) => l === `kind: ${kind}` && lines.slice(i, i + 4).includes(`  name: ${name}`));
    const end = lines.findIndex((l, i) => i > start && l === '---');
    return Array.from({ length: (end < 0 ? lines.length : end) - start + 1 }, (_, i) => start - 1 + i);
  };
  const at = (file: string, kind: string, name: string) => (l: PlainLocation) =>
    l.uri === s.ws.uri(file) && objectLines(file, kind, name).includes(l.line);

  beforeAll(async () => {
    s = await startSession();
    for (const file of ['app/deployment.yaml', 'app/service.yaml', 'app/configmap.yaml']) await s.open(file);
    await s.client.open(s.ws.uri('app/more.yaml'), MORE);
  });
  afterAll(() => s?.end());

  it("goes from a Service's selector to the pods it selects in another file", async () => {
    const found = await definition('app/service.yaml', positionIn(text('app/service.yaml'), 'app: web', 6));
    expect(found.some(at('app/deployment.yaml', 'Deployment', 'web')), JSON.stringify(found)).toBe(true);
  });

  it("finds the Services that select a workload's pods from the workload's name", async () => {
    const found = await references('app/deployment.yaml', positionIn(text('app/deployment.yaml'), 'name: web', 7));
    expect(found.some(at('app/service.yaml', 'Service', 'web')), JSON.stringify(found)).toBe(true);
  });

  it('goes from a configMapRef to the ConfigMap in another file', async () => {
    const found = await definition('app/deployment.yaml', positionIn(text('app/deployment.yaml'), 'web-config', 3));
    expect(found.some(at('app/configmap.yaml', 'ConfigMap', 'web-config')), JSON.stringify(found)).toBe(true);
  });

  it('finds the workloads that reference a ConfigMap', async () => {
    const found = await references('app/configmap.yaml', positionIn(text('app/configmap.yaml'), 'web-config', 3));
    expect(found.some(at('app/deployment.yaml', 'Deployment', 'web')), JSON.stringify(found)).toBe(true);
  });

  it.each([
    ['serviceAccountName', 'app/deployment.yaml', 'serviceAccountName: web', 21, 'app/configmap.yaml', 'ServiceAccount', 'web'],
    ['secretRef', 'app/more.yaml', 'name: db-secret', 8, 'app/more.yaml', 'Secret', 'db-secret'],
    ['claimName', 'app/more.yaml', 'claimName: shared-data', 13, 'app/more.yaml', 'PersistentVolumeClaim', 'shared-data'],
    ['StatefulSet serviceName', 'app/more.yaml', 'serviceName: db-headless', 15, 'app/more.yaml', 'Service', 'db-headless'],
    ['HPA scaleTargetRef', 'app/more.yaml', 'name: web', 7, 'app/deployment.yaml', 'Deployment', 'web'],
    ['Ingress backend', 'app/more.yaml', 'name: web\n                port', 7, 'app/service.yaml', 'Service', 'web'],
  ] as const)('goes from a %s to its target', async (_, file, needle, offset, targetFile, kind, name) => {
    const anchor = needle === 'name: web' ? { after: 'scaleTargetRef' } : {};
    const found = await definition(file, positionIn(text(file), needle, offset, anchor));
    expect(found.some(at(targetFile, kind, name)), JSON.stringify(found)).toBe(true);
  });
});
