import type { Workspace } from '../workspace/workspace.js';
import type { PlanJob } from './plan-runner.js';

/** The workspace's plan request: every Kubernetes file the index holds (open documents as typed), the project's settings. */
export function planJob(ws: Workspace): PlanJob {
  const { project } = ws;
  const inputs = ws.index
    .all()
    .filter((f) => f.kubernetes && !ws.isExcluded(f.file) && f.file !== project.configFile)
    .map((f) => ({ file: f.file, text: f.text, discovered: true }));
  const request: PlanJob['request'] = {
    inputs,
    rules: project.rules,
    namespace: project.namespace,
    skipKinds: [...project.skipKinds],
    ignoreObjects: [...project.ignoreObjects],
    now: new Date().toISOString(),
  };
  if (project.clusterPaths !== undefined) request.clusterPaths = project.clusterPaths;
  if (project.kubeVersion !== undefined) request.kubeVersion = project.kubeVersion;
  if (project.strict !== undefined) request.strict = project.strict;
  return { request, generation: ws.index.generation, owner: ws };
}
