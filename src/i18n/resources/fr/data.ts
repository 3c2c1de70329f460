/** Strings of the data states (loading, empty, error) and the storage notice. */
// French. The keys follow `en/data.ts`; a test checks that every language has every key.
export const data = {
  errorConflict: 'Quelqu’un d’autre a modifié ceci entre-temps.',
  retryAfter: 'Vous pourrez réessayer {{when}}.',
  retrying: 'Nouvelle tentative…',
  storageMemoryTitle: 'Les modifications ne sont pas enregistrées dans ce navigateur',
  storageMemory: 'Ce navigateur ne permet pas au portail d’enregistrer des données (par exemple dans une fenêtre privée). Vos modifications sont conservées uniquement jusqu’à la fermeture de cet onglet.',
} as const;
