/** Strings of the portal's frame: header, navigation, sign-in state, custom pages, not found, tickets page. */
// Arabic. The keys follow `en/shell.ts`; a test checks that every language has every key.
export const shell = {
  skipToContent: 'انتقل إلى المحتوى الرئيسي',
  layoutError: 'تعذّر تحميل الشعار والقائمة.',
  mainNavigation: 'القائمة الرئيسية',
  home: 'الرئيسية',
  catalog: 'كتالوج الخدمات',
  tickets: 'تذاكري',
  menu: 'القائمة',
  signIn: 'تسجيل الدخول',
  signOut: 'تسجيل الخروج',
  signedInAs: 'مسجّل الدخول باسم {{name}}',
  notFoundTitle: 'الصفحة غير موجودة',
  notFoundText: 'الصفحة التي تبحث عنها غير موجودة أو غير متاحة حاليًا.',
  backHome: 'العودة إلى الصفحة الرئيسية',
  pageLoading: 'جارٍ تحميل الصفحة…',
  ticketsTitle: 'تذاكري',
  ticketsSignInTitle: 'سجّل الدخول لعرض تذاكرك',
  ticketsSignInText: 'تظهر تذاكرك بعد تسجيل الدخول.',
  ticketsListTitle: 'جميع التذاكر',
} as const;
