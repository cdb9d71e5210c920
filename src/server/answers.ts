/**
 * How the server half answers: JSON in Stytch's error shape, never sniffed as anything else and
 * never cached, whether the answer comes from the proxy, the Node listener or Stytch.
 */

/** A refusal the proxy (or a host's `beforeForward` hook) answers with, in Stytch's error shape. */
export interface ProxyRefusal {
  /** The HTTP status, 4xx or 5xx. */
  status: number;
  /** The `error_type` of the body, such as `captcha_required`. */
  errorType: string;
  /** The `error_message` of the body: for developers, never shown to members as is. */
  message: string;
  /** Extra answer headers, such as `retry-after`. */
  headers?: Record<string, string>;
}

/** Thrown inside the server half to answer with a refusal; caught where the answer is made. */
export class RefusedError extends Error {
  constructor(readonly refusal: ProxyRefusal) {
    super(refusal.message);
  }
}

export function refuse(status: number, errorType: string, message: string, headers?: Record<string, string>): never {
  throw new RefusedError(headers === undefined ? { status, errorType, message } : { status, errorType, message, headers });
}

/** Headers on every answer: a JSON body the browser must not reinterpret, cache or sniff. */
export const ANSWER_HEADERS: Readonly<Record<string, string>> = {
  'content-type': 'application/json',
  'cache-control': 'no-store',
  'x-content-type-options': 'nosniff',
};

export function newRequestId(): string {
  return `resetkit-proxy-${crypto.randomUUID()}`;
}

export function errorBody(status: number, errorType: string, message: string, requestId: string): string {
  return JSON.stringify({ status_code: status, request_id: requestId, error_type: errorType, error_message: message, error_url: '' });
}

export function refusalAnswer(refusal: ProxyRefusal, requestId: string, headers: Record<string, string> = {}): Response {
  return new Response(errorBody(refusal.status, refusal.errorType, refusal.message, requestId), {
    status: refusal.status,
    headers: { ...ANSWER_HEADERS, ...headers, ...refusal.headers },
  });
}
