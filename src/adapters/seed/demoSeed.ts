import type { Audience, CustomerGroup } from '../../model/audience.js';
import type { CatalogCategory, CatalogItem } from '../../model/catalog.js';
import type { Validity } from '../../model/common.js';
import type { CustomPage } from '../../model/customPage.js';
import type { HomePageConfig } from '../../model/homePage.js';
import type { LayoutSettings } from '../../model/layout.js';
import type { Localized } from '../../model/localized.js';
import type { ScriptSettings } from '../../model/scripts.js';
import type { Ticket, TicketStateType } from '../../model/ticket.js';
import { createDemoImages } from './images.js';
import type { PortalSeed } from './types.js';

/** Options of {@link createDemoSeed}. */
export interface DemoSeedOptions {
  /** The moment the demo data is relative to (ticket ages, `updatedAt`). @default new Date() */
  now?: Date | undefined;
}

type Four<T> = [en: T, de: T, fr: T, ar: T];
const LANGUAGES = ['en', 'de', 'fr', 'ar'] as const;

/** `{ en, de, fr, ar }` from four values. */
function l4<T>(...values: Four<T>): Localized<T> {
  return Object.fromEntries(LANGUAGES.map((language, index) => [language, values[index]])) as Localized<T>;
}

/** A small deterministic random number generator (mulberry32), so the demo is the same on every run. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 24 * 60 * 60 * 1000;

/**
 * The demo's content in English, German, French and Arabic: a home page with every block, six
 * custom pages (one invalid, one temporarily invalid, one without French and Arabic), a catalog
 * of 13 categories three levels deep and 40 items (some in several categories, some not valid,
 * some below a category that is not valid), 60 tickets in every state type, layout settings
 * with a logo, and empty script settings.
 */
export function createDemoSeed(options: DemoSeedOptions = {}): PortalSeed {
  const now = options.now ?? new Date();
  const ago = (days: number) => new Date(now.getTime() - days * DAY).toISOString();
  const images = createDemoImages();

  return {
    customPages: createPages(ago),
    homePage: createHomePage(ago, images),
    layout: createLayout(ago, images),
    scriptSettings: createScriptSettings(ago),
    catalogCategories: createCategories(ago),
    catalogItems: createItems(ago, images),
    tickets: createTickets(now, 60, seededRandom(2026)),
    assets: Object.values(images),
    customerGroups: DEMO_CUSTOMER_GROUPS.map((group) => ({ ...group })),
  };
}

/**
 * The demo's customer groups: a company and two service levels. The demo's signed-in customer
 * is in `acme` and `gold`; the "Gold support" page, the "International roaming" item and the
 * "Welcome back" block are limited by audience.
 */
export const DEMO_CUSTOMER_GROUPS: readonly CustomerGroup[] = [
  { id: 'acme', name: 'Acme Corp' },
  { id: 'gold', name: 'Gold' },
  { id: 'standard', name: 'Standard' },
];

/** Items of the demo catalog limited to an audience. */
const ITEM_AUDIENCES: Readonly<Record<string, Audience>> = { 'item-roaming': { kind: 'groups', groups: ['gold'] } };

