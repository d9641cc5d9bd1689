import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export type Handler = (request: IncomingMessage, response: ServerResponse) => void;

/**
 * A real HTTP server on 127.0.0.1, as a fact-checker's static host would be. Each test sets
 * what `/list.json` answers; every request is kept so a test can read its headers.
 */
export async function startListServer() {
  let handler: Handler = (_req, res) => res.writeHead(404).end();
  const requests: IncomingMessage[] = [];
  const server = createServer((req, res) => {
    requests.push(req);
    handler(req, res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/list.json`,
    requests,
    answer(next: Handler) {
      handler = next;
    },
    /** Serves a JSON body with an ETag, answering 304 to a request that already holds it. */
    serve(body: string, etag = `"${body.length}-${requests.length}"`) {
      handler = (req, res) => {
        if (req.headers['if-none-match'] === etag) return void res.writeHead(304).end();
        res.writeHead(200, { 'content-type': 'application/json', etag, 'content-length': Buffer.byteLength(body) }).end(body);
      };
    },
    async close() {
      server.closeAllConnections();
      await new Promise((resolve) => server.close(resolve));
    },
  };
}

export type ListServer = Awaited<ReturnType<typeof startListServer>>;
