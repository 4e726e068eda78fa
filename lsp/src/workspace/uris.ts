import { fileURLToPath, pathToFileURL } from 'node:url';

/**
 * Document URIs ↔ the file names core works with. Files on disk are absolute paths; documents that are not
 * files (`untitled:`) keep their URI as their name. The URI a client sent is remembered, so that what the
 * server publishes is spelled exactly as the client spelled it.
 */
export class Uris {
  private readonly sent = new Map<string, string>();

  toFile(uri: string): string {
    if (!uri.startsWith('file:')) return uri;
    try {
      const file = fileURLToPath(uri);
      this.sent.set(file, uri);
      return file;
    } catch {
      return uri;
    }
  }

  toUri(file: string): string {
    return this.sent.get(file) ?? (file.startsWith('/') || /^[A-Za-z]:[\\/]/.test(file) ? pathToFileURL(file).href : file);
  }
}

/** Whether a file name is one the workspace index reads (the loader's extensions). */
export function isManifestFileName(file: string): boolean {
  return /\.(ya?ml|json)$/i.test(file);
}
