import { describe, expect, it } from 'vitest';
import { analyzeCatalog, canMoveCategory, getCategoryVisibility, getItemVisibility } from '../../../src/admin/index.js';
import { makeCategory } from './fixtures.js';

const categories = [
  makeCategory('A', null),
  makeCategory('B', 'A'),
  makeCategory('C', 'B'),
  makeCategory('X', null, { validity: 'invalid' }),
  makeCategory('Y', 'X'),
  makeCategory('Orphan', 'Gone'),
  makeCategory('Loop1', 'Loop2'),
  makeCategory('Loop2', 'Loop1'),
];

describe('canMoveCategory', () => {
  it('refuses to place a category inside itself or any of its descendants', () => {
    expect(canMoveCategory(categories, 'A', 'A')).toBe(false);
    expect(canMoveCategory(categories, 'A', 'B')).toBe(false);
    expect(canMoveCategory(categories, 'A', 'C')).toBe(false);
  });

  it('allows the top level, a sibling branch and an ancestor', () => {
    expect(canMoveCategory(categories, 'C', null)).toBe(true);
    expect(canMoveCategory(categories, 'C', 'A')).toBe(true);
    expect(canMoveCategory(categories, 'B', 'X')).toBe(true);
  });

  it('refuses a parent that does not exist', () => {
    expect(canMoveCategory(categories, 'C', 'Gone')).toBe(false);
  });
});

describe('hidden-in-portal reasons', () => {
  const analysis = analyzeCatalog(categories);

  it('names why a category is not shown', () => {
    expect(getCategoryVisibility(analysis, 'C')).toBe('visible');
    expect(getCategoryVisibility(analysis, 'X')).toBe('invalid');
    expect(getCategoryVisibility(analysis, 'Y')).toBe('parent-invalid');
    expect(getCategoryVisibility(analysis, 'Orphan')).toBe('no-path');
    expect(getCategoryVisibility(analysis, 'Loop1')).toBe('no-path');
  });

  it('names why an item is not shown, and when only some of its categories show it', () => {
    expect(getItemVisibility(analysis, { validity: 'valid', categoryIds: ['C'] })).toBe('visible');
    expect(getItemVisibility(analysis, { validity: 'invalid-temporarily', categoryIds: ['C'] })).toBe('invalid');
    expect(getItemVisibility(analysis, { validity: 'valid', categoryIds: [] })).toBe('no-category');
    expect(getItemVisibility(analysis, { validity: 'valid', categoryIds: ['Y', 'Orphan'] })).toBe('categories-hidden');
    expect(getItemVisibility(analysis, { validity: 'valid', categoryIds: ['C', 'Y'] })).toBe('partly');
  });
});
