import { describe, expect, it } from 'vitest';
import {
  AdapterError,
  ConflictError,
  createAdapterError,
  isAbortError,
  isAdapterError,
  NotFoundError,
  toAdapterError,
  UnauthorizedError,
  UnavailableError,
  ValidationError,
} from '../../src/adapters/index.js';

describe('adapter errors', () => {
  it('are all AdapterErrors with a kind and their class name', () => {
    const errors = [new NotFoundError('ticket', '7'), new ConflictError({ version: 3 }), new ValidationError([]), new UnauthorizedError(), new UnavailableError()];
    expect(errors.map((error) => error.kind)).toEqual(['not_found', 'conflict', 'validation', 'unauthorized', 'unavailable']);
    expect(errors.every((error) => error instanceof AdapterError && error instanceof Error && isAdapterError(error))).toBe(true);
    expect(errors.map((error) => error.name)).toEqual(['NotFoundError', 'ConflictError', 'ValidationError', 'UnauthorizedError', 'UnavailableError']);
    expect(errors[0]?.message).toBe('No ticket "7" found');
  });

  it('recognises an adapter error from another copy of the library by its registered brand', () => {
    const foreign = Object.assign(new Error('x'), { kind: 'conflict', [Symbol.for('helpdesk-portal-kit.AdapterError')]: true });
    expect(isAdapterError(foreign)).toBe(true);
    expect(isAdapterError(Object.assign(new Error('x'), { kind: 'conflict' }))).toBe(false);
  });

  it('groups validation messages by field for edit forms', () => {
    const error = new ValidationError([
      { path: 'content.de.title', code: 'max_length', message: 'Too long' },
      { path: 'content.de.title', code: 'regex', message: 'Bad characters' },
      { path: 'slug', code: 'duplicate', message: 'Taken' },
    ]);
    expect(error.fieldErrors).toEqual({ 'content.de.title': ['Too long', 'Bad characters'], slug: ['Taken'] });
    expect(error.message).toBe('content.de.title: Too long; content.de.title: Bad characters; slug: Taken');
    expect(error.origin).toBe('input');
  });

  it('carries the current record on a conflict and retryAfter when unavailable', () => {
    expect(new ConflictError({ id: 'a', version: 4 }).current).toEqual({ id: 'a', version: 4 });
    expect(new UnavailableError('Slow down', { retryAfter: 30 }).retryAfter).toBe(30);
    expect(createAdapterError('unavailable', { retryAfter: 5 })).toMatchObject({ kind: 'unavailable', retryAfter: 5 });
  });

  it('tells aborts apart from errors', () => {
    expect(isAbortError(new DOMException('x', 'AbortError'))).toBe(true);
    expect(isAbortError(new UnavailableError())).toBe(false);
  });

  it('turns unknown rejections into `unavailable` with the cause kept', () => {
    const cause = new TypeError('Failed to fetch');
    expect(toAdapterError(cause)).toMatchObject({ kind: 'unavailable', message: 'Failed to fetch', cause });
    const notFound = new NotFoundError('page');
    expect(toAdapterError(notFound)).toBe(notFound);
  });
});
