import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The repository root. */
export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');

/**
 * `../shared` beside the repository (corpus and references). Tests that read it are skipped, with a message,
 * when it is absent.
 */
export const SHARED = path.resolve(REPO_ROOT, '..', 'shared');
