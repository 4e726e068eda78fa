/** Two-line builders for pod-spec rule tests: a pod spec (YAML, unindented) in, a whole manifest out. */

function indent(yaml: string, by: number): string {
  const lines = yaml.replace(/^\n/, '').replace(/\s+$/, '').split('\n');
  const margin = Math.min(...lines.filter((l) => l.trim() !== '').map((l) => l.length - l.trimStart().length));
  return lines.map((l) => (l.trim() === '' ? '' : ' '.repeat(by) + l.slice(margin))).join('\n');
}

/** A Pod; its spec starts on line 6 (`spec:` is line 5). */
export function pod(spec: string): string {
  return `apiVersion: v1\nkind: Pod\nmetadata:\n  name: web\nspec:\n${indent(spec, 2)}\n`;
}

/** A Deployment; its pod spec starts on line 12 (`spec:` of the template is line 11). */
export function deployment(spec: string): string {
  return `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: web\nspec:\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n${indent(spec, 6)}\n`;
}

/** A Job; its pod spec starts on line 8. */
export function job(spec: string): string {
  return `apiVersion: batch/v1\nkind: Job\nmetadata:\n  name: web\nspec:\n  template:\n    spec:\n${indent(spec, 6)}\n`;
}

/** A CronJob; its pod spec starts on line 12. */
export function cronJob(spec: string): string {
  return `apiVersion: batch/v1\nkind: CronJob\nmetadata:\n  name: web\nspec:\n  schedule: "0 * * * *"\n  jobTemplate:\n    spec:\n      template:\n        spec:\n${indent(spec, 10)}\n`;
}

/** A StatefulSet; its pod spec starts on line 13. */
export function statefulSet(spec: string): string {
  return `apiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: web\nspec:\n  serviceName: web\n  selector:\n    matchLabels: {app: web}\n  template:\n    metadata:\n      labels: {app: web}\n    spec:\n${indent(spec, 6)}\n`;
}

/** One container named `web`, with extra YAML fields (unindented) appended. */
export function web(extra = ''): string {
  return `containers:\n  - name: web\n    image: nginx:1.27\n${extra === '' ? '' : indent(extra, 4)}`;
}