function createPages(ago: (days: number) => string): CustomPage[] {
  const page = (id: string, slug: string, internalTitle: string, validity: Validity, days: number, content: CustomPage['content']): CustomPage => ({
    id,
    version: 1 + (days % 4),
    updatedAt: ago(days),
    internalTitle,
    slug,
    validity,
    content,
  });
  const hoursTable = (columns: [string, string], rows: Array<[string, string]>) =>
    `<table><thead><tr><th>${columns[0]}</th><th>${columns[1]}</th></tr></thead><tbody>${rows.map(([day, hours]) => `<tr><td>${day}</td><td>${hours}</td></tr>`).join('')}</tbody></table>`;
  const hoursEn = hoursTable(['Day', 'Hours'], [['Monday – Thursday', '8:00–18:00'], ['Friday', '8:00–16:00'], ['Saturday, Sunday', 'Closed']]);
  const hoursDe = hoursTable(['Tag', 'Uhrzeit'], [['Montag – Donnerstag', '8:00–18:00'], ['Freitag', '8:00–16:00'], ['Samstag, Sonntag', 'Geschlossen']]);
  const hoursFr = hoursTable(['Jour', 'Horaires'], [['Lundi – jeudi', '8 h 00–18 h 00'], ['Vendredi', '8 h 00–16 h 00'], ['Samedi, dimanche', 'Fermé']]);
  const hoursAr = hoursTable(['اليوم', 'الساعات'], [['الاثنين – الخميس', '8:00–18:00'], ['الجمعة', '8:00–16:00'], ['السبت والأحد', 'مغلق']]);

  return [
    page('page-opening-hours', 'opening-hours', 'Opening hours (service desk)', 'valid', 12, l4(
      { title: 'Opening hours', body: `<p>Our service desk is staffed on working days. Outside these hours you can still open a request in the portal.</p>${hoursEn}<h2>Urgent incidents</h2><p>If your work is stopped, call <a href="tel:+498912345678">+49 89 1234 5678</a> around the clock.</p>` },
      { title: 'Öffnungszeiten', body: `<p>Unser Service Desk ist an Werktagen besetzt. Außerhalb dieser Zeiten können Sie trotzdem eine Anfrage im Portal stellen.</p>${hoursDe}<h2>Dringende Störungen</h2><p>Wenn Sie nicht weiterarbeiten können, rufen Sie rund um die Uhr <a href="tel:+498912345678">+49 89 1234 5678</a> an.</p>` },
      { title: 'Horaires d’ouverture', body: `<p>Notre centre de services est joignable les jours ouvrés. En dehors de ces horaires, vous pouvez toujours déposer une demande sur le portail.</p>${hoursFr}<h2>Incidents urgents</h2><p>Si votre travail est bloqué, appelez le <a href="tel:+498912345678">+49 89 1234 5678</a> 24 h/24.</p>` },
      { title: 'ساعات العمل', body: `<p>يعمل مكتب الخدمة في أيام العمل. خارج هذه الساعات يمكنك تقديم طلب عبر البوابة.</p>${hoursAr}<h2>الأعطال العاجلة</h2><p>إذا توقف عملك، اتصل على مدار الساعة بالرقم <a href="tel:+498912345678">+49 89 1234 5678</a>.</p>` },
    )),
    page('page-vpn', 'vpn-remote-access', 'Knowledge: VPN set-up', 'valid', 30, l4(
      { title: 'Connecting to the VPN', body: '<p>With the VPN you reach internal systems from home or on the road.</p><ol><li>Install the <strong>VPN client</strong> from the software centre.</li><li>Sign in with your company account and confirm with your security key.</li><li>Choose the location nearest to you.</li></ol><p>Still stuck? <a href="https://help.example.com/vpn">Read the detailed guide</a> or request VPN access in the catalog.</p>' },
      { title: 'Mit dem VPN verbinden', body: '<p>Über das VPN erreichen Sie interne Systeme von zu Hause oder unterwegs.</p><ol><li>Installieren Sie den <strong>VPN-Client</strong> aus dem Softwarecenter.</li><li>Melden Sie sich mit Ihrem Firmenkonto an und bestätigen Sie mit Ihrem Sicherheitsschlüssel.</li><li>Wählen Sie den nächstgelegenen Standort.</li></ol><p>Kommen Sie nicht weiter? <a href="https://help.example.com/vpn">Lesen Sie die ausführliche Anleitung</a> oder beantragen Sie den VPN-Zugang im Katalog.</p>' },
      { title: 'Se connecter au VPN', body: '<p>Le VPN vous permet d’accéder aux systèmes internes depuis chez vous ou en déplacement.</p><ol><li>Installez le <strong>client VPN</strong> depuis le centre logiciel.</li><li>Connectez-vous avec votre compte professionnel et confirmez avec votre clé de sécurité.</li><li>Choisissez le site le plus proche.</li></ol><p>Toujours bloqué ? <a href="https://help.example.com/vpn">Lisez le guide détaillé</a> ou demandez un accès VPN dans le catalogue.</p>' },
      { title: 'الاتصال بالشبكة الافتراضية الخاصة (VPN)', body: '<p>تتيح لك الشبكة الافتراضية الخاصة الوصول إلى الأنظمة الداخلية من المنزل أو أثناء السفر.</p><ol><li>ثبّت <strong>برنامج VPN</strong> من مركز البرامج.</li><li>سجّل الدخول بحساب العمل وأكّد باستخدام مفتاح الأمان.</li><li>اختر الموقع الأقرب إليك.</li></ol><p>هل ما زلت تواجه مشكلة؟ <a href="https://help.example.com/vpn">اقرأ الدليل المفصل</a> أو اطلب الوصول عبر VPN من الكتالوج.</p>' },
    )),
    page('page-service-overview', 'service-overview', 'Service overview', 'valid', 5, l4(
      { title: 'Our services at a glance', body: '<p>From new laptops to access rights: everything we offer is in the <a href="/catalog">service catalog</a>.</p><ul><li><strong>Hardware</strong> – computers, monitors, phones and printers</li><li><strong>Software</strong> – licences and collaboration tools</li><li><strong>Access &amp; accounts</strong> – passwords, VPN, joining and leaving</li></ul>' },
      { title: 'Unsere Leistungen im Überblick', body: '<p>Vom neuen Laptop bis zu Zugriffsrechten: Alles, was wir anbieten, finden Sie im <a href="/catalog">Servicekatalog</a>.</p><ul><li><strong>Hardware</strong> – Computer, Monitore, Telefone und Drucker</li><li><strong>Software</strong> – Lizenzen und Werkzeuge für die Zusammenarbeit</li><li><strong>Zugänge &amp; Konten</strong> – Passwörter, VPN, Eintritt und Austritt</li></ul>' },
      { title: 'Nos services en un coup d’œil', body: '<p>Des nouveaux ordinateurs aux droits d’accès : toute notre offre se trouve dans le <a href="/catalog">catalogue de services</a>.</p><ul><li><strong>Matériel</strong> – ordinateurs, écrans, téléphones et imprimantes</li><li><strong>Logiciels</strong> – licences et outils de collaboration</li><li><strong>Accès et comptes</strong> – mots de passe, VPN, arrivées et départs</li></ul>' },
      { title: 'خدماتنا في لمحة', body: '<p>من الحواسيب الجديدة إلى صلاحيات الوصول: كل ما نقدمه موجود في <a href="/catalog">كتالوج الخدمات</a>.</p><ul><li><strong>الأجهزة</strong> – الحواسيب والشاشات والهواتف والطابعات</li><li><strong>البرمجيات</strong> – التراخيص وأدوات التعاون</li><li><strong>الوصول والحسابات</strong> – كلمات المرور وVPN والانضمام والمغادرة</li></ul>' },
    )),
    // Only English and German: French and Arabic customers see the default language.
    page('page-terms', 'terms-of-use', 'Terms of use', 'valid', 90, {
      en: { title: 'Terms of use', body: '<h2>1. Scope</h2><p>These terms apply to all services requested through this portal.</p><h2>2. Your account</h2><p>Keep your sign-in details to yourself. Report suspected misuse to the service desk at once.</p><h2>3. Equipment</h2><p>Devices remain the property of the company and are returned when you leave.</p>' },
      de: { title: 'Nutzungsbedingungen', body: '<h2>1. Geltungsbereich</h2><p>Diese Bedingungen gelten für alle Leistungen, die über dieses Portal angefordert werden.</p><h2>2. Ihr Konto</h2><p>Geben Sie Ihre Anmeldedaten nicht weiter. Melden Sie einen Missbrauchsverdacht sofort dem Service Desk.</p><h2>3. Geräte</h2><p>Geräte bleiben Eigentum des Unternehmens und werden beim Austritt zurückgegeben.</p>' },
    }),
    // Only for customers with the Gold service level (audience): /page/gold-support, and found by their search.
    { ...page('page-gold-support', 'gold-support', 'Support for Gold customers (audience: Gold)', 'valid', 3, l4(
      { title: 'Gold support', body: '<p>As a Gold customer you reach a named engineer directly: call <a href="tel:+498912345600">+49 89 1234 5600</a>. We answer within 30 minutes, around the clock.</p>' },
      { title: 'Gold-Support', body: '<p>Als Gold-Kunde erreichen Sie direkt eine feste Ansprechperson: <a href="tel:+498912345600">+49 89 1234 5600</a>. Wir antworten innerhalb von 30 Minuten, rund um die Uhr.</p>' },
      { title: 'Support Gold', body: '<p>En tant que client Gold, vous joignez directement un ingénieur dédié : <a href="tel:+498912345600">+49 89 1234 5600</a>. Nous répondons en 30 minutes, 24 h/24.</p>' },
      { title: 'الدعم الذهبي', body: '<p>بصفتك عميلاً ذهبياً تصل مباشرة إلى مهندس مخصص لك: <a href="tel:+498912345600">+49 89 1234 5600</a>. نرد خلال 30 دقيقة على مدار الساعة.</p>' },
    )), audience: { kind: 'groups', groups: ['gold'] } },
    page('page-holiday-closure', 'holiday-closure', 'Holiday closure notice (shown in December)', 'invalid-temporarily', 40, l4(
      { title: 'Closed between the holidays', body: '<p>The service desk is closed from 24 December to 1 January. Urgent incidents: call the on-call number.</p>' },
      { title: 'Zwischen den Feiertagen geschlossen', body: '<p>Der Service Desk ist vom 24. Dezember bis 1. Januar geschlossen. Dringende Störungen: Rufen Sie die Bereitschaftsnummer an.</p>' },
      { title: 'Fermeture pendant les fêtes', body: '<p>Le centre de services est fermé du 24 décembre au 1er janvier. Incidents urgents : appelez le numéro d’astreinte.</p>' },
      { title: 'مغلق خلال العطلات', body: '<p>مكتب الخدمة مغلق من 24 ديسمبر حتى 1 يناير. للأعطال العاجلة اتصل برقم المناوبة.</p>' },
    )),
    page('page-old-intranet', 'old-intranet-links', 'Old intranet links (archived)', 'invalid', 400, l4(
      { title: 'Intranet links', body: '<p>These links pointed to the previous intranet and are no longer maintained.</p>' },
      { title: 'Intranet-Links', body: '<p>Diese Links führten zum früheren Intranet und werden nicht mehr gepflegt.</p>' },
      { title: 'Liens intranet', body: '<p>Ces liens menaient à l’ancien intranet et ne sont plus maintenus.</p>' },
      { title: 'روابط الشبكة الداخلية', body: '<p>كانت هذه الروابط تشير إلى الشبكة الداخلية السابقة ولم تعد محدّثة.</p>' },
    )),
  ];
}

