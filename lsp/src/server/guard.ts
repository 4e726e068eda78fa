import { ResponseError } from 'vscode-languageserver/node.js';
import type { Logger } from '../workspace/workspace.js';

/**
 * The server's error boundary for one handler: an exception is our bug, so it is logged with its stack and
 * the client gets an empty answer; the server keeps running. Protocol errors (a cancelled request, an unknown
 * command) are answers, and go to the client as such.
 */
export function guard<P extends unknown[], R>(log: Logger, name: string, fallback: R, handler: (...args: P) => R | Promise<R>): (...args: P) => Promise<R> {
  return async (...args: P): Promise<R> => {
    try {
      return await handler(...args);
    } catch (err) {
      if (err instanceof ResponseError) throw err;
      log.error(`${name} failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`);
      return fallback;
    }
  };
}

/** Lets the messages already received (edits, cancellations) be handled before a request's work starts. */
export function yieldToMessages(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
