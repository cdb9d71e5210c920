/**
 * The parts of node:http's IncomingMessage the listener reads. Declared here rather than imported,
 * so that resetkit/server neither loads nor needs the types of node:http where it does not exist
 * (Workers, Deno, a browser build).
 */
export interface NodeIncomingMessage {
  method?: string | undefined;
  url?: string | undefined;
  headers: Record<string, string | string[] | undefined>;
  on(event: 'data', listener: (chunk: Uint8Array) => void): unknown;
  on(event: 'end', listener: () => void): unknown;
  on(event: 'error', listener: (error: Error) => void): unknown;
  pause(): unknown;
  resume(): unknown;
}

/** The parts of node:http's ServerResponse the listener writes. */
export interface NodeServerResponse {
  readonly headersSent: boolean;
  readonly writableFinished: boolean;
  writeHead(status: number, headers: Record<string, string>): unknown;
  end(body?: Uint8Array | string): unknown;
  destroy(): unknown;
  on(event: 'close', listener: () => void): unknown;
}

export interface NodeListenerOptions {
  /**
   * The public origin of the server (`https://app.example.com`), used to build the request URL.
   * By default it is read from the Host header, with `http:` as the scheme; set it behind a
   * reverse proxy or TLS terminator so that same-origin checks compare the right thing.
   */
  origin?: string;
}

/**
 * Adapts a Fetch-standard handler (such as `createResetProxy`'s) to Node's
 * `http.createServer` listener signature, streaming the body and aborting the handler's
 * `request.signal` when the client goes away.
 */
export function createNodeListener(
  handler: (request: Request) => Promise<Response>,
  options: NodeListenerOptions = {},
): (req: NodeIncomingMessage, res: NodeServerResponse) => void {
  return (req, res) => {
    void respond(handler, options, req, res).catch(() => {
      // Only a bug gets here; answer something rather than leave the socket hanging.
      if (!res.headersSent) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ status_code: 500, error_type: 'internal_error', error_message: 'Internal error.' }));
      } else {
        res.destroy();
      }
    });
  };
}

async function respond(
  handler: (request: Request) => Promise<Response>,
  options: NodeListenerOptions,
  req: NodeIncomingMessage,
  res: NodeServerResponse,
): Promise<void> {
  const origin = options.origin ?? `http://${req.headers.host ?? 'localhost'}`;
  const controller = new AbortController();
  res.on('close', () => {
    if (!res.writableFinished) controller.abort();
  });

  const headers = new Headers();
  for (const [name, value] of Object.entries(req.headers)) {
    if (value === undefined) continue;
    for (const item of Array.isArray(value) ? value : [value]) headers.append(name, item);
  }
  const method = req.method ?? 'GET';
  const init: RequestInit & { duplex?: 'half' } = { method, headers, signal: controller.signal };
  if (method !== 'GET' && method !== 'HEAD') {
    let cancelled = false;
    init.body = new ReadableStream<Uint8Array>({
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
        // Not destroyed, so the answer (a 413, say) still reaches the client; Node discards
        // whatever is left of the body once that answer is sent.
        cancelled = true;
        req.pause();
      },
    });
    // Node's fetch requires this for a streamed body.
    init.duplex = 'half';
  }

  const response = await handler(new Request(new URL(req.url ?? '/', origin), init));
  const outgoing: Record<string, string> = {};
  response.headers.forEach((value, name) => {
    outgoing[name] = value;
  });
  const body = new Uint8Array(await response.arrayBuffer());
  res.writeHead(response.status, outgoing);
  res.end(body);
}