function createHomePage(ago: (days: number) => string, images: ReturnType<typeof createDemoImages>): HomePageConfig {
  return {
    id: 'home-page',
    version: 3,
    updatedAt: ago(2),
    blocks: [
      {
        id: 'block-hero',
        type: 'hero-unit',
        hidden: false,
        props: {
          image: images.hero,
          overlay: 'dark-scrim',
          ctaHref: '/catalog',
          content: l4(
            { title: 'How can we help?', subtitle: 'Brightpath Service Desk', text: 'Request equipment, get access and follow your tickets in one place.', ctaLabel: 'Browse the service catalog', imageAlt: '' },
            { title: 'Wie können wir helfen?', subtitle: 'Brightpath Service Desk', text: 'Geräte bestellen, Zugänge erhalten und Tickets verfolgen – alles an einem Ort.', ctaLabel: 'Zum Servicekatalog', imageAlt: '' },
            { title: 'Comment pouvons-nous vous aider ?', subtitle: 'Centre de services Brightpath', text: 'Commandez du matériel, obtenez des accès et suivez vos tickets au même endroit.', ctaLabel: 'Parcourir le catalogue de services', imageAlt: '' },
            { title: 'كيف يمكننا مساعدتك؟', subtitle: 'مكتب خدمة برايتباث', text: 'اطلب الأجهزة واحصل على صلاحيات الوصول وتابع تذاكرك في مكان واحد.', ctaLabel: 'تصفح كتالوج الخدمات', imageAlt: '' },
          ),
        },
      },
      {
        id: 'block-tickets',
        type: 'ticket-list',
        hidden: false,
        props: {
          maxCount: 5,
          selection: 'recent',
          content: l4({ title: 'Your recent tickets' }, { title: 'Ihre letzten Tickets' }, { title: 'Vos tickets récents' }, { title: 'تذاكرك الأخيرة' }),
        },
      },
      {
        id: 'block-teasers',
        type: 'image-teasers',
        hidden: false,
        props: {
          teasers: [
            {
              id: 'teaser-laptop',
              image: images.laptop,
              href: '/catalog/cat-computers',
              content: l4(
                { title: 'New laptop', text: 'Standard and developer models, delivered in five days.', imageAlt: '' },
                { title: 'Neuer Laptop', text: 'Standard- und Entwicklermodelle, geliefert in fünf Tagen.', imageAlt: '' },
                { title: 'Nouvel ordinateur portable', text: 'Modèles standard et développeur, livrés en cinq jours.', imageAlt: '' },
                { title: 'حاسوب محمول جديد', text: 'طرازات قياسية وأخرى للمطورين، تُسلَّم خلال خمسة أيام.', imageAlt: '' },
              ),
            },
            {
              id: 'teaser-password',
              image: images.password,
              href: '/catalog/item/item-password-reset',
              backgroundColor: '#fdf1e2',
              textColor: '#5a2a05',
              content: l4(
                { title: 'Forgot your password?', text: 'Reset it yourself in two minutes.', imageAlt: '' },
                { title: 'Passwort vergessen?', text: 'In zwei Minuten selbst zurücksetzen.', imageAlt: '' },
                { title: 'Mot de passe oublié ?', text: 'Réinitialisez-le vous-même en deux minutes.', imageAlt: '' },
                { title: 'نسيت كلمة المرور؟', text: 'أعد تعيينها بنفسك في دقيقتين.', imageAlt: '' },
              ),
            },
            {
              id: 'teaser-hours',
              image: images.calendar,
              href: '/page/opening-hours',
              content: l4(
                { title: 'Opening hours', text: 'When the service desk is staffed, and whom to call at night.', imageAlt: '' },
                { title: 'Öffnungszeiten', text: 'Wann der Service Desk besetzt ist und wen Sie nachts anrufen.', imageAlt: '' },
                { title: 'Horaires d’ouverture', text: 'Quand le centre de services est joignable, et qui appeler la nuit.', imageAlt: '' },
                { title: 'ساعات العمل', text: 'متى يعمل مكتب الخدمة ومن تتصل به ليلاً.', imageAlt: '' },
              ),
            },
          ],
        },
      },
      {
        id: 'block-links',
        type: 'link-lists',
        hidden: false,
        props: {
          lists: [
            {
              id: 'list-popular',
              content: l4(
                { title: 'Popular pages', showMoreLabel: 'All services' },
                { title: 'Beliebte Seiten', showMoreLabel: 'Alle Leistungen' },
                { title: 'Pages populaires', showMoreLabel: 'Tous les services' },
                { title: 'الصفحات الأكثر زيارة', showMoreLabel: 'جميع الخدمات' },
              ),
              showMoreHref: '/page/service-overview',
              source: {
                type: 'manual',
                links: [
                  { id: 'link-vpn', href: '/page/vpn-remote-access', content: l4({ label: 'Connecting to the VPN' }, { label: 'Mit dem VPN verbinden' }, { label: 'Se connecter au VPN' }, { label: 'الاتصال بـ VPN' }) },
                  { id: 'link-hours', href: '/page/opening-hours', content: l4({ label: 'Opening hours' }, { label: 'Öffnungszeiten' }, { label: 'Horaires d’ouverture' }, { label: 'ساعات العمل' }) },
                  { id: 'link-terms', href: '/page/terms-of-use', content: l4({ label: 'Terms of use' }, { label: 'Nutzungsbedingungen' }, { label: 'Conditions d’utilisation' }, { label: 'شروط الاستخدام' }) },
                  { id: 'link-status', href: 'https://status.example.com', content: l4({ label: 'System status' }, { label: 'Systemstatus' }, { label: 'État des systèmes' }, { label: 'حالة الأنظمة' }) },
                ],
              },
            },
            {
              id: 'list-monitors',
              content: l4({ title: 'Monitors and screens' }, { title: 'Monitore und Bildschirme' }, { title: 'Écrans' }, { title: 'الشاشات' }),
              source: { type: 'search', query: 'monitor', maxCount: 4 },
            },
          ],
        },
      },
      {
        id: 'block-cards',
        type: 'content-cards',
        hidden: false,
        props: {
          cards: [
            {
              id: 'card-new-starter',
              readMoreHref: '/catalog/item/item-new-employee',
              content: l4(
                { title: 'Someone new joining?', text: 'Order laptop, accounts and badge in one request, two weeks before the first day.', readMoreLabel: 'Plan the first day' },
                { title: 'Neue Kollegin, neuer Kollege?', text: 'Laptop, Konten und Ausweis mit einer Anfrage bestellen – zwei Wochen vor dem ersten Tag.', readMoreLabel: 'Ersten Tag planen' },
                { title: 'Une nouvelle arrivée ?', text: 'Commandez ordinateur, comptes et badge en une seule demande, deux semaines avant le premier jour.', readMoreLabel: 'Préparer le premier jour' },
                { title: 'هل ينضم زميل جديد؟', text: 'اطلب الحاسوب والحسابات والبطاقة بطلب واحد قبل أسبوعين من اليوم الأول.', readMoreLabel: 'خطّط لليوم الأول' },
              ),
            },
            {
              id: 'card-security',
              readMoreHref: '/catalog/item/item-mfa-token',
              content: l4(
                { title: 'Sign in safely', text: 'Security keys replace text messages for sign-in from next month.', readMoreLabel: 'Get your key' },
                { title: 'Sicher anmelden', text: 'Ab nächstem Monat ersetzen Sicherheitsschlüssel die SMS bei der Anmeldung.', readMoreLabel: 'Schlüssel anfordern' },
                { title: 'Connectez-vous en toute sécurité', text: 'Dès le mois prochain, les clés de sécurité remplacent les SMS pour la connexion.', readMoreLabel: 'Obtenir votre clé' },
                { title: 'سجّل الدخول بأمان', text: 'ستحل مفاتيح الأمان محل الرسائل النصية لتسجيل الدخول بدءاً من الشهر المقبل.', readMoreLabel: 'احصل على مفتاحك' },
              ),
            },
            {
              id: 'card-printing',
              readMoreHref: '/catalog/cat-printing',
              content: l4(
                { title: 'Printing on every floor', text: 'Send a job once and collect it at any printer with your badge.', readMoreLabel: 'How it works' },
                { title: 'Drucken auf jeder Etage', text: 'Auftrag einmal senden und an jedem Drucker mit dem Ausweis abholen.', readMoreLabel: 'So funktioniert es' },
                { title: 'Imprimer à chaque étage', text: 'Envoyez une impression une fois et récupérez-la sur n’importe quelle imprimante avec votre badge.', readMoreLabel: 'Comment ça marche' },
                { title: 'الطباعة في كل طابق', text: 'أرسل مهمة الطباعة مرة واحدة واستلمها من أي طابعة باستخدام بطاقتك.', readMoreLabel: 'كيف يعمل ذلك' },
              ),
            },
          ],
        },
      },
      {
        // Only for signed-in customers (audience).
        id: 'block-welcome',
        type: 'content-cards',
        hidden: false,
        audience: { kind: 'signed-in' },
        props: {
          cards: [
            {
              id: 'card-welcome',
              readMoreHref: '/tickets',
              content: l4(
                { title: 'Welcome back', text: 'Follow your requests and answer our questions in your tickets.', readMoreLabel: 'Open your tickets' },
                { title: 'Willkommen zurück', text: 'Verfolgen Sie Ihre Anfragen und beantworten Sie unsere Rückfragen in Ihren Tickets.', readMoreLabel: 'Ihre Tickets öffnen' },
                { title: 'Bon retour', text: 'Suivez vos demandes et répondez à nos questions dans vos tickets.', readMoreLabel: 'Ouvrir vos tickets' },
                { title: 'مرحباً بعودتك', text: 'تابع طلباتك وأجب عن أسئلتنا في تذاكرك.', readMoreLabel: 'افتح تذاكرك' },
              ),
            },
          ],
        },
      },
    ],
  };
}

