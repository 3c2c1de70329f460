import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { createBlock, HomePageBlocksSchema, validateHomePageBlocks } from '../../src/blocks/registry.js';
import {
  AudienceSchema,
  CatalogItemInputSchema,
  CustomPageInputSchema,
  HomePageConfigInputSchema,
  isForViewer,
  MAX_AUDIENCE_GROUPS,
  validateRecord,
  viewerOf,
  type Audience,
  type Viewer,
} from '../../src/model/index.js';

const anonymous: Viewer = null;
const noGroups: Viewer = { groups: [] };
const acme: Viewer = { groups: ['acme', 'gold'] };

describe('isForViewer', () => {
  it('shows a record without an audience to everyone', () => {
    for (const viewer of [anonymous, noGroups, acme]) expect(isForViewer({}, viewer)).toBe(true);
  });

  it('shows an anonymous-only record to visitors who are not signed in, and to nobody else', () => {
    const record = { audience: { kind: 'anonymous' } satisfies Audience };
    expect([anonymous, noGroups, acme].map((viewer) => isForViewer(record, viewer))).toEqual([true, false, false]);
  });

  it('shows a signed-in record to every signed-in customer, groups or not', () => {
    const record = { audience: { kind: 'signed-in' } satisfies Audience };
    expect([anonymous, noGroups, acme].map((viewer) => isForViewer(record, viewer))).toEqual([false, true, true]);
  });

  it('shows a group record to signed-in customers in at least one of its groups', () => {
    const record = { audience: { kind: 'groups', groups: ['gold', 'platinum'] } satisfies Audience };
    expect([anonymous, noGroups, acme, { groups: ['silver'] }].map((viewer) => isForViewer(record, viewer))).toEqual([false, false, true, false]);
  });

  it('compares group ids exactly (no case folding, no prefixes)', () => {
    const record = { audience: { kind: 'groups', groups: ['Gold'] } satisfies Audience };
    expect(isForViewer(record, { groups: ['gold'] })).toBe(false);
    expect(isForViewer(record, { groups: ['Gold-plus'] })).toBe(false);
  });
});

describe('viewerOf', () => {
  it('is null without a customer and the customer’s groups (or none) otherwise', () => {
    expect(viewerOf(null)).toBeNull();
    expect(viewerOf(undefined)).toBeNull();
    expect(viewerOf({})).toEqual({ groups: [] });
    expect(viewerOf({ groups: ['acme'] })).toEqual({ groups: ['acme'] });
  });
});

describe('AudienceSchema', () => {
  const messages = (input: unknown) => validateRecord(AudienceSchema, input);

  it('accepts the three kinds', () => {
    for (const audience of [{ kind: 'anonymous' }, { kind: 'signed-in' }, { kind: 'groups', groups: ['acme'] }]) {
      expect(messages(audience).success).toBe(true);
    }
  });

  it('refuses an empty, repeated, over-long or unknown group list with a clear message', () => {
    const issuesOf = (input: unknown) => {
      const result = messages(input);
      return result.success ? [] : result.issues.map((issue) => issue.message);
    };
    expect(issuesOf({ kind: 'groups', groups: [] })).toContain('Choose at least one group');
    expect(issuesOf({ kind: 'groups', groups: ['a', 'a'] })).toContain('A group is listed twice');
    const tooMany = Array.from({ length: MAX_AUDIENCE_GROUPS + 1 }, (_, index) => `group-${index}`);
    expect(issuesOf({ kind: 'groups', groups: tooMany })).toContain(`Choose at most ${MAX_AUDIENCE_GROUPS} groups`);
    expect(issuesOf({ kind: 'groups', groups: ['line\nbreak'] })).toContain('A group id must not contain control characters');
    expect(messages({ kind: 'everyone' }).success).toBe(false);
  });
});

describe('records with an audience', () => {
  const page = {
    internalTitle: 'Gold support',
    slug: 'gold-support',
    validity: 'valid',
    content: { en: { title: 'Gold support', body: '<p>Call us.</p>' } },
  };

  it('keep stored records without an audience readable and carry an audience when given', () => {
    expect(validateRecord(CustomPageInputSchema, page).success).toBe(true);
    const limited = validateRecord(CustomPageInputSchema, { ...page, audience: { kind: 'groups', groups: ['gold'] } });
    expect(limited.success && limited.output.audience).toEqual({ kind: 'groups', groups: ['gold'] });
  });

  it('report a bad audience on the audience field of a page, an item and a block', () => {
    const bad = { kind: 'groups', groups: [] };
    const pageResult = validateRecord(CustomPageInputSchema, { ...page, audience: bad });
    expect(pageResult.success ? [] : pageResult.issues.map((issue) => issue.path)).toContain('audience.groups');

    const item = {
      internalTitle: 'Laptop',
      validity: 'valid',
      categoryIds: ['hardware'],
      image: null,
      order: 0,
      content: { en: { title: 'Laptop', description: '', links: [] } },
      audience: bad,
    };
    const itemResult = validateRecord(CatalogItemInputSchema, item);
    expect(itemResult.success ? [] : itemResult.issues.map((issue) => issue.path)).toContain('audience.groups');

    const config = { blocks: [{ id: 'b1', type: 'hero-unit', hidden: false, props: {}, audience: bad }] };
    const configResult = validateRecord(HomePageConfigInputSchema, config);
    expect(configResult.success ? [] : configResult.issues.map((issue) => issue.path)).toContain('blocks.0.audience.groups');
  });

  it('keep a block’s audience through the typed block schemas', () => {
    const hero = createBlock('hero-unit', 'hero');
    const blocks = v.parse(HomePageBlocksSchema, [{ ...hero, audience: { kind: 'signed-in' } }]);
    expect(blocks.map((block) => block.audience)).toEqual([{ kind: 'signed-in' }]);
    expect(validateHomePageBlocks([{ ...hero, audience: { kind: 'groups', groups: ['x', 'x'] } }]).map((issue) => issue.path)).toContain('blocks.0.audience.groups');
  });
});
