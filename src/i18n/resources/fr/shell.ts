/** Strings of the portal's frame: header, navigation, sign-in state, custom pages, not found, tickets page. */
// French. The keys follow `en/shell.ts`; a test checks that every language has every key.
export const shell = {
  skipToContent: 'Aller au contenu principal',
  layoutError: 'Le logo et le menu n’ont pas pu être chargés.',
  mainNavigation: 'Principale',
  home: 'Accueil',
  catalog: 'Catalogue de services',
  tickets: 'Mes tickets',
  menu: 'Menu',
  signIn: 'Se connecter',
  signOut: 'Se déconnecter',
  signedInAs: 'Connecté en tant que {{name}}',
  notFoundTitle: 'Page introuvable',
  notFoundText: 'La page que vous cherchez n’existe pas ou n’est pas disponible pour le moment.',
  backHome: 'Retour à la page d’accueil',
  pageLoading: 'Chargement de la page…',
  ticketsTitle: 'Mes tickets',
  ticketsSignInTitle: 'Connectez-vous pour voir vos tickets',
  ticketsSignInText: 'Vos tickets s’affichent une fois que vous êtes connecté.',
  ticketsListTitle: 'Tous les tickets',
} as const;