function createLayout(ago: (days: number) => string, images: ReturnType<typeof createDemoImages>): LayoutSettings {
  return {
    id: 'layout',
    version: 2,
    updatedAt: ago(20),
    logo: images.logo,
    favicon: images.favicon,
    defaultAvatar: images.avatar,
    primaryColor: '#1f5fbf',
    accentColor: '#c4661f',
    customCss: '/* Slightly rounder teasers */\n[data-slot="image-teaser"] {\n  border-radius: 12px;\n}\n',
    content: l4({ logoAlt: 'Brightpath Service Desk' }, { logoAlt: 'Brightpath Service Desk' }, { logoAlt: 'Centre de services Brightpath' }, { logoAlt: 'مكتب خدمة برايتباث' }),
    // The closure notice is temporarily invalid: the menu leaves it out until it is valid again.
    menuPages: ['opening-hours', 'service-overview', 'holiday-closure', 'terms-of-use'],
  };
}

function createScriptSettings(ago: (days: number) => string): ScriptSettings {
  return { id: 'script-settings', version: 1, updatedAt: ago(60), externalScripts: [], inlineScripts: [], additionalOrigins: {} };
}

type CategoryRow = [id: string, parentId: string | null, order: number, validity: Validity, names: Four<string>, descriptions: Four<string>];

