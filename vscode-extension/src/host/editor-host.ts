/**
 * The few editor services the commands use, as a small interface: the extension implements it over the
 * `vscode` API (vscode-host.ts), the unit tests with a fake. Paths are file-system paths; lines are 1-based.
 */
export interface PickItem<T> {
  label: string;
  description?: string;
  value: T;
}

/** A kubeplan finding shown in the editor: its rule id and the link to the rule's documentation. */
export interface RuleLink {
  rule: string;
  href: string;
}

export interface EditorHost {
  pick<T>(items: readonly PickItem<T>[], placeholder: string): Promise<T | undefined>;
  input(prompt: string, value?: string): Promise<string | undefined>;
  /** Files or folders chosen by the user, absolute. */
  pickFiles(title: string): Promise<string[] | undefined>;
  info(message: string): void;
  error(message: string): void;
  /** Writes a `kubeplan.<key>` setting (workspace scope); `undefined` removes it. */
  updateSetting(key: string, value: unknown): Promise<void>;
  /** The first workspace folder. */
  workspaceFolder(): string | undefined;
  /** The active editor's file and the cursor's line. */
  cursor(): { file: string; line: number } | undefined;
  /** kubeplan findings under the cursor, then in the whole workspace. */
  rulesAtCursor(): RuleLink[];
  rulesInWorkspace(): RuleLink[];
  openExternal(url: string): Promise<void>;
  /** Shows a markdown text (a scheduling explanation) beside the editor. */
  showMarkdown(markdown: string): Promise<void>;
}
