import { dump } from 'js-yaml';

/**
 * The benchmark corpus: realistic Deployments (full pod templates), Services and ConfigMaps, deterministic
 * (no randomness), about 3.8 KB a document on average.
 */
export function corpusObjects(count: number): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (let i = 0; i < count; i++) {
    // An app's Deployment, Service and ConfigMap share a namespace, as in real deployments.
    const ns = `team-${Math.floor(i / 3) % 25}`;
    const app = `app-${Math.floor(i / 3)}`;
    if (i % 3 === 0) out.push(deployment(app, ns, i));
    else if (i % 3 === 1) out.push(service(app, ns));
    else out.push(configMap(app, ns, i));
  }
  return out;
}

function container(app: string, c: number, i: number): Record<string, unknown> {
  return {
    name: c === 0 ? 'app' : `sidecar-${c}`,
    image: `registry.example.com/platform/${app}:1.${i % 17}.${c}`,
    imagePullPolicy: 'IfNotPresent',
    args: ['--port=8080', '--log-level=info', `--config=/etc/${app}/config.yaml`, '--metrics-addr=:9090'],
    ports: [
      { name: 'http', containerPort: 8080 + c, protocol: 'TCP' },
      { name: `metrics-${c}`, containerPort: 9090 + c, protocol: 'TCP' },
    ],
    env: [
      ...Array.from({ length: 8 }, (_, e) => ({ name: `SETTING_${e}`, value: `value-${e}-for-${app}` })),
      { name: 'POD_NAME', valueFrom: { fieldRef: { fieldPath: 'metadata.name' } } },
      { name: 'POD_NAMESPACE', valueFrom: { fieldRef: { fieldPath: 'metadata.namespace' } } },
      { name: 'DB_PASSWORD', valueFrom: { secretKeyRef: { name: `${app}-db`, key: 'password' } } },
    ],
    envFrom: [{ configMapRef: { name: `${app}-config` } }],
    resources: { requests: { cpu: '100m', memory: '128Mi' }, limits: { cpu: '1', memory: '512Mi' } },
    livenessProbe: { httpGet: { path: '/healthz', port: 'http' }, initialDelaySeconds: 10, periodSeconds: 10, failureThreshold: 3 },
    readinessProbe: { httpGet: { path: '/ready', port: 8080 + c }, periodSeconds: 5, timeoutSeconds: 2 },
    securityContext: {
      allowPrivilegeEscalation: false,
      readOnlyRootFilesystem: true,
      runAsNonRoot: true,
      capabilities: { drop: ['ALL'] },
      seccompProfile: { type: 'RuntimeDefault' },
    },
    volumeMounts: [
      { name: 'config', mountPath: `/etc/${app}`, readOnly: true },
      { name: 'tmp', mountPath: '/tmp' },
    ],
  };
}

function deployment(app: string, ns: string, i: number): Record<string, unknown> {
  const labels = { 'app.kubernetes.io/name': app, 'app.kubernetes.io/part-of': 'bench', 'app.kubernetes.io/version': `1.${i % 17}` };
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: {
      name: app,
      namespace: ns,
      labels,
      annotations: { 'example.com/owner': `team-${i % 25}@example.com`, 'example.com/description': `Deployment ${app}: ${'lorem ipsum '.repeat(12)}` },
    },
    spec: {
      replicas: 1 + (i % 5),
      revisionHistoryLimit: 5,
      selector: { matchLabels: { 'app.kubernetes.io/name': app } },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxSurge: '25%', maxUnavailable: 0 } },
      template: {
        metadata: { labels, annotations: { 'prometheus.io/scrape': 'true', 'prometheus.io/port': '9090' } },
        spec: {
          serviceAccountName: app,
          securityContext: { runAsNonRoot: true, runAsUser: 10001, fsGroup: 10001 },
          containers: [container(app, 0, i), container(app, 1, i)],
          volumes: [{ name: 'config', configMap: { name: `${app}-config` } }, { name: 'tmp', emptyDir: { sizeLimit: '64Mi' } }],
          affinity: {
            podAntiAffinity: {
              preferredDuringSchedulingIgnoredDuringExecution: [
                { weight: 100, podAffinityTerm: { topologyKey: 'kubernetes.io/hostname', labelSelector: { matchLabels: { 'app.kubernetes.io/name': app } } } },
              ],
            },
          },
          tolerations: [{ key: 'dedicated', operator: 'Equal', value: 'apps', effect: 'NoSchedule' }],
          topologySpreadConstraints: [
            { maxSkew: 1, topologyKey: 'topology.kubernetes.io/zone', whenUnsatisfiable: 'ScheduleAnyway', labelSelector: { matchLabels: { 'app.kubernetes.io/name': app } } },
          ],
        },
      },
    },
  };
}

function service(app: string, ns: string): Record<string, unknown> {
  return {
    apiVersion: 'v1',
    kind: 'Service',
    metadata: { name: app, namespace: ns, labels: { 'app.kubernetes.io/name': app } },
    spec: {
      type: 'ClusterIP',
      selector: { 'app.kubernetes.io/name': app },
      ports: [
        { name: 'http', port: 80, targetPort: 'http', protocol: 'TCP' },
        { name: 'metrics', port: 9090, targetPort: 9090, protocol: 'TCP' },
      ],
    },
  };
}

function configMap(app: string, ns: string, i: number): Record<string, unknown> {
  const data: Record<string, string> = {};
  for (let d = 0; d < 28; d++) data[`setting-${d}.properties`] = `key.${d}=value-${d}-${i}\nother.${d}=${'x'.repeat(70)}\n`;
  return { apiVersion: 'v1', kind: 'ConfigMap', metadata: { name: `${app}-config`, namespace: ns }, data };
}

/** YAML text of `objects`, `---`-separated. */
export function toYaml(objects: readonly Record<string, unknown>[]): string {
  return objects.map((o) => dump(o, { lineWidth: -1, noRefs: true })).join('---\n');
}