const CATEGORY_ROWS: CategoryRow[] = [
  ['cat-hardware', null, 0, 'valid', ['Hardware', 'Hardware', 'Matériel', 'الأجهزة'], ['Computers, phones, printers and everything around them.', 'Computer, Telefone, Drucker und alles drumherum.', 'Ordinateurs, téléphones, imprimantes et tout ce qui va avec.', 'الحواسيب والهواتف والطابعات وكل ما يتعلق بها.']],
  ['cat-computers', 'cat-hardware', 0, 'valid', ['Laptops & desktops', 'Laptops & Desktops', 'Ordinateurs portables et fixes', 'الحواسيب المحمولة والمكتبية'], ['Your main work computer and its upkeep.', 'Ihr Arbeitsrechner und seine Pflege.', 'Votre ordinateur de travail et son entretien.', 'حاسوب عملك الرئيسي وصيانته.']],
  ['cat-accessories', 'cat-computers', 0, 'valid', ['Accessories', 'Zubehör', 'Accessoires', 'الملحقات'], ['Docking stations, headsets, keyboards and cameras.', 'Dockingstationen, Headsets, Tastaturen und Kameras.', 'Stations d’accueil, casques, claviers et caméras.', 'محطات الإرساء والسماعات ولوحات المفاتيح والكاميرات.']],
  ['cat-monitors', 'cat-computers', 1, 'valid', ['Monitors', 'Monitore', 'Écrans', 'الشاشات'], ['Screens for the office and home office.', 'Bildschirme für Büro und Homeoffice.', 'Écrans pour le bureau et le télétravail.', 'شاشات للمكتب والعمل من المنزل.']],
  ['cat-mobile', 'cat-hardware', 1, 'valid', ['Mobile devices', 'Mobilgeräte', 'Appareils mobiles', 'الأجهزة المحمولة'], ['Smartphones, tablets and SIM cards.', 'Smartphones, Tablets und SIM-Karten.', 'Smartphones, tablettes et cartes SIM.', 'الهواتف الذكية والأجهزة اللوحية وشرائح SIM.']],
  ['cat-printing', 'cat-hardware', 2, 'valid', ['Printing', 'Drucken', 'Impression', 'الطباعة'], ['Printer access, toner and faults.', 'Druckerzugang, Toner und Störungen.', 'Accès aux imprimantes, toner et pannes.', 'الوصول إلى الطابعات والحبر والأعطال.']],
  ['cat-software', null, 1, 'valid', ['Software', 'Software', 'Logiciels', 'البرمجيات'], ['Programs, licences and tools for working together.', 'Programme, Lizenzen und Werkzeuge für die Zusammenarbeit.', 'Programmes, licences et outils pour travailler ensemble.', 'البرامج والتراخيص وأدوات العمل المشترك.']],
  ['cat-licences', 'cat-software', 0, 'valid', ['Licences', 'Lizenzen', 'Licences', 'التراخيص'], ['Request, install or return software.', 'Software beantragen, installieren oder zurückgeben.', 'Demander, installer ou restituer un logiciel.', 'اطلب البرامج أو ثبّتها أو أعدها.']],
  ['cat-collaboration', 'cat-software', 1, 'valid', ['Collaboration', 'Zusammenarbeit', 'Collaboration', 'التعاون'], ['Team sites, mailboxes, chat and video.', 'Teamseiten, Postfächer, Chat und Video.', 'Sites d’équipe, boîtes aux lettres, discussion et vidéo.', 'مواقع الفرق وصناديق البريد والدردشة والفيديو.']],
  ['cat-access', null, 2, 'valid', ['Access & accounts', 'Zugänge & Konten', 'Accès et comptes', 'الوصول والحسابات'], ['Passwords, VPN, permissions and security keys.', 'Passwörter, VPN, Berechtigungen und Sicherheitsschlüssel.', 'Mots de passe, VPN, autorisations et clés de sécurité.', 'كلمات المرور وVPN والصلاحيات ومفاتيح الأمان.']],
  ['cat-onboarding', 'cat-access', 0, 'valid', ['Joining & leaving', 'Eintritt & Austritt', 'Arrivées et départs', 'الانضمام والمغادرة'], ['Everything for a colleague’s first and last day.', 'Alles für den ersten und letzten Arbeitstag.', 'Tout pour le premier et le dernier jour d’un collaborateur.', 'كل ما يلزم لليوم الأول والأخير للزميل.']],
  ['cat-facilities', null, 3, 'invalid-temporarily', ['Facilities', 'Gebäude', 'Services généraux', 'المرافق'], ['Rooms and desks (moving to the new booking tool).', 'Räume und Arbeitsplätze (zieht in das neue Buchungstool um).', 'Salles et bureaux (migration vers le nouvel outil de réservation).', 'الغرف والمكاتب (قيد النقل إلى أداة الحجز الجديدة).']],
  ['cat-workspace', 'cat-facilities', 0, 'valid', ['Workspace', 'Arbeitsplatz', 'Poste de travail', 'مساحة العمل'], ['Desks, rooms and guest access.', 'Schreibtische, Räume und Gästezugang.', 'Bureaux, salles et accès invités.', 'المكاتب والغرف ووصول الضيوف.']],
  ['cat-legacy', null, 4, 'invalid', ['Legacy services', 'Alte Dienste', 'Anciens services', 'الخدمات القديمة'], ['No longer offered.', 'Nicht mehr im Angebot.', 'Plus proposés.', 'لم تعد متاحة.']],
];

