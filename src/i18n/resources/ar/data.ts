/** Strings of the data states (loading, empty, error) and the storage notice. */
// Arabic. The keys follow `en/data.ts`; a test checks that every language has every key.
export const data = {
  errorConflict: 'قام شخص آخر بتغيير هذا في هذه الأثناء.',
  retryAfter: 'يمكنك المحاولة مرة أخرى {{when}}.',
  retrying: 'جارٍ إعادة المحاولة…',
  storageMemoryTitle: 'لا يتم حفظ التغييرات في هذا المتصفح',
  storageMemory: 'لا يسمح هذا المتصفح للبوابة بتخزين البيانات (مثلاً في نافذة خاصة). تبقى تغييراتك فقط حتى تغلق علامة التبويب هذه.',
} as const;
