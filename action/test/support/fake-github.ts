/** A fake GitHub REST API on 127.0.0.1: issue comments (list with pagination, create, update), recording requests. */
import { createServer, type IncomingMessage, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface RecordedRequest {
  method: string;
  url: string;
  authorization: string | undefined;
  body: string;
}

export interface FakeComment {
  id: number;
  body: string;
  user: { login: string; type: string };
}

export interface FakeGithub {
  url: string;
  requests: RecordedRequest[];
  comments: FakeComment[];
  /** Status to answer every write with (403: a read-only token). */
  denyWrites?: number;
  close(): Promise<void>;
}

function readBody(req: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
  });
}

export async function startFakeGithub(): Promise<FakeGithub> {
  let nextId = 1000;
  const state: Omit<FakeGithub, 'url' | 'close'> = { requests: [], comments: [] };
  const server: Server = createServer((req, res) => {
    void readBody(req).then((body) => {
      const url = new URL(req.url ?? '/', 'http://x');
      state.requests.push({ method: req.method ?? '', url: `${url.pathname}${url.search}`, authorization: req.headers.authorization, body });
      const send = (status: number, data: unknown): void => {
        res.writeHead(status, { 'content-type': 'application/json' }).end(JSON.stringify(data));
      };
      if (req.method !== 'GET' && state.denyWrites !== undefined) return send(state.denyWrites, { message: 'Resource not accessible by integration' });
      const list = /^\/repos\/[^/]+\/[^/]+\/issues\/(\d+)\/comments$/.exec(url.pathname);
      const one = /^\/repos\/[^/]+\/[^/]+\/issues\/comments\/(\d+)$/.exec(url.pathname);
      if (list !== null && req.method === 'GET') {
        const page = Number(url.searchParams.get('page') ?? '1');
        const per = Number(url.searchParams.get('per_page') ?? '30');
        return send(200, state.comments.slice((page - 1) * per, page * per));
      }
      if (list !== null && req.method === 'POST') {
        const comment = { id: nextId++, body: (JSON.parse(body) as { body: string }).body, user: { login: 'github-actions[bot]', type: 'Bot' } };
        state.comments.push(comment);
        return send(201, comment);
      }
      const found = one === null ? undefined : state.comments.find((c) => c.id === Number(one[1]));
      if (found !== undefined && req.method === 'PATCH') {
        found.body = (JSON.parse(body) as { body: string }).body;
        return send(200, found);
      }
      return send(404, { message: 'Not Found' });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return Object.assign(state, {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  });
}
