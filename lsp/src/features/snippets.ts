/**
 * New-resource snippets (LSP snippet syntax), offered at the top of an empty document. With its placeholders
 * left at their defaults, each one is an object the API server accepts (no error-level finding).
 */
export interface ResourceSnippet {
  kind: string;
  apiVersion: string;
  body: string;
}

/** A snippet: the object's header (`${1}` is its name), then `rest` — the lines after `metadata.name`. */
function snippet(apiVersion: string, kind: string, name: string, rest: readonly string[]): ResourceSnippet {
  return { kind, apiVersion, body: [`apiVersion: ${apiVersion}`, `kind: ${kind}`, 'metadata:', `  name: \${1:${name}}`, ...rest, '$0'].join('\n') };
}

const indent = (lines: readonly string[], by: number): string[] => lines.map((l) => ' '.repeat(by) + l);

/** A long-running workload with one container, sized and labelled so that its selector selects it. */
function workload(kind: string, spec: readonly string[]): ResourceSnippet {
  const container = ['- name: ${1:app}', '  image: ${3:nginx:1.27}', '  ports:', '    - containerPort: ${4:8080}', '  resources:'];
  const resources = ['    requests:', '      cpu: ${5:100m}', '      memory: ${6:128Mi}', '    limits:', '      memory: ${6:128Mi}'];
  const template = ['template:', '  metadata:', '    labels:', '      app: ${1:app}', '  spec:', '    containers:', ...indent([...container, ...resources], 6)];
  return snippet('apps/v1', kind, 'app', ['  labels:', '    app: ${1:app}', 'spec:', ...spec, '  selector:', '    matchLabels:', '      app: ${1:app}', ...indent(template, 2)]);
}

/** A Job, or a CronJob (its Job spec under `jobTemplate`): `spec` goes first, the pod template `depth` deep. */
function job(kind: string, spec: readonly string[], restartPolicy: string, depth: number): ResourceSnippet {
  const container = ['- name: ${1:task}', '  image: ${3:busybox:1.36}', '  command: ["${4:sh}", "-c", "${5:echo done}"]'];
  const template = ['template:', '  spec:', `    restartPolicy: ${restartPolicy}`, '    containers:', ...indent(container, 6)];
  return snippet('batch/v1', kind, 'task', ['spec:', ...spec, ...indent(template, depth)]);
}

export const RESOURCE_SNIPPETS: readonly ResourceSnippet[] = [
  workload('Deployment', ['  replicas: ${2:2}']),
  workload('StatefulSet', ['  serviceName: ${1:app}', '  replicas: ${2:2}']),
  workload('DaemonSet', []),
  snippet('v1', 'Service', 'app', ['spec:', '  selector:', '    app: ${2:app}', '  ports:', '    - name: ${3:http}', '      port: ${4:80}', '      targetPort: ${5:8080}']),
  snippet('v1', 'ConfigMap', 'app-config', ['data:', '  ${2:key}: ${3:value}']),
  snippet('v1', 'Secret', 'app-secret', ['type: Opaque', 'stringData:', '  ${2:key}: ${3:value}']),
  job('Job', ['  backoffLimit: ${2:3}'], 'Never', 2),
  job('CronJob', ['  schedule: "${2:0 * * * *}"', '  jobTemplate:', '    spec:'], 'OnFailure', 6),
  snippet('networking.k8s.io/v1', 'Ingress', 'app', [
    'spec:',
    '  rules:',
    '    - host: ${2:app.example.com}',
    '      http:',
    '        paths:',
    '          - path: /',
    '            pathType: Prefix',
    '            backend:',
    '              service:',
    '                name: ${3:app}',
    '                port:',
    '                  number: ${4:80}',
  ]),
  snippet('v1', 'PersistentVolumeClaim', 'data', ['spec:', '  accessModes: ["ReadWriteOnce"]', '  resources:', '    requests:', '      storage: ${2:1Gi}']),
  snippet('v1', 'ServiceAccount', 'app', []),
  snippet('autoscaling/v2', 'HorizontalPodAutoscaler', 'app', [
    'spec:',
    '  scaleTargetRef:',
    '    apiVersion: apps/v1',
    '    kind: Deployment',
    '    name: ${1:app}',
    '  minReplicas: ${2:2}',
    '  maxReplicas: ${3:10}',
    '  metrics:',
    '    - type: Resource',
    '      resource:',
    '        name: cpu',
    '        target:',
    '          type: Utilization',
    '          averageUtilization: ${4:70}',
  ]),
  snippet('policy/v1', 'PodDisruptionBudget', 'app', ['spec:', '  minAvailable: ${2:1}', '  selector:', '    matchLabels:', '      app: ${1:app}']),
  snippet('v1', 'Namespace', 'team', []),
];
