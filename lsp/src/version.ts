declare const KUBEPLAN_LSP_VERSION: string | undefined;

/** The server's version (package.json's, set by the build; `0.0.0-dev` when running from sources). */
export const LSP_VERSION: string = typeof KUBEPLAN_LSP_VERSION === 'string' ? KUBEPLAN_LSP_VERSION : '0.0.0-dev';
