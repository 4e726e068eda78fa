/**
 * The Plan view's only script (run under the page's nonce): a click on anything carrying `data-file` asks the
 * extension to open the manifest there; the focused object is scrolled into view. Outside VS Code (the
 * Chromium render test) messages are kept in `window.kubeplanMessages`.
 */
export const PAGE_SCRIPT = `
(() => {
  const api = typeof acquireVsCodeApi === 'function' ? acquireVsCodeApi() : undefined;
  window.kubeplanMessages = [];
  const post = (m) => { window.kubeplanMessages.push(m); if (api) api.postMessage(m); };
  document.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target.closest('[data-file]') : null;
    if (!el) return;
    post({ type: 'open', file: el.getAttribute('data-file'), line: Number(el.getAttribute('data-line') || '1') });
  });
  const focused = document.querySelector('.focus');
  if (focused) focused.scrollIntoView({ block: 'center' });
})();
`;
