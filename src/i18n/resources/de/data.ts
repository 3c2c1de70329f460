/** Strings of the data states (loading, empty, error) and the storage notice. */
// German. The keys follow `en/data.ts`; a test checks that every language has every key.
export const data = {
  errorConflict: 'Jemand anderes hat dies inzwischen geändert.',
  retryAfter: 'Sie können es {{when}} erneut versuchen.',
  retrying: 'Neuer Versuch …',
  storageMemoryTitle: 'Änderungen werden in diesem Browser nicht gespeichert',
  storageMemory: 'Dieser Browser erlaubt dem Portal nicht, Daten zu speichern (zum Beispiel in einem privaten Fenster). Ihre Änderungen bleiben nur erhalten, bis Sie diesen Tab schließen.',
} as const;