function createCategories(ago: (days: number) => string): CatalogCategory[] {
  return CATEGORY_ROWS.map(([id, parentId, order, validity, names, descriptions], index) => ({
    id,
    version: 1 + (index % 3),
    updatedAt: ago(100 - index * 3),
    internalTitle: names[0],
    validity,
    parentId,
    order,
    content: l4(...(names.map((name, language) => ({ name, description: descriptions[language] ?? '' })) as Four<{ name: string; description: string }>)),
  }));
}

type ItemImage = 'laptop' | 'phone' | 'printer' | 'software' | 'password' | null;
type ItemRow = [id: string, categoryIds: string[], validity: Validity, image: ItemImage, titles: Four<string>, days: number];

const ITEM_ROWS: ItemRow[] = [
  ['item-standard-laptop', ['cat-computers'], 'valid', 'laptop', ['Standard laptop', 'Standard-Laptop', 'Ordinateur portable standard', 'حاسوب محمول قياسي'], 5],
  ['item-developer-laptop', ['cat-computers'], 'valid', 'laptop', ['Developer laptop (32 GB)', 'Entwickler-Laptop (32 GB)', 'Portable développeur (32 Go)', 'حاسوب محمول للمطورين (32 غيغابايت)'], 7],
  ['item-desktop-pc', ['cat-computers'], 'valid', null, ['Desktop PC', 'Desktop-PC', 'PC de bureau', 'حاسوب مكتبي'], 5],
  ['item-laptop-repair', ['cat-computers'], 'valid', null, ['Laptop repair', 'Laptop-Reparatur', 'Réparation d’ordinateur portable', 'إصلاح الحاسوب المحمول'], 3],
  ['item-docking-station', ['cat-accessories', 'cat-computers'], 'valid', null, ['Docking station', 'Dockingstation', 'Station d’accueil', 'محطة إرساء'], 3],
  ['item-headset', ['cat-accessories', 'cat-collaboration'], 'valid', null, ['Headset for calls', 'Headset für Anrufe', 'Casque pour les appels', 'سماعة رأس للمكالمات'], 2],
  ['item-keyboard-mouse', ['cat-accessories'], 'valid', null, ['Keyboard and mouse', 'Tastatur und Maus', 'Clavier et souris', 'لوحة مفاتيح وفأرة'], 2],
  ['item-webcam', ['cat-accessories', 'cat-collaboration'], 'valid', null, ['Webcam', 'Webcam', 'Webcam', 'كاميرا ويب'], 2],
  ['item-monitor-27', ['cat-monitors'], 'valid', null, ['27-inch monitor', '27-Zoll-Monitor', 'Écran 27 pouces', 'شاشة 27 بوصة'], 4],
  ['item-second-monitor', ['cat-monitors', 'cat-accessories'], 'valid', null, ['Second monitor for the home office', 'Zweiter Monitor fürs Homeoffice', 'Deuxième écran pour le télétravail', 'شاشة ثانية للعمل من المنزل'], 4],
  ['item-monitor-arm', ['cat-monitors'], 'invalid-temporarily', null, ['Monitor arm', 'Monitorarm', 'Bras d’écran', 'ذراع الشاشة'], 6],
  ['item-smartphone', ['cat-mobile'], 'valid', 'phone', ['Company smartphone', 'Firmen-Smartphone', 'Smartphone professionnel', 'هاتف ذكي للعمل'], 5],
  ['item-sim-card', ['cat-mobile'], 'valid', null, ['SIM card', 'SIM-Karte', 'Carte SIM', 'شريحة SIM'], 2],
  ['item-roaming', ['cat-mobile'], 'valid', null, ['International roaming', 'Auslandsroaming', 'Itinérance internationale', 'التجوال الدولي'], 1],
  ['item-tablet', ['cat-mobile', 'cat-computers'], 'valid', 'phone', ['Tablet', 'Tablet', 'Tablette', 'جهاز لوحي'], 5],
  ['item-lost-device', ['cat-mobile', 'cat-access'], 'valid', null, ['Report a lost or stolen device', 'Verlorenes oder gestohlenes Gerät melden', 'Signaler un appareil perdu ou volé', 'الإبلاغ عن جهاز مفقود أو مسروق'], 1],
  ['item-printer-access', ['cat-printing'], 'valid', 'printer', ['Printer access', 'Druckerzugang', 'Accès à une imprimante', 'الوصول إلى الطابعة'], 1],
  ['item-toner', ['cat-printing'], 'valid', null, ['Toner replacement', 'Tonerwechsel', 'Remplacement du toner', 'استبدال الحبر'], 1],
  ['item-printer-repair', ['cat-printing'], 'valid', 'printer', ['Printer fault', 'Druckerstörung', 'Panne d’imprimante', 'عطل في الطابعة'], 2],
  ['item-fax', ['cat-printing'], 'invalid', null, ['Fax line', 'Faxanschluss', 'Ligne de fax', 'خط فاكس'], 10],
  ['item-office-suite', ['cat-licences'], 'valid', 'software', ['Office suite', 'Office-Paket', 'Suite bureautique', 'حزمة البرامج المكتبية'], 1],
  ['item-pdf-editor', ['cat-licences'], 'valid', 'software', ['PDF editor', 'PDF-Editor', 'Éditeur PDF', 'محرر PDF'], 2],
  ['item-design-tools', ['cat-licences'], 'valid', 'software', ['Design software', 'Design-Software', 'Logiciel de design', 'برامج التصميم'], 3],
  ['item-statistics', ['cat-licences'], 'valid', null, ['Statistics package', 'Statistikpaket', 'Logiciel de statistiques', 'حزمة الإحصاء'], 3],
  ['item-software-install', ['cat-licences', 'cat-computers'], 'valid', null, ['Install software', 'Software installieren', 'Installer un logiciel', 'تثبيت برنامج'], 2],
  ['item-licence-return', ['cat-licences'], 'invalid-temporarily', null, ['Return a licence', 'Lizenz zurückgeben', 'Restituer une licence', 'إعادة ترخيص'], 1],
  ['item-team-site', ['cat-collaboration'], 'valid', null, ['Team site', 'Teamseite', 'Site d’équipe', 'موقع الفريق'], 2],
  ['item-mailing-list', ['cat-collaboration'], 'valid', null, ['Mailing list', 'Verteilerliste', 'Liste de diffusion', 'قائمة بريدية'], 1],
  ['item-video-room', ['cat-collaboration', 'cat-workspace'], 'valid', null, ['Video conference room', 'Videokonferenzraum', 'Salle de visioconférence', 'غرفة مؤتمرات الفيديو'], 5],
  ['item-shared-mailbox', ['cat-collaboration', 'cat-access'], 'valid', null, ['Shared mailbox', 'Gemeinsames Postfach', 'Boîte aux lettres partagée', 'صندوق بريد مشترك'], 2],
  ['item-chat-channel', ['cat-collaboration'], 'valid', null, ['Chat channel', 'Chat-Kanal', 'Canal de discussion', 'قناة دردشة'], 1],
  ['item-password-reset', ['cat-access'], 'valid', 'password', ['Reset your password', 'Passwort zurücksetzen', 'Réinitialiser le mot de passe', 'إعادة تعيين كلمة المرور'], 1],
  ['item-vpn-access', ['cat-access'], 'valid', null, ['VPN access', 'VPN-Zugang', 'Accès VPN', 'الوصول عبر VPN'], 2],
  ['item-mfa-token', ['cat-access'], 'valid', 'password', ['Security key for sign-in', 'Sicherheitsschlüssel für die Anmeldung', 'Clé de sécurité pour la connexion', 'مفتاح أمان لتسجيل الدخول'], 3],
  ['item-folder-access', ['cat-access'], 'valid', null, ['Access to a shared folder', 'Zugriff auf einen freigegebenen Ordner', 'Accès à un dossier partagé', 'الوصول إلى مجلد مشترك'], 2],
  ['item-new-employee', ['cat-onboarding', 'cat-computers'], 'valid', 'laptop', ['New employee set-up', 'Einrichtung für neue Mitarbeitende', 'Arrivée d’un nouveau collaborateur', 'تجهيز موظف جديد'], 10],
  ['item-leaver', ['cat-onboarding'], 'valid', null, ['Employee leaving', 'Austritt von Mitarbeitenden', 'Départ d’un collaborateur', 'مغادرة موظف'], 5],
  ['item-guest-wifi', ['cat-access', 'cat-workspace'], 'valid', null, ['Guest Wi-Fi', 'Gäste-WLAN', 'Wi-Fi invité', 'شبكة Wi-Fi للضيوف'], 1],
  ['item-desk-booking', ['cat-workspace'], 'valid', null, ['Desk booking', 'Schreibtischbuchung', 'Réservation de bureau', 'حجز مكتب'], 1],
  ['item-pager', ['cat-legacy'], 'invalid', null, ['Pager', 'Pager', 'Bipeur', 'جهاز النداء'], 10],
];

