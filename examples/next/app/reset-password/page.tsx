import { connection } from 'next/server';
import { appOrigin } from '../settings';
import { ResetPassword } from './ResetPassword';

// A server component: it only works out where the emailed link should point. The token itself is
// read in the browser, after hydration, and taken out of the address bar there.
export default async function ResetPasswordPage() {
  // Rendered per request, so APP_ORIGIN is read at run time, not baked in at build time.
  await connection();
  return <ResetPassword resetPasswordRedirectUrl={`${appOrigin()}/reset-password`} />;
}
