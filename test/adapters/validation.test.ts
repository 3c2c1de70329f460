import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import {
  createMemoryAdapters,
  isAdapterError,
  NotFoundError,
  validateAdapters,
  ValidationError,
  type PortalAdapters,
  type TicketAdapter,
} from '../../src/adapters/index.js';
import type { CustomPage, Ticket } from '../../src/model/index.js';

const ticket = (id: string, extra: Partial<Record<keyof Ticket | 'secret', unknown>> = {}) => ({
  id,
  version: 1,
  number: `2026${id}`,
  title: `Ticket ${id}`,
  state: 'open',
  stateType: 'open',
  priority: '3 normal',
  queue: 'Service desk',
  createdAt: '2026-11-01T08:00:00.000Z',
  changedAt: '2026-11-02T08:00:00.000Z',
  ...extra,
});

/** A host ticket adapter that answers whatever the test says. */
const ticketsReturning = (list: unknown, one: unknown = ticket('1')) =>
  ({ list: async () => list, get: async () => one }) as unknown as TicketAdapter;

describe('validateAdapters (the library’s boundary)', () => {
  let warn: ReturnType<typeof vi.fn<(message: string) => void>>;
  beforeEach(() => {
    warn = vi.fn<(message: string) => void>();
  });

  const wrap = (adapters: PortalAdapters) => validateAdapters(adapters, { warn });

  it('passes well-formed data through unchanged', async () => {
    const adapters = wrap({ tickets: ticketsReturning({ data: [ticket('1'), ticket('2')], total: 2 }) });
    expect(await adapters.tickets!.list({})).toEqual({ data: [ticket('1'), ticket('2')], total: 2 });
    expect(warn).not.toHaveBeenCalled();
  });

  it('turns the wrong shape into a validation error and says so in the console', async () => {
    const adapters = wrap({ tickets: ticketsReturning([ticket('1')]) });
    const error = await adapters.tickets!.list({}).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ValidationError);
    expect(error).toMatchObject({ kind: 'validation', origin: 'response' });
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('tickets.list returned a malformed ticket'));
  });

  it('names the field and the record of a malformed record in the warning', async () => {
    const page = { ...createMemoryPage(), content: { en: { title: 'Hours', body: '' }, de: { title: 42, body: '' } } };
    const adapters = wrap({ customPages: { getBySlug: async () => page } as never });
    const error = (await adapters.customPages!.getBySlug({ slug: 'opening-hours' }).catch((caught: unknown) => caught)) as ValidationError;
    expect(error.issues).toEqual([expect.objectContaining({ path: 'content.de.title' })]);
    expect(warn).toHaveBeenCalledWith(expect.stringMatching(/customPages\.getBySlug returned a malformed custom page "opening-hours" \(id p1\): content\.de\.title: /));
  });

  it('accepts a record that lacks the customer’s language (the portal falls back), but not one without any language', async () => {
    const adapters = wrap({ customPages: { getBySlug: async () => ({ ...createMemoryPage(), content: { fr: { title: 'Horaires', body: '' } } }) } as never });
    await expect(adapters.customPages!.getBySlug({ slug: 'opening-hours' })).resolves.toMatchObject({ content: { fr: { title: 'Horaires' } } });
    const empty = wrap({ customPages: { getBySlug: async () => ({ ...createMemoryPage(), content: {} }) } as never });
    await expect(empty.customPages!.getBySlug({ slug: 'opening-hours' })).rejects.toMatchObject({ kind: 'validation', issues: [expect.objectContaining({ path: 'content' })] });
  });

  it('refuses an unknown validity, naming the record in the list', async () => {
    const page = { ...createMemoryPage(), validity: 'archived' };
    const adapters = wrap({ customPages: { list: async () => ({ data: [createMemoryPage('p0'), page], total: 2 }) } as never });
    await expect(adapters.customPages!.list({})).rejects.toMatchObject({ kind: 'validation', issues: [expect.objectContaining({ path: 'data.1.validity' })] });
  });

  it('keeps the first of two records with the same id and warns (documented normalization)', async () => {
    const adapters = wrap({ tickets: ticketsReturning({ data: [ticket('1'), ticket('2'), ticket('1', { title: 'Copy' })], total: 3 }) });
    const result = await adapters.tickets!.list({});
    expect(result.data.map((record) => record.title)).toEqual(['Ticket 1', 'Ticket 2']);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('ticket with id 1 twice'));
  });

  it('refuses a negative or fractional total', async () => {
    for (const total of [-1, 2.5, '3', null]) {
      const adapters = wrap({ tickets: ticketsReturning({ data: [ticket('1')], total }) });
      await expect(adapters.tickets!.list({})).rejects.toMatchObject({ kind: 'validation', issues: [expect.objectContaining({ path: 'total' })] });
    }
  });

  it('raises a total smaller than the records already seen (documented normalization)', async () => {
    const adapters = wrap({ tickets: ticketsReturning({ data: [ticket('3'), ticket('4')], total: 1 }) });
    expect((await adapters.tickets!.list({ page: 2, perPage: 2 })).total).toBe(4);
    expect(warn).toHaveBeenCalledWith(expect.stringContaining('reported total 1'));
  });

  it('drops unknown fields of a record', async () => {
    const adapters = wrap({ tickets: ticketsReturning({ data: [], total: 0 }, ticket('1', { secret: 'x' })) });
    expect(await adapters.tickets!.get({ id: '1' })).not.toHaveProperty('secret');
  });

  it('checks a write’s data before the host adapter sees it', async () => {
    const create = vi.fn();
    const adapters = wrap({ customPages: { create } as never });
    const { id: _id, version: _version, updatedAt: _updatedAt, ...input } = createMemoryPage();
    await expect(adapters.customPages!.create({ data: { ...input, slug: 'Bad Slug' } })).rejects.toMatchObject({ kind: 'validation', origin: 'input', fieldErrors: { slug: [expect.stringContaining('lowercase')] } });
    expect(create).not.toHaveBeenCalled();
  });

  it('passes adapter errors and aborts through, and turns anything else into `unavailable`', async () => {
    const abort = new DOMException('aborted', 'AbortError');
    const failing = (error: unknown) => wrap({ tickets: { list: async () => Promise.reject(error), get: async () => Promise.reject(error) } });
    await expect(failing(new NotFoundError('ticket', '9')).tickets!.get({ id: '9' })).rejects.toBeInstanceOf(NotFoundError);
    await expect(failing(abort).tickets!.list({})).rejects.toBe(abort);
    const wrapped = await failing(new TypeError('Failed to fetch')).tickets!.list({}).catch((caught: unknown) => caught);
    expect(isAdapterError(wrapped)).toBe(true);
    expect(wrapped).toMatchObject({ kind: 'unavailable', message: 'tickets.list failed: Failed to fetch', cause: expect.any(TypeError) });
  });

  it('reports a method the host did not implement as `unavailable`', async () => {
    const adapters = wrap({ tickets: {} as TicketAdapter });
    await expect(adapters.tickets!.list({})).rejects.toMatchObject({ kind: 'unavailable', message: expect.stringContaining('not implemented') });
  });

  it('keeps subscribe and persistence of the wrapped adapters', () => {
    const memory = createMemoryAdapters({ seed: null });
    expect(validateAdapters(memory).subscribe).toBe(memory.subscribe);
  });

  it('warns on the console by default', async () => {
    const spy = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    await validateAdapters({ tickets: ticketsReturning(null) }).tickets!.list({}).catch(() => undefined);
    expect(spy).toHaveBeenCalledWith(expect.stringContaining('[helpdesk-portal-kit] tickets.list'));
    spy.mockRestore();
  });
});

describe('a memory store seeded with malformed records, behind the boundary', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('shows the malformed page as a validation error instead of crashing', async () => {
    vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const broken = { ...createMemoryPage(), validity: 'maybe' } as unknown as CustomPage;
    const adapters = validateAdapters(createMemoryAdapters({ seed: { customPages: [broken] } }));
    await expect(adapters.customPages!.getBySlug({ slug: 'opening-hours' })).rejects.toMatchObject({ kind: 'validation', issues: [expect.objectContaining({ path: 'validity' })] });
  });
});

function createMemoryPage(id = 'p1') {
  return {
    id,
    version: 1,
    updatedAt: '2026-11-25T18:10:00.000Z',
    internalTitle: 'Opening hours',
    slug: id === 'p1' ? 'opening-hours' : `page-${id}`,
    validity: 'valid' as const,
    content: { en: { title: 'Opening hours', body: '<p>9–5</p>' } },
  };
}
