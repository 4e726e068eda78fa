// What an editor answers when the server asks: its settings (workspace/configuration), capability
// registrations, the workspace folders, edits to apply; progress and refresh requests are simply accepted.
import type {
  ApplyWorkspaceEditParams,
  ApplyWorkspaceEditResult,
  ConfigurationParams,
  RegistrationParams,
  UnregistrationParams,
} from 'vscode-languageserver-protocol';
import type { LspClient } from './lsp-client.js';
import { fileUri } from './paths.js';
import { applyWorkspaceEdit } from './workspace-edit.js';

function configurationFor(client: LspClient, section: string | undefined | null): unknown {
  if (section === undefined || section === null || section === '') return { kubeplan: client.settings };
  if (section === 'kubeplan') return client.settings;
  if (section.startsWith('kubeplan.')) return (client.settings as Record<string, unknown>)[section.slice('kubeplan.'.length)] ?? null;
  return null;
}

async function applyServerEdit(client: LspClient, params: ApplyWorkspaceEditParams): Promise<ApplyWorkspaceEditResult> {
  try {
    await applyWorkspaceEdit(client, params.edit);
    return { applied: true };
  } catch (error) {
    return { applied: false, failureReason: (error as Error).message };
  }
}

export function answerServerRequest(client: LspClient, method: string, params: unknown): unknown {
  switch (method) {
    case 'workspace/configuration': {
      const { items } = params as ConfigurationParams;
      client.configurationSections.push(...items.map((item) => item.section ?? undefined));
      return items.map((item) => configurationFor(client, item.section));
    }
    case 'client/registerCapability':
      client.registrations.push(...(params as RegistrationParams).registrations);
      return null;
    case 'client/unregisterCapability': {
      const ids = new Set((params as UnregistrationParams).unregisterations.map((u) => u.id));
      client.registrations.splice(0, client.registrations.length, ...client.registrations.filter((r) => !ids.has(r.id)));
      return null;
    }
    case 'workspace/workspaceFolders':
      return [{ uri: fileUri(client.workspace), name: 'workspace' }];
    case 'workspace/applyEdit':
      return applyServerEdit(client, params as ApplyWorkspaceEditParams);
    default:
      // window/workDoneProgress/create, the refresh requests, showMessageRequest, showDocument: accepted.
      return null;
  }
}
