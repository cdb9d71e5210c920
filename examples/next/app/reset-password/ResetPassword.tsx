'use client';
import { useRouter } from 'next/navigation';
import { type AuthResult, ResetFlow, ResetProvider } from 'resetkit';
import { createHttpAdapter } from 'resetkit/adapters/http';
import { handOffToMfa } from '../mfa/hand-off';

// Talks to the proxy in app/api/reset/[...path]/route.ts; creating it touches no browser API,
// so it may live at module scope of a client component that is also rendered on the server.
const adapter = createHttpAdapter({ baseUrl: '/api/reset' });

export function ResetPassword({ resetPasswordRedirectUrl }: { resetPasswordRedirectUrl: string }) {
  const router = useRouter();
  const onContinue = (result: AuthResult) => {
    if (result.memberAuthenticated) {
      router.push('/');
    } else if (result.intermediateSessionToken) {
      // The organization requires MFA: the next step gets the intermediate session, in memory.
      handOffToMfa({ intermediateSessionToken: result.intermediateSessionToken, organizationId: result.organizationId });
      router.push('/mfa');
    }
  };
  return (
    <ResetProvider adapter={adapter} locale="en">
      {/* No organizationId: the cross-organization (discovery) flow, the member picks one at the end. */}
      <ResetFlow
        resetPasswordRedirectUrl={resetPasswordRedirectUrl}
        discoveryRedirectUrl={resetPasswordRedirectUrl}
        onContinue={onContinue}
      />
    </ResetProvider>
  );
}
