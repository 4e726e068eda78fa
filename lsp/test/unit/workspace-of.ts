// Builds a Workspace from in-memory files, as the server builds it from disk: the service functions of
// features/ are tested on it without a connection.
import { loadProject } from '../../src/workspace/project.js';
import { Workspace, type Logger, type PlanSnapshot } from '../../src/workspace/workspace.js';
import type { KubeplanSettings } from '../../src/settings.js';
import type { IndexedFile } from '../../src/workspace/workspace-index.js';
import type { Position } from 'vscode-languageserver';

export const ROOT = '/ws';

export interface TestWorkspace {
  ws: Workspace;
  logged: string[];
  /** Replaces a file's text (as an open document, version 1) and returns its entry. */
  set(name: string, text: string): IndexedFile;
  file(name: string): IndexedFile;
}

export async function workspaceOf(files: Record<string, string>, settings: Partial<KubeplanSettings> = {}): Promise<TestWorkspace> {
  const logged: string[] = [];
  const log: Logger = { error: (m) => logged.push(`error ${m}`), warn: (m) => logged.push(`warn ${m}`), info: () => undefined };
  const project = await loadProject([], { rules: {}, ...settings });
  const ws = new Workspace(project, log);
  const set = (name: string, text: string): IndexedFile => ws.index.set(`${ROOT}/${name}`, text, 1);
  for (const [name, text] of Object.entries(files)) set(name, text);
  return {
    ws,
    logged,
    set,
    file: (name) => {
      const f = ws.index.get(`${ROOT}/${name}`);
      if (f === undefined) throw new Error(`no file ${name}`);
      return f;
    },
  };
}

/** The position of `needle` (plus `shift` characters) in a text. */
export function at(text: string, needle: string, shift = 0): Position {
  const offset = text.indexOf(needle);
  if (offset < 0) throw new Error(`${needle} not found`);
  const before = text.slice(0, offset + shift).split('\n');
  return { line: before.length - 1, character: (before[before.length - 1] as string).length };
}

/** A plan snapshot holding only pods and services, for lenses and hovers. */
export function planOf(document: Partial<PlanSnapshot['document']>): PlanSnapshot {
  return { generation: 0, ms: 1, document: { pods: [], services: [], objects: [], cronJobs: [], nodes: [], diagnostics: [], ...document } as PlanSnapshot['document'] };
}

export const DEPLOYMENT = `apiVersion: apps/v1
kind: Deployment
metadata:
  name: web
spec:
  replicas: 2
  selector:
    matchLabels:
      app: web
  template:
    metadata:
      labels:
        app: web
    spec:
      serviceAccountName: web
      containers:
        - name: web
          image: nginx:1.27
          envFrom:
            - configMapRef:
                name: web-config
`;

export const SERVICE = `apiVersion: v1
kind: Service
metadata:
  name: web
spec:
  selector:
    app: web
  ports:
    - port: 80
`;

export const CONFIGMAP = `apiVersion: v1
kind: ConfigMap
metadata:
  name: web-config
data:
  a: b
`;
