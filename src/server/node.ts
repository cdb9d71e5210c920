import { recordSocketAddress } from './address.js';
import { newRequestId, refusalAnswer, type ProxyRefusal } from './answers.js';

/**
 * The parts of node:http's IncomingMessage the listener reads. Declared here rather than imported,
 * so that resetkit/server neither loads nor needs the types of node:http where it does not exist
 * (Workers, Deno, a browser build).
 */
export interface NodeIncomingMessage {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  /** Whether the whole body has arrived (node:http sets it). */
  readonly complete?: boolean;
  /** The TCP connection, for the client's address. */
  readonly socket?: { readonly remoteAddress?: string | undefined } | null;
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  pause(): unknown;
  resume(): unknown;
  /** Closes the connection: for a body still arriving once the answer is sent. */
  destroy?(): unknown;
}

/** The parts of node:http's ServerResponse the listener writes. */
export interface NodeServerResponse {
  readonly headersSent: boolean;
  readonly writableFinished: boolean;
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: Uint8Array | string, callback?: () => void): unknown;
  destroy(): unknown;
  on(event: 'close', listener: () => void): unknown;
}

export interface NodeListenerOptions {
  /**
   * The public origin of the server (`https://app.example.com`): the request URL is this origin
   * plus the request's path, whatever the request target or Host header say. By default the
   * origin is read from the Host header, with `http:` as the scheme; set it behind a reverse proxy
   * or TLS terminator so that same-origin checks compare the right thing.
   */
  origin?: string;
}

// Methods a Fetch Request cannot carry: refused here rather than thrown by `new Request`.
const UNSUPPORTED_METHODS = new Set(['CONNECT', 'TRACE', 'TRACK']);
// A Host header that is a host name or an IP literal with an optional port, nothing else.
const HOST = /^(?:[a-z0-9](?:[a-z0-9.-]*[a-z0-9])?|\[[0-9a-f:.]+\])(?::\d{1,5})?$/i;

/**
 * Adapts a Fetch-standard handler (such as `createResetProxy`'s) to Node's
 * `http.createServer` listener signature, streaming the body and aborting the handler's
 * `request.signal` when the client goes away. It refuses request targets in absolute form
 * (`POST https://evil.example/...`), starting with `//` or holding a backslash, and methods Fetch
 * cannot represent (TRACE, CONNECT); it records the TCP peer as the client's address, and closes
 * the connection when it answers before the whole body arrived (a refused or trickled body).
 */
export function createNodeListener(
  handler: (request: Request) => Promise<Response>,
  options: NodeListenerOptions = {},
): (req: NodeIncomingMessage, res: NodeServerResponse) => void {
  const configuredOrigin = options.origin === undefined ? undefined : new URL(options.origin).origin;
  return (req, res) => {
    void respond(handler, configuredOrigin, req, res).catch(() => {
      // Only a bug gets here; answer something rather than leave the socket hanging.
      if (!res.headersSent) {
        void send(req, res, refusalAnswer({ status: 500, errorType: 'internal_error', message: 'Internal error.' }, newRequestId()));
      } else {
        res.destroy();
      }
    });
  };
}

async function respond(
  handler: (request: Request) => Promise<Response>,
  configuredOrigin: string | undefined,
  req: NodeIncomingMessage,
  res: NodeServerResponse,
): Promise<void> {
  const refused = (refusal: ProxyRefusal) => send(req, res, refusalAnswer(refusal, newRequestId()));
  const method = (req.method ?? 'GET').toUpperCase();
  if (UNSUPPORTED_METHODS.has(method)) {
    return refused({ status: 405, errorType: 'method_not_allowed', message: 'Only POST is allowed.', headers: { allow: 'POST' } });
  }
  const target = req.url ?? '/';
  // Origin-form only: an absolute-form or `//` target (a backslash reads as `/`) names another host.
  if (!target.startsWith('/') || target.startsWith('//') || target.includes('\\')) {
    return refused({ status: 400, errorType: 'invalid_request_target', message: 'The request target must be a path.' });
  }
  const host = typeof req.headers.host === 'string' ? req.headers.host : '';
  if (configuredOrigin === undefined && !HOST.test(host)) {
    return refused({ status: 400, errorType: 'invalid_host', message: 'The Host header is not a host name.' });
  }
  const origin = configuredOrigin ?? `http://${host}`;
  // The path only: no endpoint reads a query, and nothing in the target may change the origin.
  const url = new URL(`${origin}${target.replace(/[?#].*$/s, '')}`);
  if (url.origin !== new URL(origin).origin) {
    return refused({ status: 400, errorType: 'invalid_request_target', message: 'The request target must be a path.' });
  }

  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });
  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal: controller.signal };
  if (method !== 'GET' && method !== 'HEAD') {
    init.body = bodyStream(req);
    // Node's fetch requires this for a streamed body.
    init.duplex = 'half';
  }
  let request: Request;
  try {
    request = new Request(url, init);
  } catch {
    return refused({ status: 400, errorType: 'invalid_request', message: 'The request cannot be read.' });
  }
  recordSocketAddress(request, req.socket?.remoteAddress);
  await send(req, res, await handler(request));
}

function bodyStream(req: NodeIncomingMessage): ReadableStream<Uint8Array> {
  let cancelled = false;
  return new ReadableStream<Uint8Array>({
    start(stream) {
      req.on('data', (chunk) => {
        if (cancelled) return;
        stream.enqueue(new Uint8Array(chunk));
        // Backpressure: read from the socket only as fast as the handler consumes.
        if ((stream.desiredSize ?? 0) <= 0) req.pause();
      });
      req.on('end', () => {
        if (!cancelled) stream.close();
      });
      req.on('error', (error: Error) => {
        if (!cancelled) stream.error(error);
      });
      req.pause();
    },
    pull() {
      req.resume();
    },
    cancel() {
      // Not destroyed yet, so the answer (a 413 or 408, say) still reaches the client; `send`
      // closes the connection once it is written.
      cancelled = true;
      req.pause();
    },
  });
}

async function send(req: NodeIncomingMessage, res: NodeServerResponse, response: Response): Promise<void> {
  const outgoing: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    outgoing[name] = value;
  });
  const body = new Uint8Array(await response.arrayBuffer());
  // A body still arriving (refused, or trickled past the deadline) must not keep the socket.
  const cut = req.complete === false;
  if (cut) outgoing.connection = 'close';
  outgoing['content-length'] = String(body.byteLength);
  res.writeHead(response.status, outgoing);
  res.end(body, cut ? () => req.destroy?.() : undefined);
}
