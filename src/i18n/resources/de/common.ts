/** Strings shared by every component: states, actions, accessible names. */
// German. The keys follow `en/common.ts`; a test checks that every language has every key.
export const common = {
  loading: 'Wird geladen …',
  retry: 'Erneut versuchen',
  empty: 'Hier ist noch nichts.',
  errorTitle: 'Etwas ist schiefgelaufen',
  errorUnavailable: 'Der Dienst ist gerade nicht erreichbar. Bitte versuchen Sie es gleich noch einmal.',
  errorNotFound: 'Wir konnten nicht finden, wonach Sie suchen.',
  errorUnauthorized: 'Bitte melden Sie sich an, um dies zu sehen.',
  errorInvalidData: 'Dieser Inhalt kann nicht angezeigt werden, weil seine Daten fehlerhaft sind.',
  richTextUnavailable: 'Dieser Text kann gerade nicht angezeigt werden.',
  close: 'Schließen',
  cancel: 'Abbrechen',
  confirm: 'Bestätigen',
  language: 'Sprache',
} as const;
