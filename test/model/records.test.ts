import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  CatalogCategorySchema,
  CatalogItemInputSchema,
  CatalogItemSchema,
  CustomPageInputSchema,
  CustomPageSchema,
  HomePageConfigSchema,
  LayoutSettingsSchema,
  ScriptSettingsSchema,
  TicketSchema,
  validateRecord,
  type CspDirective,
  type ScriptSettings,
} from '../../src/model/index.js';

const stored = { id: 'p1', version: 1, updatedAt: '2026-11-25T18:10:00.000Z' };

const customPage = {
  ...stored,
  internalTitle: 'Opening hours (main office)',
  slug: 'opening-hours',
  validity: 'valid',
  content: { en: { title: 'Opening hours', body: '<p>9–17</p>' }, de: { title: 'Öffnungszeiten', body: '<p>9–17 Uhr</p>' } },
};

describe('CustomPage', () => {
  it('accepts a complete page', () => {
    expect(validateRecord(CustomPageSchema, customPage)).toMatchObject({ success: true, output: customPage });
  });

  it.each([
    ['version', { version: 0 }, 'version'],
    ['version', { version: 1.5 }, 'version'],
    ['updatedAt', { updatedAt: 'yesterday' }, 'updatedAt'],
    ['validity', { validity: 'archived' }, 'validity'],
    ['slug', { slug: 'Opening Hours' }, 'slug'],
    ['internal title', { internalTitle: '   ' }, 'internalTitle'],
    ['content', { content: {} }, 'content'],
    ['content title', { content: { de: { title: 7, body: '' } } }, 'content.de.title'],
  ])('refuses a malformed %s and names the field', (_name, change, path) => {
    const result = validateRecord(CustomPageSchema, { ...customPage, ...change });
    expect(result.success).toBe(false);
    expect(result.issues.map((issue) => issue.path)).toContain(path);
  });

  it('drops unknown fields and trims the internal title', () => {
    const result = validateRecord(CustomPageSchema, { ...customPage, internalTitle: '  Hours ', extra: 'x' });
    expect(result.output).not.toHaveProperty('extra');
    expect(result.output?.internalTitle).toBe('Hours');
  });

  it('has an input schema without the fields the store sets', () => {
    const { id: _id, version: _version, updatedAt: _updatedAt, ...input } = customPage;
    expect(validateRecord(CustomPageInputSchema, input).success).toBe(true);
    expect(validateRecord(CustomPageInputSchema, customPage).output).not.toHaveProperty('version');
  });
});

describe('catalog', () => {
  const category = {
    ...stored,
    internalTitle: 'Hardware',
    validity: 'valid',
    parentId: null,
    order: 0,
    content: { en: { name: 'Hardware', description: 'Laptops, phones' } },
  };
  const item = {
    ...stored,
    internalTitle: 'Laptop request',
    validity: 'invalid-temporarily',
    categoryIds: ['c1', 'c2'],
    image: null,
    order: 3,
    content: { en: { title: 'Request a laptop', text: '<p>…</p>', links: [{ label: 'Form', url: 'https://example.com/form' }] } },
  };

  it('accepts categories and items', () => {
    expect(validateRecord(CatalogCategorySchema, category).success).toBe(true);
    expect(validateRecord(CatalogCategorySchema, { ...category, parentId: 'c0' }).success).toBe(true);
    expect(validateRecord(CatalogItemSchema, item).success).toBe(true);
  });

  it('keeps a stored item without categories, but an editor must choose one', () => {
    expect(validateRecord(CatalogItemSchema, { ...item, categoryIds: [] }).success).toBe(true);
    const { id: _id, version: _version, updatedAt: _updatedAt, ...input } = item;
    expect(validateRecord(CatalogItemInputSchema, input).success).toBe(true);
    expect(validateRecord(CatalogItemInputSchema, { ...input, categoryIds: [] }).issues[0]).toMatchObject({ path: 'categoryIds', message: 'Choose at least one category' });
  });

  it('refuses a category listed twice, a negative order and an empty link destination', () => {
    expect(validateRecord(CatalogItemSchema, { ...item, categoryIds: ['c1', 'c1'] }).issues[0]?.path).toBe('categoryIds');
    expect(validateRecord(CatalogItemSchema, { ...item, order: -1 }).issues[0]?.path).toBe('order');
    const badLink = { ...item, content: { en: { ...item.content.en, links: [{ label: 'x', url: '' }] } } };
    expect(validateRecord(CatalogItemSchema, badLink).issues[0]?.path).toBe('content.en.links.0.url');
  });
});

