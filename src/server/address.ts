/**
 * Where the client's address comes from. A Fetch `Request` has none, so `createNodeListener`
 * records the socket's peer address beside each request it builds; behind a reverse proxy, that
 * address is the proxy's, and the host says explicitly how to read the real one.
 * `X-Forwarded-For` is never read unless the host asks for it: any client can send one.
 */

const socketAddresses = new WeakMap<Request, string>();

/** Records the TCP peer of a request built by the Node listener. */
export function recordSocketAddress(request: Request, address: string | undefined): void {
  if (address) socketAddresses.set(request, address);
}

/** The TCP peer address `createNodeListener` saw for this request, if it built it. */
export function socketAddress(request: Request): string | undefined {
  return socketAddresses.get(request);
}

/**
 * A `clientAddress` option for a proxy behind `trustedHops` reverse proxies that each append the
 * address they saw to `X-Forwarded-For` (nginx `$proxy_add_x_forwarded_for`, most load balancers):
 * the entry `trustedHops` from the right is the first one a client could not have written itself.
 * With a single trusted proxy, `trustedHops` is 1.
 */
export function forwardedForAddress(trustedHops: number): (request: Request) => string | undefined {
  if (!Number.isInteger(trustedHops) || trustedHops < 1) {
    throw new TypeError('forwardedForAddress: trustedHops must be a whole number of at least 1.');
  }
  return (request) => {
    const entries = (request.headers.get('x-forwarded-for') ?? '')
      .split(',')
      .map((entry) => entry.trim())
      .filter((entry) => entry !== '');
    return entries[entries.length - trustedHops];
  };
}
