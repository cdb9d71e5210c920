import type { ReactNode } from 'react';
import 'resetkit/styles.css';

export const metadata = { title: 'resetkit in Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <main>{children}</main>
      </body>
    </html>
  );
}
