/** Strings shared by every component: states, actions, accessible names. */
// Arabic. The keys follow `en/common.ts`; a test checks that every language has every key.
export const common = {
  loading: 'جارٍ التحميل…',
  retry: 'حاول مرة أخرى',
  empty: 'لا يوجد شيء هنا بعد.',
  errorTitle: 'حدث خطأ ما',
  errorUnavailable: 'الخدمة غير متاحة الآن. يُرجى المحاولة مرة أخرى بعد قليل.',
  errorNotFound: 'لم نتمكن من العثور على ما تبحث عنه.',
  errorUnauthorized: 'يُرجى تسجيل الدخول لعرض هذا.',
  errorInvalidData: 'تعذّر عرض هذا المحتوى لأن بياناته غير صالحة.',
  richTextUnavailable: 'لا يمكن عرض هذا النص حاليًا.',
  close: 'إغلاق',
  cancel: 'إلغاء',
  confirm: 'تأكيد',
  language: 'اللغة',
} as const;
