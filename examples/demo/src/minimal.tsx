// The smallest real page: ResetFlow on the HTTP adapter, talking to the app's own server
// (`resetkit/server`'s proxy mounted at /api/reset). The bench measures its initial JavaScript,
// the issue-7 test completes a reset through it.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { ResetFlow, ResetProvider } from 'resetkit';
import { createHttpAdapter } from 'resetkit/adapters/http';
import 'resetkit/styles.css';
import './minimal.css';

const adapter = createHttpAdapter({ baseUrl: '/api/reset' });
const url = new URL(window.location.href);
const organizationId = url.searchParams.get('org') ?? 'organization-demo-acme';
url.searchParams.delete('token');
url.searchParams.delete('stytch_token_type');

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <ResetProvider adapter={adapter} locale="auto">
      <ResetFlow organizationId={organizationId} resetPasswordRedirectUrl={url.href} headingLevel={1} />
    </ResetProvider>
  </StrictMode>,
);
