/** A recording fake of the editor: scripted answers for pickers, a log of what the commands did. */
import type { EditorHost, PickItem, RuleLink } from '../../src/host/editor-host.js';

export interface FakeHost extends EditorHost {
  calls: string[];
  /** Answers of `pick`, in order: the label to choose (undefined: dismissed). */
  picks: (string | undefined)[];
  picked: PickItem<unknown>[][];
}

export function fakeHost(init: { folder?: string; cursor?: { file: string; line: number }; files?: string[]; atCursor?: RuleLink[]; inWorkspace?: RuleLink[]; input?: string } = {}): FakeHost {
  const host: FakeHost = {
    calls: [],
    picks: [],
    picked: [],
    async pick<T>(items: readonly PickItem<T>[]) {
      host.picked.push([...items] as PickItem<unknown>[]);
      const label = host.picks.shift();
      return items.find((i) => i.label === label)?.value;
    },
    input: async (prompt) => (host.calls.push(`input ${prompt}`), init.input),
    pickFiles: async () => init.files,
    info: (m) => void host.calls.push(`info ${m}`),
    error: (m) => void host.calls.push(`error ${m}`),
    updateSetting: async (key, value) => void host.calls.push(`set ${key}=${JSON.stringify(value)}`),
    workspaceFolder: () => init.folder,
    cursor: () => init.cursor,
    rulesAtCursor: () => init.atCursor ?? [],
    rulesInWorkspace: () => init.inWorkspace ?? [],
    openExternal: async (url) => void host.calls.push(`open ${url}`),
    showMarkdown: async (md) => void host.calls.push(`markdown ${md}`),
  };
  return host;
}
