import type { PlanCronJob, PlanEvent, PlanIngressRoute, PlanService, PlanVolumeClaim } from '../plan/plan-document.js';
import { endpointPods, notableEvents, servicePortText } from './plan-facts.js';
import { safeText, type Palette } from './plan-style.js';
import { textTable } from './text-table.js';

/** The later sections of the text plan, each a table under a bold heading; empty when there is nothing to show. */

/** Upcoming runs shown per CronJob (the JSON document has them all). */
const CRON_RUNS_SHOWN = 3;
/** Events listed before "… and N more". */
const MAX_EVENTS = 20;

function section(title: string, header: readonly string[], rows: readonly (readonly string[])[], c: Palette): string[] {
  if (rows.length === 0) return [];
  return [c.bold(`${title} (${rows.length})`), ...textTable([header.map(c.dim), ...rows])];
}

/** Services with type, ClusterIP, ports, ready endpoints (pods) and the first DNS name. */
export function servicesSection(services: readonly PlanService[], c: Palette): string[] {
  const rows = services.map((s) => {
    const { ready, total } = endpointPods(s);
    const endpoints = s.type === 'ExternalName' ? '-' : ready === 0 ? c.yellow('none ready') : ready === total ? `${ready} ready` : c.yellow(`${ready}/${total} ready`);
    const more = s.dns.length > 1 ? c.dim(` (+${s.dns.length - 1})`) : '';
    return [
      safeText(`${s.namespace}/${s.name}`),
      s.type,
      safeText(s.clusterIP ?? '-'),
      safeText(s.externalName ?? s.externalIP ?? '-'),
      safeText(s.ports.map(servicePortText).join(', ') || '-'),
      endpoints,
      `${safeText(s.dns[0] ?? '-')}${more}`,
    ];
  });
  return section('Services', ['NAME', 'TYPE', 'CLUSTER-IP', 'EXTERNAL', 'PORTS', 'ENDPOINTS', 'DNS'], rows, c);
}

/** PersistentVolumeClaims: bound or Pending, and why. */
export function volumeClaimsSection(claims: readonly PlanVolumeClaim[], c: Palette): string[] {
  const rows = claims.map((v) => [
    safeText(`${v.namespace}/${v.name}`),
    v.phase === 'Bound' ? c.green(v.phase) : c.yellow(v.phase),
    safeText(v.volume ?? '-'),
    safeText(v.capacity ?? '-'),
    safeText(v.storageClass ?? '-'),
    safeText(v.message ?? ''),
  ]);
  return section('Volume claims', ['NAME', 'STATUS', 'VOLUME', 'CAPACITY', 'STORAGECLASS', 'MESSAGE'], rows, c);
}

/** CronJobs with their next runs after the plan's clock. */
export function cronJobsSection(cronJobs: readonly PlanCronJob[], now: string, c: Palette): string[] {
  const rows = cronJobs.map((j) => {
    const zone = j.timeZone !== undefined ? ` (${j.timeZone})` : '';
    const next = j.suspended ? c.yellow('suspended') : j.next.length === 0 ? c.yellow('never') : j.next.slice(0, CRON_RUNS_SHOWN).join(', ');
    const more = !j.suspended && j.next.length > CRON_RUNS_SHOWN ? c.dim(', …') : '';
    return [safeText(`${j.namespace}/${j.name}`), safeText(`${j.schedule}${zone}`), `${safeText(next)}${more}`];
  });
  return section(`CronJobs, after ${safeText(now)}`, ['NAME', 'SCHEDULE', 'NEXT RUNS'], rows, c);
}

/** Ingress routes: host and path to a Service port, with the ready endpoints behind it. */
export function ingressSection(routes: readonly PlanIngressRoute[], c: Palette): string[] {
  const rows = routes.map((r) => [
    safeText(`${r.namespace}/${r.ingress}`),
    safeText(r.host === '' ? '*' : r.host),
    safeText(r.path),
    safeText(r.port !== null ? `${r.service}:${r.port}` : r.service),
    r.readyEndpoints > 0 ? String(r.readyEndpoints) : c.yellow('0'),
    r.problem !== undefined ? c.yellow(safeText(r.problem)) : '',
  ]);
  return section('Ingress routes', ['INGRESS', 'HOST', 'PATH', 'BACKEND', 'READY', 'PROBLEM'], rows, c);
}

/** The notable events (`notableEvents`): warnings, evictions and preemptions. */
export function eventsSection(events: readonly PlanEvent[], c: Palette): string[] {
  const shown = notableEvents(events);
  if (shown.length === 0) return [];
  const rows = shown.slice(0, MAX_EVENTS).map((e) => [
    e.type === 'Warning' ? c.yellow(e.type) : e.type,
    safeText(e.reason),
    safeText(e.object),
    safeText(e.message),
  ]);
  const more = shown.length - rows.length;
  return [
    c.bold(`Events (${shown.length})`),
    ...textTable([['TYPE', 'REASON', 'OBJECT', 'MESSAGE'].map(c.dim), ...rows]),
    ...(more > 0 ? [c.dim(`  … and ${more} more in --output json`)] : []),
  ];
}
