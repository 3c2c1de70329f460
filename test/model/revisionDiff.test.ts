import { describe, expect, it } from 'vitest';
import { validateRecord, type CustomPage, type HomePageConfig } from '../../src/model/index.js';
import { buildRevision, diffRevisionSnapshots, revisionInput, RevisionSchema } from '../../src/model/revision.js';
import { changedPaths, diffSnapshots, flattenSnapshot, richTextToText } from '../../src/model/revisionDiff.js';

const page = (overrides: Partial<CustomPage> = {}): CustomPage => ({
  id: 'page-1',
  version: 1,
  updatedAt: '2026-11-25T10:00:00.000Z',
  internalTitle: 'Opening hours',
  slug: 'opening-hours',
  validity: 'valid',
  content: {
    en: { title: 'Opening hours', body: '<p>Mon–Fri <strong>9–17</strong></p>' },
    de: { title: 'Öffnungszeiten', body: '<p>Mo–Fr 9–17</p>' },
  },
  ...overrides,
});

describe('richTextToText', () => {
  it('keeps the text a reader sees: no markup, entities decoded, blocks separated, white space collapsed', () => {
    expect(richTextToText('<h2>Hours</h2><p>Mon&nbsp;&amp; Tue</p><ul><li>one</li><li>two&#33;</li></ul>')).toBe('Hours Mon & Tue one two!');
  });

  it('drops script and style content and comments, and leaves unknown entities as written', () => {
    expect(richTextToText('<p>a<script>alert(1)</script>b<!-- note --></p><style>p{}</style>&bogus;')).toBe('a b &bogus;');
  });
});

describe('flattenSnapshot', () => {
  it('flattens nested objects to dot paths and marks the language of per-language fields', () => {
    const fields = flattenSnapshot({ validity: 'valid', content: { de: { title: 'Hallo' } } });
    expect(fields.get('validity')).toEqual({ value: 'valid' });
    expect(fields.get('content.de.title')).toEqual({ value: 'Hallo', language: 'de' });
  });

  it('keys arrays of records by id, with their order as one field, and joins arrays of plain values', () => {
    const fields = flattenSnapshot({ blocks: [{ id: 'b', hidden: false }, { id: 'a', hidden: true }], categoryIds: ['x', 'y'] });
    expect(fields.get('blocks.$order')?.value).toBe('b, a');
    expect(fields.get('blocks.a.hidden')?.value).toBe(true);
    expect(fields.get('categoryIds')?.value).toBe('x, y');
  });

  it('walks arrays of objects without ids by index', () => {
    expect(flattenSnapshot({ links: [{ label: 'A' }, { label: 'B' }] }).get('links.1.label')?.value).toBe('B');
  });
});

describe('diffSnapshots', () => {
  const options = { ignore: ['id', 'version', 'updatedAt'], isRichText: (path: readonly string[]) => path[2] === 'body' };

  it('reports nothing for equal snapshots, and leaves the ignored stored keys out', () => {
    expect(diffSnapshots(page(), page({ version: 7, updatedAt: '2026-11-26T10:00:00.000Z' }), options)).toEqual([]);
  });

  it('reports a changed field with both values, its language and its path', () => {
    const after = page({ content: { ...page().content, de: { title: 'Geöffnet', body: '<p>Mo–Fr 9–17</p>' } } });
    expect(diffSnapshots(page(), after, options)).toEqual([
      { path: 'content.de.title', kind: 'changed', before: 'Öffnungszeiten', after: 'Geöffnet', language: 'de' },
    ]);
  });

  it('reports a language added and one removed field by field', () => {
    const after = page({ content: { en: page().content.en!, fr: { title: 'Horaires', body: '<p>Lun–Ven</p>' } } });
    const changes = diffSnapshots(page(), after, options);
    expect(changes).toEqual([
      { path: 'content.fr.title', kind: 'added', after: 'Horaires', language: 'fr' },
      { path: 'content.fr.body', kind: 'added', after: 'Lun–Ven', language: 'fr', richText: true },
      { path: 'content.de.title', kind: 'removed', before: 'Öffnungszeiten', language: 'de' },
      { path: 'content.de.body', kind: 'removed', before: 'Mo–Fr 9–17', language: 'de', richText: true },
    ]);
  });

  it('compares rich text as text: a change of markup alone is no change, a change of words is one, shown without markup', () => {
    const markupOnly = page({ content: { ...page().content, en: { title: 'Opening hours', body: '<p>Mon–Fri <b>9–17</b></p>' } } });
    expect(diffSnapshots(page(), markupOnly, options)).toEqual([]);
    const words = page({ content: { ...page().content, en: { title: 'Opening hours', body: '<p>Mon–Sat <b>9–17</b></p>' } } });
    expect(diffSnapshots(page(), words, options)).toEqual([
      { path: 'content.en.body', kind: 'changed', before: 'Mon–Fri 9–17', after: 'Mon–Sat 9–17', language: 'en', richText: true },
    ]);
  });

  it('treats every field of a first snapshot as added', () => {
    const changes = diffSnapshots(null, { validity: 'valid', slug: 'a' });
    expect(changes.map((change) => [change.path, change.kind])).toEqual([
      ['validity', 'added'],
      ['slug', 'added'],
    ]);
  });

  it('reports a reorder of blocks as a change of their order only, and a block’s own change by its id', () => {
    const before = { blocks: [{ id: 'hero', hidden: false }, { id: 'tickets', hidden: false }] };
    const after = { blocks: [{ id: 'tickets', hidden: true }, { id: 'hero', hidden: false }] };
    expect(diffSnapshots(before, after)).toEqual([
      { path: 'blocks.$order', kind: 'changed', before: 'hero, tickets', after: 'tickets, hero' },
      { path: 'blocks.tickets.hidden', kind: 'changed', before: false, after: true },
    ]);
  });

  it('tells a value that became null from one that was removed', () => {
    expect(diffSnapshots({ image: 'a.png' }, { image: null })).toEqual([{ path: 'image', kind: 'changed', before: 'a.png', after: null }]);
    expect(diffSnapshots({ image: 'a.png' }, {})).toEqual([{ path: 'image', kind: 'removed', before: 'a.png' }]);
  });
});

