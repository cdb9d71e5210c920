// The emulator's inbox page: the emails it "sent", newest first, with the link a member would
// click. Static HTML under a CSP that allows nothing but its own stylesheet (by hash).
import { createHash } from 'node:crypto';
import type { MemoryEmail } from '../adapters/memory/index.js';

const STYLE = `body{font:16px/1.5 system-ui,sans-serif;margin:2rem auto;max-width:48rem;padding:0 1rem}
.warning{background:#fff3cd;border:1px solid #d39e00;padding:.5rem 1rem}
li{border-bottom:1px solid #ccc;padding:.75rem 0}a{word-break:break-all}`;
const STYLE_HASH = createHash('sha256').update(STYLE).digest('base64');

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
const escape = (text: string) => text.replace(/[&<>"']/g, (char) => ESCAPES[char]!);

export interface InboxPage {
  html: string;
  contentSecurityPolicy: string;
}

export function renderInbox(emails: readonly MemoryEmail[]): InboxPage {
  const items = [...emails]
    .reverse()
    .map(
      (email) =>
        `<li><strong>${escape(email.to)}</strong> · ${escape(email.template)} · ${escape(email.locale)}<br>` +
        `<a href="${escape(email.link)}">${escape(email.link)}</a></li>`,
    )
    .join('\n');
  const html = `<!doctype html>
<html lang="en"><head><meta charset="utf-8"><title>resetkit emulator inbox</title><style>${STYLE}</style></head>
<body><h1>resetkit emulator inbox</h1>
<p class="warning">A local Stytch emulator for development: everything is in memory and every link is readable here. Not for production.</p>
${emails.length === 0 ? '<p>No email yet. Request a reset link, then reload this page.</p>' : `<ul>${items}</ul>`}
<p>The same as JSON: <a href="/__outbox">/__outbox</a></p>
</body></html>
`;
  return { html, contentSecurityPolicy: `default-src 'none'; style-src 'sha256-${STYLE_HASH}'` };
}
