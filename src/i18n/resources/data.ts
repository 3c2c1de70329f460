/** Strings of the data states (loading, empty, error) and the storage notice. */
export const data = {
  en: {
    errorConflict: 'Someone else changed this in the meantime.',
    retryAfter: 'You can try again {{when}}.',
    retrying: 'Trying again…',
    storageMemoryTitle: 'Changes are not saved in this browser',
    storageMemory: 'This browser does not let the portal store data (for example in a private window). Your changes last only until you close this tab.',
  },
  de: {
    errorConflict: 'Jemand anderes hat dies inzwischen geändert.',
    retryAfter: 'Sie können es {{when}} erneut versuchen.',
    retrying: 'Neuer Versuch …',
    storageMemoryTitle: 'Änderungen werden in diesem Browser nicht gespeichert',
    storageMemory: 'Dieser Browser erlaubt dem Portal nicht, Daten zu speichern (zum Beispiel in einem privaten Fenster). Ihre Änderungen bleiben nur erhalten, bis Sie diesen Tab schließen.',
  },
  fr: {
    errorConflict: 'Quelqu’un d’autre a modifié ceci entre-temps.',
    retryAfter: 'Vous pourrez réessayer {{when}}.',
    retrying: 'Nouvelle tentative…',
    storageMemoryTitle: 'Les modifications ne sont pas enregistrées dans ce navigateur',
    storageMemory: 'Ce navigateur ne permet pas au portail d’enregistrer des données (par exemple dans une fenêtre privée). Vos modifications sont conservées uniquement jusqu’à la fermeture de cet onglet.',
  },
  ar: {
    errorConflict: 'قام شخص آخر بتغيير هذا في هذه الأثناء.',
    retryAfter: 'يمكنك المحاولة مرة أخرى {{when}}.',
    retrying: 'جارٍ إعادة المحاولة…',
    storageMemoryTitle: 'لا يتم حفظ التغييرات في هذا المتصفح',
    storageMemory: 'لا يسمح هذا المتصفح للبوابة بتخزين البيانات (مثلاً في نافذة خاصة). تبقى تغييراتك فقط حتى تغلق علامة التبويب هذه.',
  },
} as const;
