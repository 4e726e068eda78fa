/**
 * The action's inputs, read from the runner's `INPUT_*` variables (`INPUT_GITHUB-TOKEN`: hyphens are kept,
 * names upper-cased) and checked. Pure: the environment is a parameter.
 */
export const FAIL_ON = ['error', 'warning', 'pending', 'stuck', 'never'] as const;
export type FailOn = (typeof FAIL_ON)[number];

export interface ActionInputs {
  paths: string[];
  kubeVersion?: string;
  cluster: string[];
  config?: string;
  /** Explicit base revision; undefined: the pull request's base commit, or no base outside pull requests. */
  base?: string;
  failOn: FailOn;
  comment: boolean;
  annotations: boolean;
  sarifFile?: string;
  workingDirectory: string;
  token?: string;
}

export type Env = Readonly<Record<string, string | undefined>>;

/** An input's trimmed value; undefined when unset or empty (the runner passes unset inputs as empty strings). */
export function input(env: Env, name: string): string | undefined {
  const value = env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`]?.trim();
  return value === undefined || value === '' ? undefined : value;
}

/** A list input: one item per line or comma (`paths: k8s/, deploy/`). */
export function listInput(env: Env, name: string): string[] {
  return (input(env, name) ?? '').split(/[\n,]/).map((s) => s.trim()).filter((s) => s !== '');
}

/** YAML 1.2 core schema booleans, as `core.getBooleanInput` accepts them. */
export function booleanInput(env: Env, name: string, fallback: boolean): boolean {
  const value = input(env, name);
  if (value === undefined) return fallback;
  if (['true', 'True', 'TRUE'].includes(value)) return true;
  if (['false', 'False', 'FALSE'].includes(value)) return false;
  throw new InputError(`input "${name}" must be true or false, got ${JSON.stringify(value)}`);
}

/** A wrong input: reported as one `::error::` line by main, exit 1. */
export class InputError extends Error {}

export function readInputs(env: Env): ActionInputs {
  const failOn = input(env, 'fail-on') ?? 'error';
  if (!(FAIL_ON as readonly string[]).includes(failOn)) {
    throw new InputError(`input "fail-on" must be one of ${FAIL_ON.join(', ')}, got ${JSON.stringify(failOn)}`);
  }
  const paths = listInput(env, 'paths');
  const optional = (name: string): string | undefined => input(env, name);
  return {
    paths: paths.length > 0 ? paths : ['.'],
    kubeVersion: optional('kube-version'),
    cluster: listInput(env, 'cluster'),
    config: optional('config'),
    base: optional('base'),
    failOn: failOn as FailOn,
    comment: booleanInput(env, 'comment', true),
    annotations: booleanInput(env, 'annotations', true),
    sarifFile: optional('sarif-file'),
    workingDirectory: optional('working-directory') ?? '.',
    token: optional('github-token'),
  };
}
