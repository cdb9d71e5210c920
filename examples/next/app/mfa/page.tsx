'use client';
import Link from 'next/link';
import { useMfaHandOff } from './hand-off';

// Where a real app runs its MFA step (Stytch's TOTP or SMS OTP authenticate) with the intermediate
// session from the reset. This example stops at showing that the hand-off arrived.
export default function MfaPage() {
  const handOff = useMfaHandOff();
  if (handOff === undefined) return null;
  if (handOff === null) {
    return (
      <p>
        No sign-in to finish. <Link href="/reset-password">Reset your password</Link>
      </p>
    );
  }
  return (
    <>
      <h1>Verify it is you</h1>
      <p data-mfa-organization={handOff.organizationId}>
        Your password is set. Your organization requires a second factor: enter the code from your authenticator app.
      </p>
    </>
  );
}
