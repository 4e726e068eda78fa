import { describe, expect, it } from 'vitest';
import { documentSymbols, workspaceSymbols } from '../../src/features/document-symbols.js';
import { foldingRanges } from '../../src/features/folding-ranges.js';
import { CONFIGMAP, DEPLOYMENT, SERVICE, workspaceOf } from './workspace-of.js';

describe('outline', () => {
  it('names one symbol per object, Kind/name, on its document', async () => {
    const t = await workspaceOf({ 'all.yaml': `${SERVICE}---\n${CONFIGMAP}` });
    const symbols = documentSymbols(t.file('all.yaml'));
    expect(symbols.map((s) => [s.name, s.range.start.line, s.selectionRange.start.line])).toEqual([
      ['Service/web', 0, 3],
      ['ConfigMap/web-config', 10, 13],
    ]);
  });

  it('finds objects of the whole workspace by a fuzzy query', async () => {
    const t = await workspaceOf({ 'd.yaml': DEPLOYMENT, 's.yaml': SERVICE, 'cm.yaml': CONFIGMAP });
    expect(workspaceSymbols(t.ws, 'cfg').map((s) => s.name)).toEqual(['ConfigMap/web-config']);
  });

  it('folds each document and each block spanning lines', async () => {
    const t = await workspaceOf({ 's.yaml': `${SERVICE}---\n${CONFIGMAP}` });
    const folds = foldingRanges(t.file('s.yaml')).map((r) => `${r.startLine}-${r.endLine}`);
    expect(folds).toEqual(expect.arrayContaining(['0-8', '2-3', '4-8', '5-6', '7-8', '10-15', '12-13', '14-15']));
  });
});
