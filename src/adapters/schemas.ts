import * as v from 'valibot';

/** Schema of a {@link SearchResult}. */
export const SearchResultSchema = v.object({
  id: v.pipe(v.string(), v.minLength(1)),
  type: v.picklist(['custom-page', 'catalog-item', 'catalog-category', 'external']),
  title: v.pipe(v.string(), v.maxLength(500)),
  href: v.pipe(v.string(), v.minLength(1), v.maxLength(2048)),
  excerpt: v.optional(v.pipe(v.string(), v.maxLength(2000))),
  language: v.optional(v.string()),
});
