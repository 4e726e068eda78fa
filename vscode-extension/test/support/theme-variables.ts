/** A few of the CSS variables VS Code gives a webview, for a light and a dark theme (values of Light+/Dark+). */
export type ThemeKind = 'light' | 'dark';

const THEMES: Record<ThemeKind, Record<string, string>> = {
  light: { foreground: '#3b3b3b', 'editor-background': '#ffffff', descriptionForeground: '#717171', 'panel-border': '#e5e5e5', 'sideBar-background': '#f8f8f8', 'editorWidget-background': '#e8e8e8', errorForeground: '#e51400', 'charts-blue': '#1a85ff', 'charts-green': '#388a34', 'charts-red': '#e51400' },
  dark: { foreground: '#cccccc', 'editor-background': '#1f1f1f', descriptionForeground: '#9d9d9d', 'panel-border': '#2b2b2b', 'sideBar-background': '#181818', 'editorWidget-background': '#333333', errorForeground: '#f85149', 'charts-blue': '#3794ff', 'charts-green': '#89d185', 'charts-red': '#f14c4c' },
};

/** The page with the theme's variables set on `html`, in a style element under the page's nonce. */
export function withTheme(html: string, nonce: string, kind: ThemeKind): string {
  const vars = Object.entries(THEMES[kind]).map(([k, v]) => `--vscode-${k}: ${v};`).join(' ');
  return html.replace('</head>', `<style nonce="${nonce}">html { ${vars} } </style></head>`).replace('<body>', `<body class="vscode-${kind}">`);
}