const ITEM_TEXT: Four<(title: string, days: number) => string> = [
  (title, days) => `<p>Request <strong>${title}</strong> here. We confirm your request within one working day and finish it within ${days} working days.</p><p>Your manager is asked to approve where needed.</p>`,
  (title, days) => `<p>Hier beantragen Sie <strong>${title}</strong>. Wir bestätigen Ihre Anfrage innerhalb eines Werktags und erledigen sie innerhalb von ${days} Werktagen.</p><p>Falls nötig, wird Ihre Führungskraft um Freigabe gebeten.</p>`,
  (title, days) => `<p>Demandez ici : <strong>${title}</strong>. Nous confirmons votre demande sous un jour ouvré et la traitons sous ${days} jours ouvrés.</p><p>Votre responsable est sollicité pour validation si nécessaire.</p>`,
  (title, days) => `<p>اطلب <strong>${title}</strong> من هنا. نؤكد طلبك خلال يوم عمل واحد وننجزه خلال ${days} أيام عمل.</p><p>يُطلب من مديرك الموافقة عند الحاجة.</p>`,
];
const FORM_LABEL: Four<string> = ['Request form', 'Antragsformular', 'Formulaire de demande', 'نموذج الطلب'];
const GUIDE_LABEL: Four<string> = ['Guide', 'Anleitung', 'Guide', 'الدليل'];

