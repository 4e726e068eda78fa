/**
 * GitHub Actions workflow commands and environment files, as actions/toolkit writes them (`command.ts`,
 * `file-command.ts`), without its dependencies. Pure string builders; the runner adapter prints or appends them.
 */
import { randomUUID } from 'node:crypto';

/** Escaping of a command's message (`escapeData` in actions/toolkit). */
export function escapeData(s: string): string {
  return s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** `::notice::message` (also `warning`, `error`), a line of its own. */
export function command(name: 'notice' | 'warning' | 'error' | 'add-mask' | 'debug', message: string): string {
  return `::${name}::${escapeData(message)}\n`;
}

/**
 * One `$GITHUB_OUTPUT` entry in the multi-line form (`name<<DELIM`, value, `DELIM`), safe for any value: the
 * delimiter is random and must not occur in the value (the toolkit refuses such values too).
 */
export function outputEntry(name: string, value: string, delimiter = `ghadelimiter_${randomUUID()}`): string {
  if (name.includes(delimiter) || value.includes(delimiter)) {
    throw new Error(`output ${name}: the value contains the delimiter ${delimiter}`);
  }
  return `${name}<<${delimiter}\n${value}\n${delimiter}\n`;
}
