import type { Verification } from '@territoires/contracts';
import { escapeHtml, htmlPage, verificationHtml } from './html.js';

// The public verifier page (GET /verifier, POST /verifier): a form, no account, no script.

function form(): string {
  return [
    '<form method="post" action="/verifier" enctype="multipart/form-data">',
    '<p><label for="file">Une image de badge (PNG ou SVG, 2 Mo au plus)</label><br>',
    '<input id="file" name="file" type="file" accept="image/png,image/svg+xml,.png,.svg"></p>',
    '<p><label for="credential">Ou collez le badge (texte JSON ou JWT)</label><br>',
    '<textarea id="credential" name="credential" spellcheck="false"></textarea></p>',
    '<button type="submit">Vérifier</button>',
    '</form>',
  ].join('');
}

const INTRO =
  '<p>Vérifiez un badge numérique (Open Badges 3.0), de n’importe quel émetteur, sans compte. ' +
  'Rien n’est gardé.</p>';

export function verifierFormPage(problem?: string): string {
  const alert = problem
    ? `<p class="verdict indeterminate" role="alert">${escapeHtml(problem)}</p>`
    : '';
  return htmlPage('Vérifier un badge', `<h1>Vérifier un badge</h1>${INTRO}${alert}${form()}`);
}

export function verifierResultPage(verification: Verification): string {
  return htmlPage(
    'Résultat de la vérification',
    `<h1>Résultat de la vérification</h1>${verificationHtml(verification)}` +
      `<h2>Vérifier un autre badge</h2>${form()}`,
  );
}
