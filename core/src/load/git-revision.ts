/**
 * The manifests of a git revision (`kubeplan plan --base main`): the same paths as the plan's inputs, read at
 * that revision with the real `git` — `rev-parse` to find each path's repository and check the revision,
 * `ls-tree` to list the files (a directory gives its .yaml, .yml and .json files, hidden and node_modules
 * folders left out, as the loader's directory scan does), and one `cat-file --batch` for their contents.
 * Arguments are passed to git as an argument vector, never through a shell. Files keep their
 * repository-relative names (`deploy/web.yaml`).
 */
import { spawn } from 'node:child_process';
import { realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../errors.js';
import type { InputText } from './load-paths.js';

interface GitResult {
  code: number;
  stdout: Buffer;
  stderr: string;
}

/** Runs git with `args` in `cwd`, `input` on its standard input. A missing git is a UsageError. */
function git(cwd: string, args: readonly string[], input?: string): Promise<GitResult> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', cwd, ...args], { stdio: 'pipe', env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
    const out: Buffer[] = [];
    const err: Buffer[] = [];
    child.stdout.on('data', (b: Buffer) => out.push(b));
    child.stderr.on('data', (b: Buffer) => err.push(b));
    child.on('error', (e: NodeJS.ErrnoException) => {
      reject(e.code === 'ENOENT' ? new UsageError('--base: git is not installed (or not on PATH); it is needed to read a revision') : e);
    });
    child.on('close', (code) => resolve({ code: code ?? 1, stdout: Buffer.concat(out), stderr: Buffer.concat(err).toString('utf8') }));
    // git may exit before reading its input (a bad revision): the closed pipe is not our error.
    child.stdin.on('error', () => undefined);
    child.stdin.end(input ?? '');
  });
}

const MANIFEST_EXTENSIONS = ['.yaml', '.yml', '.json'];

/** A file a directory scan would pick: a manifest extension, no hidden or node_modules folder below `dir`. */
function scanned(file: string, dir: string): boolean {
  const below = dir === '' ? file : file.slice(dir.length + 1);
  const parts = below.split('/');
  if (parts.some((p) => p.startsWith('.') || p === 'node_modules')) return false;
  return MANIFEST_EXTENSIONS.some((ext) => file.toLowerCase().endsWith(ext));
}

/** The repository of an input path and the path relative to its root (`/`-separated; '' for the root). */
async function locate(input: string, cwd: string, revision: string): Promise<{ root: string; relative: string; isDir: boolean }> {
  const absolute = path.resolve(cwd, input);
  const isDir = await stat(absolute).then((s) => s.isDirectory(), () => false);
  // The path may not exist any more (a file deleted in the change): its folder still tells the repository.
  const dir = isDir ? absolute : path.dirname(absolute);
  const realDir = await realpath(dir).catch(() => dir);
  const top = await git(realDir, ['rev-parse', '--show-toplevel']);
  if (top.code !== 0) throw new UsageError(`--base: "${revision}" is not a file or folder, and ${input} is not in a git repository to read it as a revision`);
  const root = top.stdout.toString('utf8').trim();
  const relativeDir = path.relative(root, realDir).split(path.sep).join('/');
  const relative = isDir ? relativeDir : [relativeDir, path.basename(absolute)].filter((p) => p !== '').join('/');
  return { root, relative, isDir };
}

/** `rev^{commit}` exists in the repository, or a UsageError. */
async function checkRevision(root: string, revision: string): Promise<void> {
  const res = await git(root, ['rev-parse', '--verify', '--quiet', '--end-of-options', `${revision}^{commit}`]);
  if (res.code !== 0) throw new UsageError(`--base: unknown revision "${revision}" in ${root}`);
}

/** The files of `relative` (a file or a directory) at the revision, repository-relative. */
async function listFiles(root: string, revision: string, relative: string, isDir: boolean): Promise<string[]> {
  const res = await git(root, ['ls-tree', '-r', '-z', '--full-name', '--name-only', revision, '--', relative === '' ? '.' : relative]);
  if (res.code !== 0) throw new UsageError(`--base: cannot list ${relative || '.'} at "${revision}" in ${root}: ${res.stderr.trim().split('\n')[0] ?? ''}`);
  const files = res.stdout.toString('utf8').split('\0').filter((f) => f !== '');
  return isDir ? files.filter((f) => scanned(f, relative)) : files.filter((f) => f === relative);
}

/** The contents of `files` at the revision, read with one `git cat-file --batch`. */
async function readBlobs(root: string, revision: string, files: readonly string[]): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  if (files.length === 0) return out;
  const res = await git(root, ['cat-file', '--batch'], files.map((f) => `${revision}:${f}\n`).join(''));
  if (res.code !== 0) throw new UsageError(`--base: cannot read files at "${revision}" in ${root}: ${res.stderr.trim().split('\n')[0] ?? ''}`);
  let at = 0;
  for (const file of files) {
    const eol = res.stdout.indexOf(0x0a, at);
    const header = res.stdout.subarray(at, eol).toString('utf8');
    at = eol + 1;
    const size = /^[0-9a-f]+ blob (\d+)$/.exec(header);
    if (size === null) continue;
    const length = Number(size[1]);
    out.set(file, res.stdout.subarray(at, at + length).toString('utf8'));
    at += length + 1;
  }
  return out;
}

/**
 * The inputs `paths` (files or directories, relative to `cwd`) as they are at `revision` in their repository.
 * UsageErrors: git missing, a path outside any repository, an unknown revision, standard input.
 */
export async function readGitRevision(revision: string, paths: readonly string[], cwd: string): Promise<InputText[]> {
  const inputs: InputText[] = [];
  const seen = new Set<string>();
  const checked = new Set<string>();
  for (const input of paths) {
    if (input === '-') throw new UsageError('--base REV reads the input paths at that revision; standard input (-) has no revision: give files or folders');
    const { root, relative, isDir } = await locate(input, cwd, revision);
    if (!checked.has(root)) await checkRevision(root, revision);
    checked.add(root);
    const files = (await listFiles(root, revision, relative, isDir)).filter((f) => !seen.has(`${root}\0${f}`));
    const texts = await readBlobs(root, revision, files);
    for (const file of files) {
      seen.add(`${root}\0${file}`);
      const text = texts.get(file);
      if (text !== undefined) inputs.push({ file, text, discovered: isDir });
    }
  }
  return inputs;
}
