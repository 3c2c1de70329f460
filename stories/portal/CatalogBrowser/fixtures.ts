// Catalog records for the stories and the tests: a small catalog that exercises every visibility rule,
// and a generator for large ones.
import type { CatalogCategory, CatalogItem, CatalogLink, Validity } from '../../../src/model/index.js';

const updatedAt = '2026-11-25T18:10:00.000Z';

type Names = Partial<Record<'en' | 'de' | 'fr' | 'ar', string>>;

export function category(id: string, parentId: string | null, names: Names, options: { order?: number; validity?: Validity; description?: Names } = {}): CatalogCategory {
  return {
    id,
    version: 1,
    updatedAt,
    internalTitle: `internal ${id}`,
    validity: options.validity ?? 'valid',
    parentId,
    order: options.order ?? 0,
    content: Object.fromEntries(
      Object.entries(names).map(([language, name]) => [
        language,
        { name, ...(options.description?.[language as keyof Names] ? { description: options.description[language as keyof Names] } : {}) },
      ]),
    ),
  };
}

interface ItemContentInput {
  title: string;
  text?: string;
  links?: CatalogLink[];
  imageAlt?: string;
}

export function item(
  id: string,
  categoryIds: string[],
  content: Partial<Record<'en' | 'de' | 'fr' | 'ar', ItemContentInput>>,
  options: { order?: number; validity?: Validity; image?: CatalogItem['image'] } = {},
): CatalogItem {
  return {
    id,
    version: 1,
    updatedAt,
    internalTitle: `internal ${id}`,
    validity: options.validity ?? 'valid',
    categoryIds,
    image: options.image ?? null,
    order: options.order ?? 0,
    content: Object.fromEntries(
      Object.entries(content).map(([language, value]) => [
        language,
        { title: value.title, text: value.text ?? '', links: value.links ?? [], ...(value.imageAlt ? { imageAlt: value.imageAlt } : {}) },
      ]),
    ),
  };
}

/**
 * Hardware (→ Laptops → Docking stations, Bags), Software (→ Licences), Accounts; plus an
 * invalid category with a valid child, a temporarily invalid one, an orphan and a cycle.
 */
export const categories: CatalogCategory[] = [
  category('hardware', null, { en: 'Hardware', de: 'Hardware', fr: 'Matériel', ar: 'الأجهزة' }, { order: 1, description: { en: 'Devices for your workplace', de: 'Geräte für Ihren Arbeitsplatz' } }),
  category('laptops', 'hardware', { en: 'Laptops', de: 'Laptops', fr: 'Ordinateurs portables', ar: 'الحواسيب المحمولة' }, { order: 1 }),
  category('docking', 'laptops', { en: 'Docking stations', de: 'Dockingstationen', fr: 'Stations d’accueil', ar: 'محطات الإرساء' }, { order: 2 }),
  category('bags', 'laptops', { en: 'Bags', de: 'Taschen', fr: 'Sacoches', ar: 'الحقائب' }, { order: 1 }),
  category('software', null, { en: 'Software', de: 'Software', fr: 'Logiciels', ar: 'البرمجيات' }, { order: 2 }),
  category('licences', 'software', { en: 'Licences', de: 'Lizenzen', fr: 'Licences', ar: 'التراخيص' }),
  category('accounts', null, { en: 'Accounts', de: 'Konten', fr: 'Comptes', ar: 'الحسابات' }, { order: 3 }),
  category('retired', null, { en: 'Retired services' }, { order: 4, validity: 'invalid' }),
  category('under-retired', 'retired', { en: 'Under retired' }),
  category('paused', 'hardware', { en: 'Paused' }, { order: 5, validity: 'invalid-temporarily' }),
  category('orphan', 'deleted-parent', { en: 'Orphan category' }),
  category('loop-a', 'loop-b', { en: 'Loop A' }),
  category('loop-b', 'loop-a', { en: 'Loop B' }),
];

