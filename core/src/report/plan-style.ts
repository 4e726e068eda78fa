/**
 * Colours and safe text for the plan and explain renderers. The caller decides whether to colour (TTY,
 * `--color`, `NO_COLOR`); the renderers never look at the environment.
 */

export type Style = (s: string) => string;

/** The styles the plan renderers use: terraform's green `+`, yellow `~`, red `!`/`-`. */
export type Palette = Readonly<Record<'red' | 'yellow' | 'green' | 'cyan' | 'dim' | 'bold', Style>>;

// Each style resets only what it set (39 = default colour, 22 = normal intensity), so styles nest.
const ANSI: Palette = {
  red: (s) => `\x1b[31m${s}\x1b[39m`,
  yellow: (s) => `\x1b[33m${s}\x1b[39m`,
  green: (s) => `\x1b[32m${s}\x1b[39m`,
  cyan: (s) => `\x1b[36m${s}\x1b[39m`,
  dim: (s) => `\x1b[2m${s}\x1b[22m`,
  bold: (s) => `\x1b[1m${s}\x1b[22m`,
};
const identity: Style = (s) => s;
const PLAIN: Palette = { red: identity, yellow: identity, green: identity, cyan: identity, dim: identity, bold: identity };

/** The ANSI palette, or one that leaves text alone. */
export function planStyle(color: boolean): Palette {
  return color ? ANSI : PLAIN;
}

const PRINTABLE_ASCII = /^[\x20-\x7e]*$/;

/**
 * One line of text from the manifests, safe for a terminal: control characters (ESC could drive the user's
 * terminal) are shown as `\xNN`, line breaks and tabs become spaces so that a value cannot break a table row.
 */
export function safeText(s: string): string {
  if (PRINTABLE_ASCII.test(s)) return s;
  return s
    .replace(/\r?\n|\t/g, ' ')
    .replace(/[\x00-\x08\x0a-\x1f\x7f-\x9f]/g, (ch) => `\\x${ch.charCodeAt(0).toString(16).padStart(2, '0')}`);
}

/** `1 pod`, `2 pods`. */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
