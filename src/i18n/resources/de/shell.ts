/** Strings of the portal's frame: header, navigation, sign-in state, custom pages, not found, tickets page. */
// German. The keys follow `en/shell.ts`; a test checks that every language has every key.
export const shell = {
  skipToContent: 'Zum Hauptinhalt springen',
  layoutError: 'Logo und Menü konnten nicht geladen werden.',
  mainNavigation: 'Hauptmenü',
  home: 'Start',
  catalog: 'Servicekatalog',
  tickets: 'Meine Tickets',
  menu: 'Menü',
  signIn: 'Anmelden',
  signOut: 'Abmelden',
  signedInAs: 'Angemeldet als {{name}}',
  notFoundTitle: 'Seite nicht gefunden',
  notFoundText: 'Die gesuchte Seite gibt es nicht oder sie ist gerade nicht verfügbar.',
  backHome: 'Zurück zur Startseite',
  pageLoading: 'Seite wird geladen …',
  ticketsTitle: 'Meine Tickets',
  ticketsSignInTitle: 'Melden Sie sich an, um Ihre Tickets zu sehen',
  ticketsSignInText: 'Ihre Tickets werden angezeigt, sobald Sie angemeldet sind.',
  ticketsListTitle: 'Alle Tickets',
} as const;
