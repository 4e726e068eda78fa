/**
 * The Plan view's stylesheet. Colours come from VS Code's theme variables (with fallbacks so the page renders
 * outside VS Code too), so light, dark and high-contrast themes need no code.
 */
export const PAGE_STYLE = `
:root { color-scheme: light dark; }
body { font-family: var(--vscode-font-family, system-ui, sans-serif); font-size: var(--vscode-font-size, 13px);
  color: var(--vscode-foreground, #333); background: var(--vscode-editor-background, #fff); margin: 0; padding: 12px 16px; }
h1 { font-size: 1.3em; margin: 0 0 4px; } h2 { font-size: 1.1em; margin: 18px 0 8px; }
.meta { color: var(--vscode-descriptionForeground, #717171); margin-bottom: 8px; }
.nodes { display: grid; grid-template-columns: repeat(auto-fill, minmax(230px, 1fr)); gap: 10px; }
.node { border: 1px solid var(--vscode-panel-border, #ccc); border-radius: 6px; padding: 8px;
  background: var(--vscode-sideBar-background, transparent); }
.node.cordoned { border-style: dashed; }
.node h3 { font-size: 1em; margin: 0 0 4px; display: flex; justify-content: space-between; }
.node .zone, .taint { color: var(--vscode-descriptionForeground, #717171); font-weight: normal; font-size: .9em; }
.bar-row { display: grid; grid-template-columns: 1fr; gap: 1px; margin: 3px 0; font-size: .85em; }
svg.bar .track { fill: var(--vscode-editorWidget-background, #eee); }
svg.bar .fill { fill: var(--vscode-charts-blue, #3794ff); }
svg.bar.high .fill { fill: var(--vscode-charts-yellow, #cca700); }
svg.bar.over .fill { fill: var(--vscode-charts-red, #e51400); }
svg.bar .before { stroke: var(--vscode-foreground, #333); stroke-width: 2; }
.pods { display: flex; flex-wrap: wrap; gap: 3px; margin-top: 6px; }
.pod { border-radius: 3px; padding: 1px 5px; font-size: .8em; cursor: pointer; border: 1px solid transparent;
  color: var(--vscode-editor-background, #fff); }
.pod.pending { background: transparent !important; color: var(--vscode-errorForeground, #e51400); border: 1px dashed currentColor; }
.pod.done { opacity: .6; }
.pod.failed { text-decoration: line-through; }
.owner-x { background: var(--vscode-disabledForeground, #888); }
.owner-0 { background: var(--vscode-charts-blue, #3794ff); } .owner-1 { background: var(--vscode-charts-green, #388a34); }
.owner-2 { background: var(--vscode-charts-purple, #652d90); } .owner-3 { background: var(--vscode-charts-orange, #d18616); }
.owner-4 { background: var(--vscode-charts-red, #e51400); } .owner-5 { background: var(--vscode-charts-yellow, #bf8803); }
.owner-6 { background: var(--vscode-terminal-ansiCyan, #0598bc); } .owner-7 { background: var(--vscode-terminal-ansiMagenta, #bc05bc); }
.legend { display: flex; flex-wrap: wrap; gap: 8px; margin: 6px 0; font-size: .9em; }
.legend .swatch { display: inline-block; width: 10px; height: 10px; border-radius: 2px; margin-right: 4px; vertical-align: middle; }
.focus { outline: 2px solid var(--vscode-focusBorder, #0090f1); outline-offset: 1px; }
[data-file] { cursor: pointer; } [data-file]:hover { text-decoration: underline; }
table { border-collapse: collapse; width: 100%; } td, th { text-align: left; padding: 3px 8px 3px 0; vertical-align: top; }
th { color: var(--vscode-descriptionForeground, #717171); font-weight: normal; }
.pending-list li { margin-bottom: 6px; } .reason { color: var(--vscode-errorForeground, #e51400); }
.ready { color: var(--vscode-charts-green, #388a34); } .not-ready { color: var(--vscode-errorForeground, #e51400); }
.chg.create { fill: var(--vscode-charts-green, #388a34); } .chg.update { fill: var(--vscode-charts-yellow, #bf8803); }
.chg.replace { fill: var(--vscode-charts-orange, #d18616); } .chg.delete { fill: var(--vscode-charts-red, #e51400); }
.action-create { color: var(--vscode-charts-green, #388a34); } .action-update { color: var(--vscode-charts-yellow, #bf8803); }
.action-replace { color: var(--vscode-charts-orange, #d18616); } .action-delete { color: var(--vscode-charts-red, #e51400); }
.rollout { display: flex; gap: 12px; align-items: center; margin: 6px 0; }
.rollout-chart .old { fill: var(--vscode-disabledForeground, #999); } .rollout-chart .new { fill: var(--vscode-charts-blue, #3794ff); }
.rollout-chart .available { stroke: var(--vscode-charts-green, #388a34); stroke-width: 2; }
.badge { border-radius: 8px; padding: 0 6px; font-size: .8em; border: 1px solid currentColor; }
.empty { color: var(--vscode-descriptionForeground, #717171); }
`;
