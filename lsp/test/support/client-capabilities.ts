// What the client tells the server it can do. Modelled on VS Code 1.9x with vscode-languageclient: the
// capabilities a server sees from the editor most people use.
import type { ClientCapabilities } from 'vscode-languageserver-protocol';

export interface CapabilityOptions {
  /**
   * Whether the client pulls diagnostics (`textDocument/diagnostic`), as VS Code does. Neovim 0.7 and many
   * other clients only take pushed diagnostics.
   */
  pullDiagnostics: boolean;
}

const MARKUP = ['markdown', 'plaintext'] as const;

export function clientCapabilities({ pullDiagnostics }: CapabilityOptions): ClientCapabilities {
  return {
    general: { positionEncodings: ['utf-16'], markdown: { parser: 'marked', version: '1.1.0' } },
    window: { workDoneProgress: true, showMessage: { messageActionItem: { additionalPropertiesSupport: true } }, showDocument: { support: true } },
    workspace: {
      applyEdit: true,
      workspaceEdit: { documentChanges: true, resourceOperations: ['create', 'rename', 'delete'], failureHandling: 'textOnlyTransactional', normalizesLineEndings: true },
      didChangeConfiguration: { dynamicRegistration: true },
      didChangeWatchedFiles: { dynamicRegistration: true, relativePatternSupport: true },
      symbol: { dynamicRegistration: true, resolveSupport: { properties: ['location.range'] } },
      executeCommand: { dynamicRegistration: true },
      configuration: true,
      workspaceFolders: true,
      codeLens: { refreshSupport: true },
      ...(pullDiagnostics ? { diagnostics: { refreshSupport: true } } : {}),
    },
    textDocument: {
      synchronization: { dynamicRegistration: true, willSave: true, willSaveWaitUntil: true, didSave: true },
      completion: {
        dynamicRegistration: true,
        contextSupport: true,
        completionItem: {
          snippetSupport: true,
          commitCharactersSupport: true,
          documentationFormat: [...MARKUP],
          deprecatedSupport: true,
          preselectSupport: true,
          labelDetailsSupport: true,
          insertReplaceSupport: true,
          resolveSupport: { properties: ['documentation', 'detail', 'additionalTextEdits'] },
          insertTextModeSupport: { valueSet: [1, 2] },
          tagSupport: { valueSet: [1] },
        },
        completionList: { itemDefaults: ['commitCharacters', 'editRange', 'insertTextFormat', 'insertTextMode', 'data'] },
      },
      hover: { dynamicRegistration: true, contentFormat: [...MARKUP] },
      definition: { dynamicRegistration: true, linkSupport: true },
      references: { dynamicRegistration: true },
      documentSymbol: { dynamicRegistration: true, hierarchicalDocumentSymbolSupport: true, labelSupport: true },
      codeAction: {
        dynamicRegistration: true,
        isPreferredSupport: true,
        disabledSupport: true,
        dataSupport: true,
        resolveSupport: { properties: ['edit'] },
        codeActionLiteralSupport: {
          codeActionKind: { valueSet: ['', 'quickfix', 'refactor', 'refactor.extract', 'refactor.inline', 'refactor.rewrite', 'source', 'source.organizeImports', 'source.fixAll'] },
        },
        honorsChangeAnnotations: true,
      },
      codeLens: { dynamicRegistration: true },
      foldingRange: { dynamicRegistration: true, rangeLimit: 5000, lineFoldingOnly: true },
      publishDiagnostics: {
        relatedInformation: true,
        versionSupport: true,
        tagSupport: { valueSet: [1, 2] },
        codeDescriptionSupport: true,
        dataSupport: true,
      },
      ...(pullDiagnostics ? { diagnostic: { dynamicRegistration: true, relatedDocumentSupport: false } } : {}),
    },
  };
}
