/** The extension's command ids (package.json `contributes.commands`) and the server's. */
export const COMMANDS = {
  planWorkspace: 'kubeplan.planWorkspace',
  planAgainstBranch: 'kubeplan.planAgainstBranch',
  explainScheduling: 'kubeplan.explainScheduling',
  selectClusterFile: 'kubeplan.selectClusterFile',
  selectKubeVersion: 'kubeplan.selectKubeVersion',
  showRuleDocs: 'kubeplan.showRuleDocs',
  refreshCluster: 'kubeplan.refreshCluster',
} as const;

export type CommandName = keyof typeof COMMANDS;

/** The language server's command: the full plan (`{ document, markdown, ms }`). */
export const SERVER_PLAN_COMMAND = 'kubeplan.plan';

/** Where rule pages live when no finding is at hand (core's RULE_DOCS_BASE). */
export const RULE_DOCS_BASE = 'https://github.com/kubeplan/kubeplan/blob/main/docs/rules.md';

/** Kubernetes minor versions offered by "Select Kubernetes version" (newest first). */
export const KUBE_VERSIONS = ['1.36', '1.35', '1.34', '1.33', '1.32', '1.31', '1.30', '1.29', '1.28', '1.27', '1.26', '1.25'];
