/**
 * The pull-request comment and the step summary around the Markdown plan. The plan comes from core's
 * `renderPlanMarkdown`, which escapes every value taken from the manifests; on top of that no HTML comment
 * can be opened or closed in it, so nothing in the pull request can fake or end the hidden marker. Pure.
 */
export const COMMENT_MARKER = '<!-- kubeplan-plan -->';
/** GitHub refuses comments over 65,536 characters. */
export const COMMENT_LIMIT = 65_536;
/** `$GITHUB_STEP_SUMMARY` takes up to 1 MiB per step; we stay well under it (UTF-8 bytes). */
export const SUMMARY_LIMIT = 1_000_000;

/** The plan with `<!--` and `-->` made inert (shown as typed, inside and outside code spans alike). */
export function inertComments(markdown: string): string {
  return markdown.replace(/<!--/g, '&lt;!--').replace(/--!?>/g, '--&gt;');
}

function cut(text: string, limit: number, note: string): string {
  if (Buffer.byteLength(text) <= limit) return text;
  let end = Math.min(text.length, limit);
  while (end > 0 && Buffer.byteLength(text.slice(0, end)) + note.length > limit) end = Math.floor(end * 0.95);
  return `${text.slice(0, end)}\n\n${note}\n`;
}

export interface BodyParts {
  planMarkdown: string;
  /** `3 more errors not annotated...`; empty when nothing was left out. */
  hiddenNote: string;
  /** Commit planned, shown in the footer. */
  headSha?: string;
  /** Link to the run, for the full summary. */
  runUrl?: string;
}

function footer(parts: BodyParts): string {
  const sha = parts.headSha === undefined ? '' : ` for \`${parts.headSha.slice(0, 12).replace(/[^0-9a-f]/gi, '')}\``;
  const run = parts.runUrl === undefined ? '' : ` · [workflow run](${encodeURI(parts.runUrl)})`;
  return `<sub>kubeplan plan${sha}${run} · updated on every push</sub>`;
}

/** The comment: the marker on the first line, the plan, the footer; under GitHub's limit. */
export function commentBody(parts: BodyParts): string {
  const note = parts.hiddenNote === '' ? '' : `> ${parts.hiddenNote}\n\n`;
  const head = `${COMMENT_MARKER}\n${note}`;
  const tail = `\n${footer(parts)}\n`;
  const room = COMMENT_LIMIT - head.length - tail.length - 200;
  return head + cut(inertComments(parts.planMarkdown), room, '_The plan was cut to fit in a comment; the job summary has all of it._') + tail;
}

/** What the step appends to `$GITHUB_STEP_SUMMARY`. */
export function summaryMarkdown(parts: BodyParts): string {
  const note = parts.hiddenNote === '' ? '' : `> ${parts.hiddenNote}\n\n`;
  return cut(`${note}${inertComments(parts.planMarkdown)}\n`, SUMMARY_LIMIT, '_The plan was cut to fit in the step summary (1 MiB)._');
}
