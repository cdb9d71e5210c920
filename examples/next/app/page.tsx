import Link from 'next/link';

export default function Home() {
  return (
    <>
      <h1>Example B2B app</h1>
      <p>
        <Link href="/reset-password">Forgot your password?</Link>
      </p>
    </>
  );
}
