import type { PlanCronJob, PlanEvent, PlanIngressRoute, PlanService, PlanVolumeClaim } from '../plan/plan-document.js';
import { markdownDetails, markdownTable, markdownText as md } from './markdown-escape.js';
import { endpointPods, notableEvents, servicePortText } from './plan-facts.js';

/** The later sections of the Markdown plan: one `<details>` table each, none when there is nothing to show. */

/** Rows of one table before "… and N more": a PR comment stays readable, and under GitHub's size limit. */
export const MAX_TABLE_ROWS = 100;

/**
 * A `<details>` section `Title (N)` holding a table of at most `MAX_TABLE_ROWS` rows (then how many more there
 * are); nothing when there are no rows. `open` for the sections a reviewer must read.
 */
export function markdownSection(title: string, header: readonly string[], rows: readonly (readonly string[])[], open = false): string[] {
  if (rows.length === 0) return [];
  const more = rows.length - MAX_TABLE_ROWS;
  const table = markdownTable(header, rows.slice(0, MAX_TABLE_ROWS));
  const tail = more > 0 ? ['', `<sub>… and ${more} more; \`kubeplan plan -o json\` lists them all.</sub>`] : [];
  return markdownDetails(`${title} (${rows.length})`, [...table, ...tail], open);
}

/** Services with every DNS name (one per line in the cell). */
export function servicesMarkdown(services: readonly PlanService[]): string[] {
  const rows = services.map((s) => {
    const { ready, total } = endpointPods(s);
    return [
      md(`${s.namespace}/${s.name}`),
      s.type,
      md(s.clusterIP ?? '-'),
      md(s.externalName ?? s.externalIP ?? '-'),
      s.ports.map((p) => md(servicePortText(p))).join('<br>') || '-',
      s.type === 'ExternalName' ? '-' : ready === 0 ? '**none ready**' : `${ready}/${total}`,
      s.dns.map(md).join('<br>'),
    ];
  });
  return markdownSection('Services', ['Service', 'Type', 'Cluster IP', 'External', 'Ports', 'Ready', 'DNS'], rows);
}

export function volumeClaimsMarkdown(claims: readonly PlanVolumeClaim[]): string[] {
  const rows = claims.map((v) => [
    md(`${v.namespace}/${v.name}`),
    v.phase === 'Bound' ? v.phase : `**${v.phase}**`,
    md(v.volume ?? '-'),
    md(v.capacity ?? '-'),
    md(v.storageClass ?? '-'),
    md(v.message ?? ''),
  ]);
  return markdownSection('Volume claims', ['Claim', 'Status', 'Volume', 'Capacity', 'Storage class', 'Message'], rows);
}

export function cronJobsMarkdown(cronJobs: readonly PlanCronJob[], now: string): string[] {
  const rows = cronJobs.map((j) => [
    md(`${j.namespace}/${j.name}`),
    md(`${j.schedule}${j.timeZone !== undefined ? ` (${j.timeZone})` : ''}`),
    j.suspended ? '**suspended**' : j.next.length === 0 ? '**never**' : j.next.map(md).join('<br>'),
  ]);
  return markdownSection(`CronJobs, next runs after ${md(now)}`, ['CronJob', 'Schedule', 'Next runs'], rows);
}

export function ingressMarkdown(routes: readonly PlanIngressRoute[]): string[] {
  const rows = routes.map((r) => [
    md(`${r.namespace}/${r.ingress}`),
    md(r.host === '' ? '*' : r.host),
    md(r.path),
    md(r.port !== null ? `${r.service}:${r.port}` : r.service),
    r.readyEndpoints > 0 ? String(r.readyEndpoints) : '**0**',
    md(r.problem ?? ''),
  ]);
  return markdownSection('Ingress routes', ['Ingress', 'Host', 'Path', 'Backend', 'Ready', 'Problem'], rows);
}

export function eventsMarkdown(events: readonly PlanEvent[]): string[] {
  const rows = notableEvents(events).map((e) => [e.type, md(e.reason), md(e.object), md(e.message)]);
  return markdownSection('Events', ['Type', 'Reason', 'Object', 'Message'], rows);
}
