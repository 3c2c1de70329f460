import type { CatalogCategory, CatalogItem } from '../../model/catalog.js';
import type { Localized } from '../../model/localized.js';
import { createDemoSeed, createTickets, seededRandom } from './demoSeed.js';
import type { PortalSeed } from './types.js';

/** Options of {@link createLargeSeed}. */
export interface LargeSeedOptions {
  /** How many catalog items to generate. @default 10000 */
  catalogItems?: number | undefined;
  /** How many tickets to generate. @default 5000 */
  tickets?: number | undefined;
  /** The moment the data is relative to. @default new Date() */
  now?: Date | undefined;
  /** Seed of the random generator: the same seed gives the same data. @default 1 */
  seed?: number | undefined;
}

const LANGUAGES = ['en', 'de', 'fr', 'ar'] as const;
type Words = Record<(typeof LANGUAGES)[number], readonly string[]>;

const AREAS: Words = {
  en: ['Workplace', 'Network', 'Security', 'Finance systems', 'Research computing', 'Communication'],
  de: ['Arbeitsplatz', 'Netzwerk', 'Sicherheit', 'Finanzsysteme', 'Forschungs-IT', 'Kommunikation'],
  fr: ['Poste de travail', 'Réseau', 'Sécurité', 'Systèmes financiers', 'Calcul scientifique', 'Communication'],
  ar: ['بيئة العمل', 'الشبكة', 'الأمان', 'الأنظمة المالية', 'حوسبة البحث', 'الاتصالات'],
};
const TOPICS: Words = {
  en: ['Devices', 'Accounts', 'Licences', 'Support'],
  de: ['Geräte', 'Konten', 'Lizenzen', 'Unterstützung'],
  fr: ['Appareils', 'Comptes', 'Licences', 'Assistance'],
  ar: ['الأجهزة', 'الحسابات', 'التراخيص', 'الدعم'],
};
const KINDS: Words = {
  en: ['Requests', 'Changes', 'Faults'],
  de: ['Anträge', 'Änderungen', 'Störungen'],
  fr: ['Demandes', 'Modifications', 'Pannes'],
  ar: ['الطلبات', 'التغييرات', 'الأعطال'],
};
const NOUNS: Words = {
  en: ['laptop', 'account', 'licence', 'mailbox', 'printer', 'token', 'server', 'phone', 'folder', 'database'],
  de: ['Laptop', 'Konto', 'Lizenz', 'Postfach', 'Drucker', 'Token', 'Server', 'Telefon', 'Ordner', 'Datenbank'],
  fr: ['ordinateur', 'compte', 'licence', 'boîte aux lettres', 'imprimante', 'jeton', 'serveur', 'téléphone', 'dossier', 'base de données'],
  ar: ['حاسوب', 'حساب', 'ترخيص', 'صندوق بريد', 'طابعة', 'رمز أمان', 'خادم', 'هاتف', 'مجلد', 'قاعدة بيانات'],
};
const ACTIONS: Words = {
  en: ['Order', 'Extend', 'Move', 'Replace', 'Reset', 'Check'],
  de: ['Bestellen', 'Verlängern', 'Umziehen', 'Ersetzen', 'Zurücksetzen', 'Prüfen'],
  fr: ['Commander', 'Prolonger', 'Déplacer', 'Remplacer', 'Réinitialiser', 'Vérifier'],
  ar: ['طلب', 'تمديد', 'نقل', 'استبدال', 'إعادة تعيين', 'فحص'],
};

function localized<T>(make: (language: (typeof LANGUAGES)[number]) => T): Localized<T> {
  return Object.fromEntries(LANGUAGES.map((language) => [language, make(language)])) as Localized<T>;
}

/**
 * The demo seed with a large catalog and many tickets, for stories and benchmarks of large data:
 * by default 10,000 catalog items in 102 generated categories (three levels) plus the demo's,
 * and 5,000 tickets. Deterministic for a given `seed` and `now`.
 */
export function createLargeSeed(options: LargeSeedOptions = {}): PortalSeed {
  const now = options.now ?? new Date();
  const random = seededRandom(options.seed ?? 1);
  const base = createDemoSeed({ now });
  const updatedAt = now.toISOString();
  const pick = <T>(list: readonly T[], index: number) => list[index % list.length] as T;

  const categories: CatalogCategory[] = [];
  const leaves: string[] = [];
  const category = (id: string, parentId: string | null, order: number, name: (language: (typeof LANGUAGES)[number]) => string) => {
    categories.push({
      id,
      version: 1,
      updatedAt,
      internalTitle: name('en'),
      validity: 'valid',
      parentId,
      order,
      content: localized((language) => ({ name: name(language) })),
    });
  };
  AREAS.en.forEach((_, area) => {
    const areaId = `gen-${area}`;
    category(areaId, null, 10 + area, (language) => pick(AREAS[language], area));
    TOPICS.en.forEach((_, topic) => {
      const topicId = `${areaId}-${topic}`;
      category(topicId, areaId, topic, (language) => `${pick(AREAS[language], area)}: ${pick(TOPICS[language], topic)}`);
      KINDS.en.forEach((_, kind) => {
        const kindId = `${topicId}-${kind}`;
        category(kindId, topicId, kind, (language) => `${pick(TOPICS[language], topic)} – ${pick(KINDS[language], kind)}`);
        leaves.push(kindId);
      });
    });
  });

  const itemCount = options.catalogItems ?? 10_000;
  const items: CatalogItem[] = [];
  for (let index = 0; index < itemCount; index += 1) {
    const noun = Math.floor(random() * NOUNS.en.length);
    const action = Math.floor(random() * ACTIONS.en.length);
    const first = pick(leaves, Math.floor(random() * leaves.length));
    const second = random() < 0.15 ? pick(leaves, Math.floor(random() * leaves.length)) : undefined;
    const roll = random();
    const number = String(index + 1).padStart(5, '0');
    items.push({
      id: `gen-item-${number}`,
      version: 1,
      updatedAt,
      internalTitle: `${pick(ACTIONS.en, action)} ${pick(NOUNS.en, noun)} ${number}`,
      validity: roll < 0.94 ? 'valid' : roll < 0.97 ? 'invalid-temporarily' : 'invalid',
      categoryIds: second && second !== first ? [first, second] : [first],
      image: null,
      order: index,
      content: localized((language) => {
        const title = `${pick(ACTIONS[language], action)}: ${pick(NOUNS[language], noun)} ${number}`;
        return { title, text: `<p>${title}.</p>`, links: [] };
      }),
    });
  }

  return {
    ...base,
    catalogCategories: [...(base.catalogCategories ?? []), ...categories],
    catalogItems: [...(base.catalogItems ?? []), ...items],
    tickets: createTickets(now, options.tickets ?? 5_000, random),
  };
}