describe('Ticket', () => {
  const ticket = {
    id: 't1',
    version: 4,
    number: '2026112510000123',
    title: 'Printer on floor 3 jams',
    state: 'pending reminder',
    stateType: 'pending',
    priority: '3 normal',
    queue: 'Service desk::Hardware',
    createdAt: '2026-11-20T08:00:00.000Z',
    changedAt: '2026-11-25T09:30:00.000Z',
    unread: true,
  };

  it('accepts a ticket, with or without the unread flag', () => {
    expect(validateRecord(TicketSchema, ticket).success).toBe(true);
    const { unread: _unread, ...withoutFlag } = ticket;
    expect(validateRecord(TicketSchema, withoutFlag).success).toBe(true);
  });

  it('refuses an unknown state type and names it', () => {
    expect(validateRecord(TicketSchema, { ...ticket, stateType: 'merged' }).issues[0]).toMatchObject({ path: 'stateType', code: 'picklist' });
  });
});

describe('LayoutSettings', () => {
  const layout = {
    ...stored,
    logo: { id: 'a1', url: 'data:image/svg+xml,<svg/>', mediaType: 'image/svg+xml', size: 12, width: 120, height: 40 },
    favicon: null,
    defaultAvatar: null,
    primaryColor: '#1f6feb',
    accentColor: 'oklch(70% 0.2 140)',
    customCss: '.hpk-hero { border-radius: 0 }',
    content: { en: { logoAlt: 'Acme' } },
  };

  it('accepts layout settings', () => {
    expect(validateRecord(LayoutSettingsSchema, layout).success).toBe(true);
  });

  it('refuses a colour that could break out of its declaration', () => {
    expect(validateRecord(LayoutSettingsSchema, { ...layout, primaryColor: 'red; background: url(x)' }).issues[0]?.path).toBe('primaryColor');
  });

  it('refuses an asset without a media type', () => {
    expect(validateRecord(LayoutSettingsSchema, { ...layout, logo: { ...layout.logo, mediaType: 'png' } }).issues[0]?.path).toBe('logo.mediaType');
  });

  it('takes the menu pages as distinct slugs, and reads settings stored without them', () => {
    expect(validateRecord(LayoutSettingsSchema, { ...layout, menuPages: ['opening-hours', 'terms'] }).success).toBe(true);
    expect(validateRecord(LayoutSettingsSchema, { ...layout, menuPages: ['terms', 'terms'] }).issues[0]?.message).toBe('A page is in the menu once');
    expect(validateRecord(LayoutSettingsSchema, { ...layout, menuPages: ['Not a slug'] }).issues[0]?.path).toBe('menuPages.0');
    expect(validateRecord(LayoutSettingsSchema, { ...layout, menuPages: Array.from({ length: 13 }, (_, index) => `page-${index}`) }).success).toBe(false);
  });
});

describe('ScriptSettings', () => {
  const settings = {
    ...stored,
    externalScripts: [{ id: 's1', url: 'https://chat.example.com/widget.js', async: true }],
    inlineScripts: [{ id: 'i1', code: 'window.dataLayer = [];' }],
    additionalOrigins: { 'script-src': ['https://chat.example.com'], 'connect-src': ['wss://chat.example.com'] },
  };

  it('accepts settings and keeps only known CSP directives', () => {
    const result = validateRecord(ScriptSettingsSchema, { ...settings, additionalOrigins: { ...settings.additionalOrigins, 'default-src': ['*'] } });
    expect(result.success).toBe(true);
    expect(Object.keys(result.output?.additionalOrigins ?? {})).toEqual(['script-src', 'connect-src']);
  });

  it('has the shape the CSP builder takes', () => {
    expectTypeOf<ScriptSettings['externalScripts'][number]['url']>().toEqualTypeOf<string>();
    expectTypeOf<ScriptSettings['inlineScripts'][number]['code']>().toEqualTypeOf<string>();
    expectTypeOf<ScriptSettings['additionalOrigins']>().toExtend<Partial<Record<CspDirective, string[]>>>();
    expectTypeOf<ScriptSettings['allowUnsafeInline']>().toEqualTypeOf<boolean | undefined>();
  });
});

describe('HomePageConfig', () => {
  const config = {
    ...stored,
    blocks: [
      { id: 'b1', type: 'hero-unit', hidden: false, props: { overlay: 'none' } },
      { id: 'b2', type: 'some-future-block', hidden: true, props: {} },
    ],
  };

  it('checks the envelope and leaves props to the blocks', () => {
    expect(validateRecord(HomePageConfigSchema, config).success).toBe(true);
  });

  it('refuses two blocks with one id', () => {
    const result = validateRecord(HomePageConfigSchema, { ...config, blocks: [config.blocks[0], config.blocks[0]] });
    expect(result.issues[0]).toMatchObject({ path: 'blocks', message: 'Each block needs its own id' });
  });

  it('refuses a block without hidden flag', () => {
    const result = validateRecord(HomePageConfigSchema, { ...config, blocks: [{ id: 'b1', type: 'hero-unit', props: {} }] });
    expect(result.issues[0]?.path).toBe('blocks.0.hidden');
  });
});
