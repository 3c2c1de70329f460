import { describe, expect, it } from 'vitest';
import { createDemoSeed, createLargeSeed } from '../../src/adapters/index.js';
import { parseHomePageBlocks } from '../../src/blocks/registry.js';
import { toSafeItemImageSrc } from '../../src/portal/CatalogBrowser/CatalogItemDetail.js';
import {
  buildCatalogTree,
  CatalogCategorySchema,
  CatalogItemSchema,
  CustomPageSchema,
  findIncompleteLanguages,
  HomePageConfigSchema,
  LayoutSettingsSchema,
  ScriptSettingsSchema,
  TICKET_STATE_TYPES,
  TicketSchema,
  validateRecord,
} from '../../src/model/index.js';

const now = new Date('2026-11-25T12:00:00.000Z');

describe('the demo seed', () => {
  const seed = createDemoSeed({ now });

  it('holds only records that pass the model’s schemas', () => {
    const failures = [
      ...(seed.customPages ?? []).map((record) => validateRecord(CustomPageSchema, record)),
      ...(seed.catalogCategories ?? []).map((record) => validateRecord(CatalogCategorySchema, record)),
      ...(seed.catalogItems ?? []).map((record) => validateRecord(CatalogItemSchema, record)),
      ...(seed.tickets ?? []).map((record) => validateRecord(TicketSchema, record)),
      validateRecord(HomePageConfigSchema, seed.homePage),
      validateRecord(LayoutSettingsSchema, seed.layout),
      validateRecord(ScriptSettingsSchema, seed.scriptSettings),
    ].filter((result) => !result.success);
    expect(failures.flatMap((result) => result.issues)).toEqual([]);
  });

  it('has a home page with every block type, each passing its block schema', () => {
    const { blocks, problems } = parseHomePageBlocks(seed.homePage?.blocks ?? []);
    expect(problems).toEqual([]);
    // The last block (content cards) is for signed-in customers only.
    expect(blocks.map((block) => block.type)).toEqual(['hero-unit', 'ticket-list', 'image-teasers', 'link-lists', 'content-cards', 'content-cards']);
    const linkLists = blocks.find((block) => block.type === 'link-lists');
    expect(linkLists?.type === 'link-lists' && linkLists.props.lists.map((list) => list.source.type)).toEqual(['manual', 'search']);
  });

  it('has at least four custom pages, one invalid and one temporarily invalid, in four languages', () => {
    const pages = seed.customPages ?? [];
    expect(pages.length).toBeGreaterThanOrEqual(4);
    expect(pages.filter((page) => page.validity === 'invalid')).toHaveLength(1);
    expect(pages.filter((page) => page.validity === 'invalid-temporarily')).toHaveLength(1);
    const fourLanguages = pages.filter((page) => ['en', 'de', 'fr', 'ar'].every((language) => page.content[language]));
    expect(fourLanguages.length).toBeGreaterThanOrEqual(4);
    // One page lacks French and Arabic, to show the fallback.
    expect(pages.find((page) => page.slug === 'terms-of-use') && findIncompleteLanguages(pages.find((page) => page.slug === 'terms-of-use')!.content, { languages: ['en', 'de', 'fr', 'ar'] })).toEqual(['fr', 'ar']);
  });

  it('has a catalog of at least 6 categories three levels deep and 40 items, some shared, some invalid, some unreachable', () => {
    const categories = seed.catalogCategories ?? [];
    const items = seed.catalogItems ?? [];
    const tree = buildCatalogTree(categories);
    expect(categories.length).toBeGreaterThanOrEqual(6);
    expect(Math.max(...[...tree.nodes.values()].map((node) => node.depth))).toBe(2);
    expect(items).toHaveLength(40);
    expect(items.filter((item) => item.categoryIds.length > 1).length).toBeGreaterThanOrEqual(5);
    expect(items.filter((item) => item.validity !== 'valid').length).toBeGreaterThanOrEqual(3);
    expect(items.filter((item) => item.validity === 'valid' && !item.categoryIds.some((id) => tree.nodes.has(id))).map((item) => item.id)).toEqual(['item-desk-booking']);
  });

  it('has 60 tickets of every state type, with unique ids and numbers, none in the future', () => {
    const tickets = seed.tickets ?? [];
    expect(tickets).toHaveLength(60);
    expect(new Set(tickets.map((ticket) => ticket.stateType))).toEqual(new Set(TICKET_STATE_TYPES));
    expect(new Set(tickets.map((ticket) => ticket.id)).size).toBe(60);
    expect(new Set(tickets.map((ticket) => ticket.number)).size).toBe(60);
    expect(tickets.every((ticket) => Date.parse(ticket.changedAt) <= now.getTime() && Date.parse(ticket.createdAt) <= Date.parse(ticket.changedAt))).toBe(true);
  });

  it('ships small images as base64 data URLs, never absolute paths', () => {
    const assets = seed.assets ?? [];
    expect(assets.length).toBeGreaterThanOrEqual(6);
    for (const asset of assets) {
      expect(asset.url.startsWith('data:image/svg+xml;base64,')).toBe(true);
      expect(atob(asset.url.slice(asset.url.indexOf(',') + 1))).toMatch(/^<svg /);
      expect(asset.size).toBeLessThan(2048);
    }
    expect(seed.layout?.logo?.url).toMatch(/^data:/);
  });

  it('gives catalog items pictures the catalog is allowed to show', () => {
    const pictured = (seed.catalogItems ?? []).filter((item) => item.image);
    expect(pictured.length).toBeGreaterThan(0);
    expect(pictured.filter((item) => toSafeItemImageSrc(item.image?.url ?? '') === undefined).map((item) => item.id)).toEqual([]);
  });

  it('is the same on every run for the same moment', () => {
    expect(createDemoSeed({ now })).toEqual(seed);
  });
});

describe('the large seed', () => {
  it('generates 10,000 catalog items and 5,000 tickets by default, all well-formed, deterministically', () => {
    const large = createLargeSeed({ now, seed: 7 });
    const items = large.catalogItems ?? [];
    expect(items.length).toBe(10_000 + 40);
    expect(large.tickets).toHaveLength(5_000);
    expect(new Set(items.map((item) => item.id)).size).toBe(items.length);
    expect(new Set((large.tickets ?? []).map((ticket) => ticket.number)).size).toBe(5_000);
    const sample = [...items.slice(0, 50), ...items.slice(-50), ...(large.tickets ?? []).slice(0, 50)];
    expect(sample.filter((record) => !validateRecord('stateType' in record ? TicketSchema : CatalogItemSchema, record).success)).toEqual([]);
    const tree = buildCatalogTree(large.catalogCategories ?? []);
    expect(items.filter((item) => item.categoryIds.some((id) => !tree.nodes.has(id) && id.startsWith('gen-')))).toEqual([]);
    expect(createLargeSeed({ now, seed: 7, catalogItems: 5, tickets: 5 }).catalogItems?.slice(-5)).toEqual(items.slice(40, 45));
  });
});
