import { parseArgs, type ParseArgsConfig } from 'node:util';
import { UsageError } from '../errors.js';

/** Helpers shared by the commands' argument parsers: every mistake is a one-line `UsageError`. */

type OptionsConfig = NonNullable<ParseArgsConfig['options']>;
type OptionValue<C> = C extends { type: 'boolean' } ? (C extends { multiple: true } ? boolean[] : boolean) : C extends { multiple: true } ? string[] : string;

/** The values parseArgs gives for `O`, spelled out so that declarations can name them (node's own type is private). */
export type OptionValues<O extends OptionsConfig> = { [K in keyof O]?: OptionValue<O[K]> };

/** `node:util` parseArgs in strict mode with positionals; its errors become a one-line UsageError. */
export function parseOptions<O extends OptionsConfig>(args: readonly string[], options: O): { values: OptionValues<O>; positionals: string[] } {
  try {
    const { values, positionals } = parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
    return { values: values as OptionValues<O>, positionals };
  } catch (err) {
    throw new UsageError((err as Error).message.split('\n')[0] ?? 'invalid arguments');
  }
}

/** `value` when it is one of `allowed`, else a UsageError naming the flag and the choices. */
export function oneOf<T extends string>(flag: string, value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new UsageError(`--${flag} must be one of ${allowed.join(', ')} (got "${value}")`);
}

/** `1.30`, `v1.30.2` → `1.30`. */
export function kubeVersionArg(value: string): string {
  const m = /^v?(\d+)\.(\d+)(?:\.\d+)?$/.exec(value.trim());
  if (!m) throw new UsageError(`--kube-version must look like 1.30 or v1.30.2 (got "${value}")`);
  return `${m[1]}.${m[2]}`;
}

/** --color / --no-color, else off when NO_COLOR is set (https://no-color.org); undefined: the caller decides (TTY). */
export function colorArg(color: boolean | undefined, noColor: boolean | undefined, env: Readonly<Record<string, string | undefined>>): boolean | undefined {
  if (color === true && noColor === true) throw new UsageError('--color and --no-color exclude each other');
  if (color === true) return true;
  if (noColor === true || (env.NO_COLOR !== undefined && env.NO_COLOR !== '')) return false;
  return undefined;
}
