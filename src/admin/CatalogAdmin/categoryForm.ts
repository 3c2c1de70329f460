import * as v from 'valibot';
import { CatalogCategorySchema, LanguageTagSchema, VALIDITIES, type CatalogCategory, type CatalogCategoryInput, type LanguageTag, type Validity } from '../../model/index.js';

/** The values of the category form. `parentId` is `''` for the top level; `order` is the text of its field. */
export interface CatalogCategoryFormValues {
  internalTitle: string;
  validity: Validity;
  parentId: string;
  order: string;
  content: Record<LanguageTag, { name: string; description: string }>;
}

/** Messages are i18n keys (`admin.errors…` or `catalogAdmin.errors…`). */
export const OrderFormSchema = v.pipe(v.string(), v.trim(), v.regex(/^\d{1,9}$/, 'catalogAdmin.errorsOrder'));

/** The category form's schema: the model's rules with messages the admin can read. */
export const CatalogCategoryFormSchema = v.object({
  internalTitle: v.pipe(v.string(), v.trim(), v.minLength(1, 'admin.errorsRequired'), v.maxLength(200, 'admin.errorsTooLong')),
  validity: v.picklist(VALIDITIES, 'admin.errorsChoose'),
  parentId: v.string(),
  order: OrderFormSchema,
  content: v.pipe(
    v.record(
      LanguageTagSchema,
      v.object({
        name: v.pipe(v.string(), v.trim(), v.minLength(1, 'admin.errorsRequired'), v.maxLength(200, 'admin.errorsTooLong')),
        description: v.pipe(v.string(), v.maxLength(2000, 'admin.errorsTooLong')),
      }),
    ),
    v.minEntries(1, 'admin.errorsNoLanguage'),
  ),
});

/** The form values of a stored category. */
export function toCategoryFormValues(category: CatalogCategory): CatalogCategoryFormValues {
  return {
    internalTitle: category.internalTitle,
    validity: category.validity,
    parentId: category.parentId ?? '',
    order: String(category.order),
    content: Object.fromEntries(Object.entries(category.content).map(([language, entry]) => [language, { name: entry.name, description: entry.description ?? '' }])),
  };
}

/** The form values of a new category. */
export function emptyCategoryFormValues(languages: readonly LanguageTag[], parentId: string | null = null, order = 0): CatalogCategoryFormValues {
  return {
    internalTitle: '',
    validity: 'invalid',
    parentId: parentId ?? '',
    order: String(order),
    content: Object.fromEntries(languages.map((language) => [language, { name: '', description: '' }])),
  };
}

/** What is sent to the adapter. */
export function toCatalogCategoryInput(values: CatalogCategoryFormValues): CatalogCategoryInput {
  return {
    internalTitle: values.internalTitle.trim(),
    validity: values.validity,
    parentId: values.parentId === '' ? null : values.parentId,
    order: Number.parseInt(values.order.trim(), 10),
    content: Object.fromEntries(
      Object.entries(values.content).map(([language, entry]) => {
        const description = entry.description.trim();
        return [language, description === '' ? { name: entry.name.trim() } : { name: entry.name.trim(), description }];
      }),
    ),
  };
}

export const isCatalogCategory = (value: unknown): value is CatalogCategory => v.safeParse(CatalogCategorySchema, value).success;

/** Whether `path` names a field of the category form. */
export function isCategoryFieldPath(path: string, values: Pick<CatalogCategoryFormValues, 'content'>): boolean {
  if (['internalTitle', 'validity', 'parentId', 'order'].includes(path)) return true;
  const match = /^content\.([^.]+)\.(name|description)$/.exec(path);
  return match?.[1] !== undefined && Object.hasOwn(values.content, match[1]);
}

/** Field paths in focus order. */
export function categoryFieldOrder(values: Pick<CatalogCategoryFormValues, 'content'>): string[] {
  return ['internalTitle', 'validity', 'parentId', 'order', ...Object.keys(values.content).flatMap((language) => [`content.${language}.name`, `content.${language}.description`])];
}
