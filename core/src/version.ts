declare const KUBEPLAN_VERSION: string | undefined;

/** kubeplan's version; set by the build, `0.0.0-dev` when running from sources. */
export const VERSION: string = typeof KUBEPLAN_VERSION === 'string' ? KUBEPLAN_VERSION : '0.0.0-dev';
