import * as v from 'valibot';
import { describe, expect, it } from 'vitest';
import { HomePageBlocksSchema, validateHomePageBlocks } from '../../src/blocks/registry.js';
import { createCatalogModel } from '../../src/catalog/model.js';
import {
  CatalogItemInputSchema,
  CustomPageInputSchema,
  CustomPageSchema,
  getScheduleState,
  HomePageConfigInputSchema,
  isShownAt,
  isWithinWindow,
  validateRecord,
  type CatalogCategory,
  type CatalogItem,
} from '../../src/model/index.js';

const FROM = '2026-03-29T01:00:00.000Z';
const UNTIL = '2026-04-01T00:00:00.000Z';
const window = { visibleFrom: FROM, visibleUntil: UNTIL };
const at = (iso: string) => new Date(iso);

describe('isWithinWindow', () => {
  it('includes the start and excludes the end, to the millisecond', () => {
    expect(isWithinWindow(window, at('2026-03-29T00:59:59.999Z'))).toBe(false);
    expect(isWithinWindow(window, at(FROM))).toBe(true);
    expect(isWithinWindow(window, at('2026-03-31T23:59:59.999Z'))).toBe(true);
    expect(isWithinWindow(window, at(UNTIL))).toBe(false);
  });

  it('treats a missing end as open and a record without a window as always inside', () => {
    expect(isWithinWindow({ visibleFrom: FROM }, at('2099-01-01T00:00:00Z'))).toBe(true);
    expect(isWithinWindow({ visibleUntil: UNTIL }, at('1999-01-01T00:00:00Z'))).toBe(true);
    expect(isWithinWindow({}, at('2026-01-01T00:00:00Z'))).toBe(true);
  });

  it('compares instants, not texts: the same instant with or without milliseconds', () => {
    expect(isWithinWindow({ visibleFrom: '2026-03-29T01:00:00Z' }, at(FROM))).toBe(true);
    expect(isWithinWindow({ visibleUntil: '2026-03-29T01:00Z' }, at(FROM))).toBe(false);
  });
});

describe('getScheduleState and isShownAt', () => {
  it('says scheduled before the window, live inside, expired after, unscheduled without one', () => {
    expect(getScheduleState(window, at('2026-03-01T00:00:00Z'))).toBe('scheduled');
    expect(getScheduleState(window, at(FROM))).toBe('live');
    expect(getScheduleState(window, at(UNTIL))).toBe('expired');
    expect(getScheduleState({}, at(FROM))).toBe('unscheduled');
  });

  it('shows a record only while it is valid and inside its window', () => {
    expect(isShownAt({ validity: 'valid', ...window }, at(FROM))).toBe(true);
    expect(isShownAt({ validity: 'invalid-temporarily', ...window }, at(FROM))).toBe(false);
    expect(isShownAt({ validity: 'valid', ...window }, at(UNTIL))).toBe(false);
  });
});

const page = {
  internalTitle: 'Maintenance',
  slug: 'maintenance',
  validity: 'valid' as const,
  content: { en: { title: 'Maintenance', body: '<p>Down on Sunday</p>' } },
};

describe('window fields in the schemas', () => {
  it('keeps reading records stored without a window', () => {
    const stored = { ...page, id: 'p1', version: 1, updatedAt: '2026-01-01T00:00:00.000Z' };
    expect(validateRecord(CustomPageSchema, stored)).toMatchObject({ success: true, output: stored });
  });

  it('keeps a window through the input schema', () => {
    expect(v.parse(CustomPageInputSchema, { ...page, ...window })).toMatchObject(window);
  });

  it('refuses an end that is not after the start, on visibleUntil', () => {
    for (const schema of [CustomPageInputSchema, CatalogItemInputSchema]) {
      const result = validateRecord(schema, { ...page, categoryIds: ['c'], image: null, order: 0, content: { en: { title: 'x', text: '', links: [] } }, visibleFrom: UNTIL, visibleUntil: UNTIL });
      expect(result.success).toBe(false);
      if (!result.success) expect(result.issues.map((issue) => issue.path)).toContain('visibleUntil');
    }
  });

  it('accepts UTC timestamps only', () => {
    const result = validateRecord(CustomPageInputSchema, { ...page, visibleFrom: '2026-03-29T03:00:00+02:00' });
    expect(result.success).toBe(false);
    if (!result.success) expect(result.issues[0]?.path).toBe('visibleFrom');
  });

  it('checks the order of block and teaser windows, with paths to the field', () => {
    const blocks = [
      { id: 'b1', type: 'image-teasers', hidden: false, props: { teasers: [] }, visibleFrom: UNTIL, visibleUntil: FROM },
      { id: 'b2', type: 'image-teasers', hidden: false, props: { teasers: [{ id: 't1', image: null, content: { en: { title: 'T' } }, visibleFrom: UNTIL, visibleUntil: FROM }] } },
    ];
    const paths = validateHomePageBlocks(blocks).map((issue) => issue.path);
    expect(paths).toContain('blocks.0.visibleUntil');
    expect(paths).toContain('blocks.1.props.teasers.0.visibleUntil');
    expect(v.safeParse(HomePageBlocksSchema, blocks).success).toBe(false);
    expect(v.safeParse(HomePageConfigInputSchema, { blocks: [blocks[0]] }).success).toBe(false);
  });
});

describe('the catalog model', () => {
  const category: CatalogCategory = { id: 'c', version: 1, updatedAt: FROM, internalTitle: 'C', validity: 'valid', parentId: null, order: 0, content: { en: { name: 'C' } } };
  const item = (id: string, extra: Partial<CatalogItem> = {}): CatalogItem => ({
    id,
    version: 1,
    updatedAt: FROM,
    internalTitle: id,
    validity: 'valid',
    categoryIds: ['c'],
    image: null,
    order: 0,
    content: { en: { title: id, text: '', links: [] } },
    ...extra,
  });

  it('leaves out items outside their window at the given instant and counts only the shown ones', () => {
    const items = [item('always'), item('soon', { visibleFrom: UNTIL }), item('gone', { visibleUntil: FROM })];
    const before = createCatalogModel([category], items, at('2026-03-30T00:00:00Z'));
    expect(before.items.map((entry) => entry.id)).toEqual(['always']);
    expect(before.itemCountOfCategory.get('c')).toBe(1);
    const later = createCatalogModel([category], items, at(UNTIL));
    expect(later.items.map((entry) => entry.id).sort()).toEqual(['always', 'soon']);
    expect(later.itemsById.has('gone')).toBe(false);
  });
});
