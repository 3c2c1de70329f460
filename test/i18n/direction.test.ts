import { describe, expect, it } from 'vitest';
import { getDirection } from '../../src/i18n/direction.js';

describe('getDirection', () => {
  it.each([
    ['ar', 'rtl'],
    ['ar-EG', 'rtl'],
    ['he', 'rtl'],
    ['fa-IR', 'rtl'],
    ['en', 'ltr'],
    ['de-CH', 'ltr'],
    ['pt-BR', 'ltr'],
    ['ja', 'ltr'],
    ['not a tag!', 'ltr'],
  ])('%s is %s', (language, direction) => {
    expect(getDirection(language)).toBe(direction);
  });
});
