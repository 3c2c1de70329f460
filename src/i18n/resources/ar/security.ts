/**
 * Strings of the security pieces: the marker of a refused link, and the reasons behind the
 * codes `sanitizeCss` (`css_<code>`) and `validateOrigin` (`origin_<code>`) return, for the
 * admin editors: `t(\`security.css_${removal.code}\`)`.
 */
// Arabic. The keys follow `en/security.ts`; a test checks that every language has every key.
export const security = {
  linkBlocked: 'أُزيل الرابط: عنوان غير آمن',
  opensInNewTab: '(يُفتح في علامة تبويب جديدة)',
  'css_parse-error': 'تعذّرت قراءة CSS، لذلك لم يُطبَّق أي جزء منه.',
  css_import: 'يحمّل ‎@import ورقة أنماط كاملة لا يمكن حصرها في البوابة.',
  'css_at-rule': 'ستؤثر هذه القاعدة في الصفحة كلها، لا في البوابة وحدها.',
  'css_url-origin': 'العنوان ليس على مصدر مسموح به. استضف الملف على هذا الموقع أو اطلب السماح بمصدره.',
  'css_url-scheme': 'لا يُسمح إلا بتحميل عناوين https وعناوين هذا الموقع.',
  css_expression: 'تشغّل expression()‎ شيفرة في بعض المتصفحات.',
  css_behavior: 'تحمّل هذه الخاصية شيفرة إلى الصفحة.',
  css_javascript: 'عناوين javascript:‎ تشغّل شيفرة.',
  'css_style-breakout': 'سيؤدي هذا إلى إغلاق عنصر style وتحويل ما بعده إلى HTML.',
  'css_escaped-code': 'تخفي المحارف المهرَّبة هنا اسم خاصية أو دالة أو عنوانًا.',
  'css_selector-escape': 'سيُنسّق هذا المحدِّد عناصر خارج البوابة.',
  'css_selector-invalid': 'هذا المحدِّد ليس CSS صالحًا.',
  'css_declaration-outside-rule': 'التصريح خارج أي قاعدة لن ينسّق شيئًا، أو سينسّق الصفحة كلها.',
  'css_element-reference': 'سترسم element()‎ أجزاء أخرى من الصفحة داخل البوابة.',
  origin_empty: 'أدخل مصدرًا، مثل https://cdn.example.com.',
  origin_keyword: 'لا يمكن إضافة كلمات مفتاحية مثل \'self\' أو \'unsafe-inline\' كمصدر.',
  origin_wildcard: 'علامة * وحدها أو حرف بدل على نطاق علوي كامل سيسمح بأي موقع تقريبًا.',
  origin_scheme: 'لا يمكن السماح إلا بمصادر https://‎ (و http://‎ لـ localhost فقط).',
  origin_insecure: 'لا يُسمح بـ http://‎ إلا لـ localhost؛ استخدم https://‎.',
  origin_characters: 'لا يمكن أن يحتوي المصدر على مسافات أو علامات اقتباس أو فواصل منقوطة أو فواصل أو شرطات مائلة عكسية أو فواصل أسطر.',
  origin_host: 'هذا ليس اسم مضيف صالحًا.',
  origin_port: 'يجب أن يكون المنفذ رقمًا من 1 إلى 65535.',
  origin_path: 'يحتوي المسار على محارف لا يمكن أن تكون في مصدر.',
  origin_credentials: 'لا يمكن أن يحتوي المصدر على اسم مستخدم أو كلمة مرور.',
} as const;
