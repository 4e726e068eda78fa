// Writes docs/rules.md from the rules' metadata (`npm run docs`).
import { writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { LINT_RULES } from '../src/lint/index.js';
import { renderRuleDocs } from '../src/report/rule-docs.js';
import { ruleDocs } from '../src/rules/rule-docs.js';

const out = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../docs/rules.md');
const docs = ruleDocs(LINT_RULES);
writeFileSync(out, renderRuleDocs(docs));
console.log(`wrote ${out} (${docs.length} rules)`);