export const items: CatalogItem[] = [
  item(
    'new-laptop',
    ['laptops'],
    {
      en: {
        title: 'Order a new laptop',
        text: '<p>Choose a <strong>laptop</strong> for your role. Delivery takes five days.</p>',
        links: [
          { label: 'Laptop models', url: 'https://example.com/models' },
          { label: 'Sneaky', url: 'javascript:alert(1)' },
        ],
        imageAlt: 'A silver laptop',
      },
      de: { title: 'Neuen Laptop bestellen', text: '<p>Wählen Sie einen Laptop für Ihre Rolle.</p>' },
    },
    { order: 1, image: { id: 'img-1', url: 'https://example.com/laptop.png', mediaType: 'image/png', size: 100, width: 320, height: 200 } },
  ),
  item('dock', ['docking', 'accounts'], { en: { title: 'Request a docking station', text: '<p>USB-C docks for every laptop.</p>' } }, { order: 1 }),
  item('bag', ['bags'], { en: { title: 'Laptop bag', text: '<p>Backpack or sleeve.</p>' } }),
  item('office', ['licences'], {
    en: { title: 'Office licence', text: '<p>Word, Excel and PowerPoint.</p>' },
    fr: { title: 'Licence Office', text: '<p>Réinitialiser la clé de licence.</p>' },
  }),
  item('reset-password', ['accounts'], {
    en: { title: 'Reset your password', text: '<p>Forgot it? We reset it within the hour.</p>' },
    de: { title: 'Passwort zurücksetzen', text: '<p>Das Kennwort wird innerhalb einer Stunde zurückgesetzt.</p>' },
    fr: { title: 'Réinitialiser le mot de passe', text: '<p>Vous l’avez oublié ?</p>' },
    ar: { title: 'إعادة تعيين كلمة المرور', text: '<p>نعيد تعيينها خلال ساعة.</p>' },
  }),
  item('invalid-item', ['laptops'], { en: { title: 'Invalid laptop offer' } }, { validity: 'invalid' }),
  item('paused-item', ['laptops'], { en: { title: 'Paused laptop offer' } }, { validity: 'invalid-temporarily' }),
  item('in-retired', ['under-retired'], { en: { title: 'Laptop in a retired category' } }),
  item('in-paused', ['paused'], { en: { title: 'Laptop in a paused category' } }),
  item('in-orphan', ['orphan'], { en: { title: 'Laptop in an orphan category' } }),
  item('in-loop', ['loop-a'], { en: { title: 'Laptop in a loop' } }),
  item('no-category', [], { en: { title: 'Laptop without a category' } }),
];

const NOUNS = ['laptop', 'account', 'licence', 'mailbox', 'printer', 'token', 'server', 'phone', 'folder', 'database'];
const NOUNS_DE = ['Laptop', 'Konto', 'Lizenz', 'Postfach', 'Drucker', 'Token', 'Server', 'Telefon', 'Ordner', 'Datenbank'];
const ACTIONS = ['Order', 'Extend', 'Move', 'Replace', 'Reset', 'Check'];
const ACTIONS_DE = ['Bestellen', 'Verlängern', 'Umziehen', 'Ersetzen', 'Zurücksetzen', 'Prüfen'];
const FILLER =
  'Fill in the form and the service desk takes care of the rest. You get an e-mail when the request is approved, and another one when it is done. Questions? Call the service desk.';

/** A deterministic catalog of `count` items in 6 × 4 × 3 categories, with English and German content. */
export function generateCatalog(count: number, options: { bigCategory?: number } = {}) {
  const generatedCategories: CatalogCategory[] = [];
  const leaves: string[] = [];
  for (let area = 0; area < 6; area += 1) {
    generatedCategories.push(category(`area-${area}`, null, { en: `Area ${area}`, de: `Bereich ${area}` }, { order: area }));
    for (let topic = 0; topic < 4; topic += 1) {
      generatedCategories.push(category(`area-${area}-${topic}`, `area-${area}`, { en: `Topic ${area}.${topic}`, de: `Thema ${area}.${topic}` }, { order: topic }));
      for (let kind = 0; kind < 3; kind += 1) {
        const id = `area-${area}-${topic}-${kind}`;
        generatedCategories.push(category(id, `area-${area}-${topic}`, { en: `Kind ${area}.${topic}.${kind}`, de: `Art ${area}.${topic}.${kind}` }, { order: kind }));
        leaves.push(id);
      }
    }
  }
  // The optional big category holds the first `bigCategory` items (for "render a category of 1,000").
  generatedCategories.push(category('big', null, { en: 'Everything', de: 'Alles' }, { order: 99 }));
  let seed = 1;
  const random = () => {
    seed = (seed * 16807) % 2147483647;
    return seed / 2147483647;
  };
  const generatedItems: CatalogItem[] = [];
  for (let index = 0; index < count; index += 1) {
    const noun = Math.floor(random() * NOUNS.length);
    const action = Math.floor(random() * ACTIONS.length);
    const number = String(index + 1).padStart(5, '0');
    const leaf = leaves[Math.floor(random() * leaves.length)] as string;
    const categoryIds = index < (options.bigCategory ?? 0) ? [leaf, 'big'] : [leaf];
    const roll = random();
    generatedItems.push(
      item(
        `item-${number}`,
        categoryIds,
        {
          en: { title: `${ACTIONS[action]} ${NOUNS[noun]} ${number}`, text: `<p>${ACTIONS[action]} a ${NOUNS[noun]}. ${FILLER}</p><ul><li>Reference ${number}</li></ul>` },
          de: { title: `${NOUNS_DE[noun]} ${ACTIONS_DE[action]} ${number}`, text: `<p>${NOUNS_DE[noun]}: ${ACTIONS_DE[action]}. Füllen Sie das Formular aus, den Rest übernimmt der Service-Desk.</p>` },
        },
        { order: index, validity: roll < 0.94 ? 'valid' : roll < 0.97 ? 'invalid-temporarily' : 'invalid' },
      ),
    );
  }
  return { categories: generatedCategories, items: generatedItems };
}
