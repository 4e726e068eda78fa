/**
 * The reasons of a scheduler message, one per line of the Plan view:
 * `0/4 nodes are available: 2 Insufficient cpu, 1 node(s) had untolerated taint {a: b}. preemption: …`
 * → `['2 Insufficient cpu', '1 node(s) had untolerated taint {a: b}']`. Any other message is one reason.
 */
export function pendingReasons(message: string): string[] {
  const m = /^\d+\/\d+ nodes are available: (.*)$/s.exec(message.trim());
  if (m === null || m[1] === undefined) return message.trim() === '' ? [] : [message.trim()];
  const body = m[1].replace(/\.\s*preemption:.*$/s, '').replace(/\.$/, '');
  // Split on ", <count> " only: taint and affinity texts carry commas of their own inside braces.
  return body.split(/,\s+(?=\d+ )/).map((r) => r.trim()).filter((r) => r !== '');
}