function createItems(ago: (days: number) => string, images: ReturnType<typeof createDemoImages>): CatalogItem[] {
  return ITEM_ROWS.map(([id, categoryIds, validity, image, titles, days], index) => {
    const content = l4(
      ...(titles.map((title, language) => ({
        title,
        text: (ITEM_TEXT[language] as (title: string, days: number) => string)(title, days),
        links: [
          { label: FORM_LABEL[language] as string, url: `https://forms.example.com/${id.replace(/^item-/, '')}` },
          ...(id === 'item-vpn-access' ? [{ label: GUIDE_LABEL[language] as string, url: '/page/vpn-remote-access' }] : []),
        ],
        imageAlt: '',
      })) as Four<CatalogItem['content'][string]>),
    );
    // Two items are only in English and German: other languages fall back.
    if (id === 'item-statistics' || id === 'item-design-tools') {
      delete content.fr;
      delete content.ar;
    }
    return {
      id,
      version: 1 + (index % 5),
      updatedAt: ago(60 - index),
      internalTitle: titles[0],
      validity,
      categoryIds,
      image: image ? images[image] : null,
      order: index,
      content,
      ...(ITEM_AUDIENCES[id] ? { audience: ITEM_AUDIENCES[id] } : {}),
    };
  });
}

const TICKET_STATES: Array<[state: string, type: TicketStateType]> = [
  ['new', 'new'],
  ['open', 'open'],
  ['pending reminder', 'pending'],
  ['pending auto close', 'pending'],
  ['closed successful', 'closed'],
  ['closed unsuccessful', 'closed'],
];
const PRIORITIES = ['1 very low', '2 low', '3 normal', '3 normal', '3 normal', '4 high', '5 very high'];
const QUEUES = ['Service desk', 'Service desk::Hardware', 'Service desk::Software', 'Access management', 'Facilities'];
// Customers write in their own language; the portal shows titles as written.
const TICKET_TITLES = [
  'Laptop does not start after update',
  'Need access to the finance share',
  'Printer on floor 3 jams',
  'VPN disconnects every few minutes',
  'New monitor for home office',
  'Outlook asks for password repeatedly',
  'Request: PDF editor licence',
  'Headset microphone too quiet',
  'Bildschirm flackert',
  'Kein Zugriff auf Teamseite',
  'Passwort abgelaufen',
  'Imprimante hors ligne',
  'Demande de carte SIM',
  'Le Wi-Fi invité ne fonctionne pas',
  'لا يمكنني تسجيل الدخول إلى البوابة',
  'طلب شاشة إضافية',
  'Docking station not charging',
  'Shared mailbox for the events team',
  'Phone screen cracked',
  'Software centre shows an error',
];

/** `count` tickets of one customer in every state type, changed over the last months before `now`. */
export function createTickets(now: Date, count: number, random: () => number): Ticket[] {
  const tickets: Ticket[] = [];
  for (let index = 0; index < count; index += 1) {
    const [state, stateType] = TICKET_STATES[index % TICKET_STATES.length] as [string, TicketStateType];
    const createdAt = new Date(now.getTime() - (1 + random() * 180) * DAY);
    const changedAt = new Date(Math.min(now.getTime() - 60_000, createdAt.getTime() + random() * 20 * DAY));
    const day = createdAt.toISOString().slice(0, 10).replaceAll('-', '');
    tickets.push({
      id: `ticket-${String(index + 1).padStart(4, '0')}`,
      version: 1 + Math.floor(random() * 6),
      number: `${day}${String(index + 1).padStart(6, '0')}`,
      title: TICKET_TITLES[Math.floor(random() * TICKET_TITLES.length)] as string,
      state,
      stateType,
      priority: PRIORITIES[Math.floor(random() * PRIORITIES.length)] as string,
      queue: QUEUES[Math.floor(random() * QUEUES.length)] as string,
      createdAt: createdAt.toISOString(),
      changedAt: changedAt.toISOString(),
      ...(stateType !== 'closed' && random() < 0.35 ? { unread: true } : {}),
    });
  }
  return tickets;
}
