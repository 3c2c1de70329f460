import { describe, expect, expectTypeOf, it } from 'vitest';
import {
  blockDefinitions,
  createBlock,
  createDefaultHomePageBlocks,
  getBlockDefinition,
  HomePageBlockSchema,
  parseHomePageBlocks,
  validateHomePageBlocks,
  type BlockPropsOf,
  type HomePageBlock,
} from '../../src/blocks/registry.js';
import { validateRecord, type BlockEntry } from '../../src/model/index.js';

const card = (id: string) => ({ id, readMoreHref: '/page/faq', content: { en: { title: 'FAQ', text: 'Answers' } } });

describe('home page blocks', () => {
  it('registers the five block types in the default order', () => {
    expect(blockDefinitions.map((definition) => definition.type)).toEqual(['hero-unit', 'ticket-list', 'image-teasers', 'link-lists', 'content-cards']);
  });

  it('creates a default page whose every block passes its own schema', () => {
    const blocks = createDefaultHomePageBlocks();
    expect(blocks).toHaveLength(5);
    expect(validateHomePageBlocks(blocks)).toEqual([]);
    expect(new Set(blocks.map((block) => block.id)).size).toBe(5);
  });

  it('gives each new block fresh default props', () => {
    const a = createBlock('link-lists');
    const b = createBlock('link-lists');
    expect(a.props).not.toBe(b.props);
    expect(a.props.lists[0]?.id).not.toBe(b.props.lists[0]?.id);
  });

  it('types blocks as a union discriminated by type', () => {
    const block = createBlock('hero-unit') as HomePageBlock;
    if (block.type === 'hero-unit') expectTypeOf(block.props.overlay).toEqualTypeOf<'none' | 'dark-scrim' | 'light-scrim' | 'gradient'>();
    expectTypeOf<BlockPropsOf<'content-cards'>['cards'][number]['id']>().toEqualTypeOf<string>();
  });

  it('offers the four hero overlays and refuses others', () => {
    for (const overlay of ['none', 'dark-scrim', 'light-scrim', 'gradient']) {
      expect(validateRecord(HomePageBlockSchema, { ...createBlock('hero-unit', 'h'), props: { image: null, overlay, content: {} } }).success).toBe(true);
    }
    expect(validateRecord(HomePageBlockSchema, { id: 'h', type: 'hero-unit', hidden: false, props: { image: null, overlay: 'blur', content: {} } }).issues[0]?.path).toBe('props.overlay');
  });

  it('refuses a fourth content card', () => {
    const block = { id: 'c', type: 'content-cards', hidden: false, props: { cards: [card('1'), card('2'), card('3'), card('4')] } };
    expect(validateHomePageBlocks([block])).toEqual([expect.objectContaining({ path: 'blocks.0.props.cards', message: 'At most three content cards' })]);
  });

  it('accepts manual and search-driven link lists, and refuses a search without query', () => {
    const lists = (source: unknown) => ({ id: 'l', type: 'link-lists', hidden: false, props: { lists: [{ id: 'x', content: {}, source }] } });
    expect(validateHomePageBlocks([lists({ type: 'manual', links: [{ id: 'a', href: '/page/faq', content: { en: { label: 'FAQ' } } }] })])).toEqual([]);
    expect(validateHomePageBlocks([lists({ type: 'search', query: 'vpn', maxCount: 5 })])).toEqual([]);
    expect(validateHomePageBlocks([lists({ type: 'search', query: ' ', maxCount: 5 })])[0]?.path).toBe('blocks.0.props.lists.0.source.query');
  });

  it('refuses a second hero unit', () => {
    expect(validateHomePageBlocks([createBlock('hero-unit'), createBlock('hero-unit')])[0]?.message).toMatch(/at most once/);
  });

  it('keeps the good blocks and reports unknown types and malformed props', () => {
    const entries: BlockEntry[] = [
      { id: 'a', type: 'hero-unit', hidden: false, props: { image: null, overlay: 'none', content: { en: { title: 'Welcome' } } } },
      { id: 'b', type: 'weather-widget', hidden: false, props: {} },
      { id: 'c', type: 'ticket-list', hidden: true, props: { maxCount: 0, selection: 'recent', content: {} } },
      { id: 'd', type: 'content-cards', hidden: false, props: { cards: [card('1')] } },
    ];
    const { blocks, problems } = parseHomePageBlocks(entries);
    expect(blocks.map((block) => block.id)).toEqual(['a', 'd']);
    expect(problems).toEqual([
      expect.objectContaining({ index: 1, reason: 'unknown-type' }),
      expect.objectContaining({ index: 2, reason: 'invalid-props', issues: [expect.objectContaining({ path: 'props.maxCount' })] }),
    ]);
  });

  it('does not mistake inherited names for block types', () => {
    expect(getBlockDefinition('constructor')).toBeUndefined();
    expect(getBlockDefinition('toString')).toBeUndefined();
    expect(getBlockDefinition('ticket-list')?.type).toBe('ticket-list');
  });
});