describe('changedPaths', () => {
  it('lists each changed path once, with a reorder under the array’s own path', () => {
    const changes = diffSnapshots({ blocks: [{ id: 'a' }, { id: 'b' }], title: 'x' }, { blocks: [{ id: 'b' }, { id: 'a' }], title: 'y' });
    expect(changedPaths(changes)).toEqual(['blocks', 'title']);
  });
});

describe('buildRevision', () => {
  it('makes a first save a `create` with no changes, and a later save an `update` listing the changed fields', () => {
    const first = buildRevision({ id: 'r1', recordKind: 'customPage', previous: null, record: page(), author: { id: 'u1', name: 'Ana' } });
    expect(first).toMatchObject({ recordKind: 'customPage', recordId: 'page-1', version: 1, action: 'create', changes: [], author: { id: 'u1', name: 'Ana' } });
    expect(first.savedAt).toBe(page().updatedAt);

    const next = page({ version: 2, validity: 'invalid', updatedAt: '2026-11-26T10:00:00.000Z' });
    const second = buildRevision({ id: 'r2', recordKind: 'customPage', previous: page(), record: next, author: undefined });
    expect(second).toMatchObject({ version: 2, action: 'update', changes: ['validity'], author: null });
    expect(validateRecord(RevisionSchema, second).success).toBe(true);
  });

  it('marks a restore with the revision it came from', () => {
    const restored = buildRevision({
      id: 'r3',
      recordKind: 'customPage',
      previous: page({ version: 2, validity: 'invalid' }),
      record: page({ version: 3 }),
      author: null,
      restoredFrom: { revisionId: 'r1', version: 1 },
    });
    expect(restored).toMatchObject({ action: 'restore', changes: ['validity'], restoredFrom: { revisionId: 'r1', version: 1 } });
  });

  it('keeps the home page’s block changes by block id', () => {
    const config = (title: string): HomePageConfig => ({
      id: 'home-page',
      version: 1,
      updatedAt: '2026-11-25T10:00:00.000Z',
      blocks: [{ id: 'hero', type: 'hero-unit', hidden: false, props: { content: { en: { title } } } }],
    });
    expect(diffRevisionSnapshots('homePage', config('Welcome'), config('Hello'))).toEqual([
      { path: 'blocks.hero.props.content.en.title', kind: 'changed', before: 'Welcome', after: 'Hello', language: 'en' },
    ]);
  });
});

describe('revisionInput', () => {
  it('is the snapshot without the stored keys, a copy the caller may change', () => {
    const revision = buildRevision({ id: 'r1', recordKind: 'customPage', previous: null, record: page(), author: null });
    const input = revisionInput(revision);
    expect(input).not.toHaveProperty('id');
    expect(input).not.toHaveProperty('version');
    expect(input).toMatchObject({ slug: 'opening-hours', content: page().content });
    input.content.en!.title = 'changed';
    expect(revision.snapshot.content.en!.title).toBe('Opening hours');
  });
});

describe('RevisionSchema', () => {
  it('refuses a revision whose snapshot does not match its record kind', () => {
    const revision = buildRevision({ id: 'r1', recordKind: 'customPage', previous: null, record: page(), author: null });
    expect(validateRecord(RevisionSchema, { ...revision, recordKind: 'homePage' }).success).toBe(false);
    expect(validateRecord(RevisionSchema, { ...revision, recordKind: 'ticket' }).success).toBe(false);
  });
});
