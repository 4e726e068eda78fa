import { fileURLToPath } from 'node:url';
import { goldenDir } from '../support/expect-golden.js';

/** Compares with `core/test/report/golden/<name>`; `UPDATE_GOLDEN=1` rewrites. */
export const expectGolden = goldenDir(fileURLToPath(new URL('./golden/', import.meta.url)));
