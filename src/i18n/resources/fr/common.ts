/** Strings shared by every component: states, actions, accessible names. */
// French. The keys follow `en/common.ts`; a test checks that every language has every key.
export const common = {
  loading: 'Chargement…',
  retry: 'Réessayer',
  empty: 'Rien pour le moment.',
  errorTitle: 'Un problème est survenu',
  errorUnavailable: 'Le service est indisponible pour le moment. Veuillez réessayer dans un instant.',
  errorNotFound: 'Nous n’avons pas trouvé ce que vous cherchez.',
  errorUnauthorized: 'Veuillez vous connecter pour voir ceci.',
  errorInvalidData: 'Ce contenu ne peut pas être affiché car ses données sont mal formées.',
  richTextUnavailable: 'Ce texte ne peut pas être affiché pour le moment.',
  close: 'Fermer',
  cancel: 'Annuler',
  confirm: 'Confirmer',
  language: 'Langue',
} as const;
