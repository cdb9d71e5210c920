import { type ResetProxyHandler, createResetProxy } from 'resetkit/server';
import { appOrigin } from '../../../settings';

// Created on the first request, not when the module loads: `next build` loads this module to
// collect page data, where the secrets are (rightly) absent.
let proxy: ResetProxyHandler | undefined;

function resetProxy(): ResetProxyHandler {
  if (proxy) return proxy;
  const projectId = process.env.STYTCH_PROJECT_ID;
  const secret = process.env.STYTCH_SECRET;
  if (!projectId || !secret) {
    throw new Error(
      'The reset proxy is not configured: set STYTCH_PROJECT_ID and STYTCH_SECRET (and STYTCH_BASE_URL for the local emulator).',
    );
  }
  proxy = createResetProxy({
    projectId,
    secret,
    // The local emulator (`npx resetkit-emulator`), or Stytch's API by default.
    ...(process.env.STYTCH_BASE_URL ? { baseUrl: process.env.STYTCH_BASE_URL } : {}),
    basePath: '/api/reset',
    allowedRedirectUrls: [`${appOrigin()}/reset-password`],
    // The origin the browser sees, which Next's request.url may not (127.0.0.1 vs localhost, a
    // reverse proxy in front).
    allowedOrigins: [appOrigin()],
  });
  return proxy;
}

export async function POST(request: Request): Promise<Response> {
  let handler: ResetProxyHandler;
  try {
    handler = resetProxy();
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    console.error(message);
    // Stytch's error format, so the browser's adapter reports a server error, not a crash.
    return Response.json(
      { status_code: 500, request_id: '', error_type: 'proxy_not_configured', error_message: message, error_url: '' },
      { status: 500 },
    );
  }
  return handler(request);
}
