import type { Verification } from '@territoires/contracts';
import { CHECK_LABELS } from './messages.js';

// The public pages of badges (the verifier, a shared badge): plain HTML in French, readable on a
// 360 px phone, no script; one small stylesheet of our origin (the CSP allows no inline style).

export const escapeHtml = (text: string): string =>
  text.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c,
  );

export const STYLESHEET_PATH = '/verifier/style.css';

export const STYLESHEET = `
:root { color-scheme: light; font-family: system-ui, sans-serif; line-height: 1.5; color: #1b1b1b; }
body { margin: 0; background: #f6f6f6; }
main { max-width: 40rem; margin: 0 auto; padding: 1rem; background: #fff; min-height: 100vh; }
h1 { font-size: 1.5rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.2rem; margin: 1.5rem 0 0.5rem; }
img.badge { width: 8rem; height: 8rem; object-fit: contain; }
img.qr { width: 10rem; height: 10rem; }
.verdict { padding: 0.75rem; border-radius: 0.5rem; font-weight: bold; border: 2px solid; }
.verdict.verified { background: #e6f4ea; border-color: #1e6b34; color: #14532d; }
.verdict.not_verified { background: #fdecea; border-color: #a4161a; color: #7f1d1d; }
.verdict.indeterminate { background: #fff7e0; border-color: #8a5a00; color: #5c3d00; }
ul.checks { list-style: none; padding: 0; margin: 0; }
ul.checks li { padding: 0.5rem 0; border-bottom: 1px solid #ddd; }
.mark { display: inline-block; min-width: 5.5rem; font-weight: bold; }
.passed .mark { color: #14532d; } .failed .mark { color: #7f1d1d; }
.indeterminate .mark { color: #5c3d00; } .skipped .mark { color: #444; }
textarea { width: 100%; min-height: 8rem; box-sizing: border-box; font: inherit; }
button, input[type=file] { font: inherit; min-height: 2.75rem; margin: 0.5rem 0; }
button { padding: 0.5rem 1rem; border-radius: 0.5rem; border: 2px solid #1d4ed8; background: #1d4ed8; color: #fff; }
a { color: #1d4ed8; }
@media print { body { background: #fff; } main { min-height: 0; } a { color: inherit; } }
`;

/** A whole page. */
export function htmlPage(title: string, body: string, robots = 'noindex'): string {
  return [
    '<!doctype html><html lang="fr"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<meta name="robots" content="${robots}">`,
    `<title>${escapeHtml(title)}</title>`,
    `<link rel="stylesheet" href="${STYLESHEET_PATH}"></head>`,
    `<body><main>${body}</main></body></html>`,
  ].join('');
}

const MARKS: Record<string, string> = {
  passed: '✔ Bon',
  failed: '✘ Non',
  indeterminate: '? Inconnu',
  skipped: '– Sans objet',
};

/** The verdict, then each check: its label, its outcome in words, its sentence. */
export function verificationHtml(verification: Verification): string {
  const items = verification.checks
    .map(
      (check) =>
        `<li class="${check.status}" data-check="${escapeHtml(check.id)}">` +
        `<span class="mark">${MARKS[check.status] ?? ''}</span> ` +
        `<strong>${escapeHtml(CHECK_LABELS[check.id] ?? check.id)}</strong> : ` +
        `${escapeHtml(check.message)}</li>`,
    )
    .join('');
  return (
    `<p class="verdict ${verification.result}" role="status" data-result="${verification.result}">` +
    `${escapeHtml(verification.summary)}</p>` +
    `<h2>Ce qui a été vérifié</h2><ul class="checks">${items}</ul>`
  );
}
