import * as v from 'valibot';
import {
  CatalogItemSchema,
  LanguageTagSchema,
  VALIDITIES,
  type AssetReference,
  type CatalogItem,
  type CatalogItemInput,
  type LanguageTag,
  type Validity,
} from '../../model/index.js';
import { toSafeHref } from '../../security/index.js';
import { audienceFormCheck, audienceFormEntries, toAudienceEntry, toAudienceFormValues, type AudienceFormValues } from '../kit/AudienceField/audienceForm.js';
import {
  publishWindowFormCheck,
  publishWindowFormEntries,
  toPublishWindow,
  toPublishWindowFormValues,
  type PublishWindowFormValues,
} from '../kit/PublishWindowField/windowForm.js';
import { OrderFormSchema } from './categoryForm.js';

/** One link of the item form. */
export interface CatalogLinkFormValues {
  label: string;
  url: string;
}

/** One language of the item form. */
export interface CatalogItemContentFormValues {
  title: string;
  text: string;
  imageAlt: string;
  links: CatalogLinkFormValues[];
}

/** The values of the item form; `order` is the text of its field. */
export interface CatalogItemFormValues extends PublishWindowFormValues, AudienceFormValues {
  internalTitle: string;
  validity: Validity;
  categoryIds: string[];
  image: AssetReference | null;
  order: string;
  content: Record<LanguageTag, CatalogItemContentFormValues>;
}

/** Largest text HTML the editor accepts (the model's limit). */
export const MAX_ITEM_TEXT_LENGTH = 500_000;

const LinkFormSchema = v.object({
  label: v.pipe(v.string(), v.trim(), v.minLength(1, 'admin.errorsRequired'), v.maxLength(200, 'admin.errorsTooLong')),
  // Only links the portal will render as links are accepted (no `javascript:` and friends).
  url: v.pipe(v.string(), v.trim(), v.minLength(1, 'admin.errorsRequired'), v.maxLength(2048, 'admin.errorsTooLong'), v.check((url) => toSafeHref(url) !== undefined, 'catalogAdmin.errorsUnsafeUrl')),
});

/** The item form's schema: the model's rules with messages the admin can read. */
export const CatalogItemFormSchema = v.pipe(
  v.object({
    internalTitle: v.pipe(v.string(), v.trim(), v.minLength(1, 'admin.errorsRequired'), v.maxLength(200, 'admin.errorsTooLong')),
    validity: v.picklist(VALIDITIES, 'admin.errorsChoose'),
    categoryIds: v.pipe(v.array(v.string()), v.minLength(1, 'catalogAdmin.errorsNoCategory')),
    image: v.nullable(v.any()),
    order: OrderFormSchema,
    content: v.pipe(
      v.record(
        LanguageTagSchema,
        v.object({
          title: v.pipe(v.string(), v.trim(), v.minLength(1, 'admin.errorsRequired'), v.maxLength(300, 'admin.errorsTooLong')),
          text: v.pipe(v.string(), v.maxLength(MAX_ITEM_TEXT_LENGTH, 'admin.errorsBodyTooLong')),
          imageAlt: v.pipe(v.string(), v.maxLength(500, 'admin.errorsTooLong')),
          links: v.array(LinkFormSchema),
        }),
      ),
      v.minEntries(1, 'admin.errorsNoLanguage'),
    ),
    ...publishWindowFormEntries,
    ...audienceFormEntries,
  }),
  publishWindowFormCheck(),
  audienceFormCheck(),
);

/** An empty language of the item form. */
export const emptyItemContent = (): CatalogItemContentFormValues => ({ title: '', text: '', imageAlt: '', links: [] });

/** The form values of a stored item. */
export function toItemFormValues(item: CatalogItem): CatalogItemFormValues {
  return {
    internalTitle: item.internalTitle,
    validity: item.validity,
    categoryIds: [...item.categoryIds],
    image: item.image,
    order: String(item.order),
    content: Object.fromEntries(
      Object.entries(item.content).map(([language, entry]) => [
        language,
        { title: entry.title, text: entry.text, imageAlt: entry.imageAlt ?? '', links: entry.links.map((link) => ({ label: link.label, url: link.url })) },
      ]),
    ),
    ...toPublishWindowFormValues(item),
    ...toAudienceFormValues(item),
  };
}

/** The form values of a new item. */
export function emptyItemFormValues(languages: readonly LanguageTag[], categoryIds: readonly string[] = []): CatalogItemFormValues {
  return {
    internalTitle: '',
    validity: 'invalid',
    categoryIds: [...categoryIds],
    image: null,
    order: '0',
    content: Object.fromEntries(languages.map((language) => [language, emptyItemContent()])),
    visibleFrom: '',
    visibleUntil: '',
    audienceKind: 'everyone',
    audienceGroups: [],
  };
}

/** What is sent to the adapter: trimmed texts and sanitized rich text. */
export function toCatalogItemInput(values: CatalogItemFormValues, sanitize: (html: string) => string): CatalogItemInput {
  return {
    internalTitle: values.internalTitle.trim(),
    validity: values.validity,
    categoryIds: [...new Set(values.categoryIds)],
    image: values.image,
    order: Number.parseInt(values.order.trim(), 10),
    content: Object.fromEntries(
      Object.entries(values.content).map(([language, entry]) => {
        const imageAlt = entry.imageAlt.trim();
        return [
          language,
          {
            title: entry.title.trim(),
            text: sanitize(entry.text),
            links: entry.links.map((link) => ({ label: link.label.trim(), url: link.url.trim() })),
            ...(imageAlt === '' ? {} : { imageAlt }),
          },
        ];
      }),
    ),
    ...toPublishWindow(values),
    ...toAudienceEntry(values),
  };
}

export const isCatalogItem = (value: unknown): value is CatalogItem => v.safeParse(CatalogItemSchema, value).success;

/** Whether `path` names a field of the item form. */
export function isItemFieldPath(path: string, values: Pick<CatalogItemFormValues, 'content'>): boolean {
  if (['internalTitle', 'validity', 'categoryIds', 'order', 'image', 'visibleFrom', 'visibleUntil', 'audienceGroups'].includes(path)) return true;
  const match = /^content\.([^.]+)\.(title|text|imageAlt|links\.\d+\.(?:label|url))$/.exec(path);
  return match?.[1] !== undefined && Object.hasOwn(values.content, match[1]);
}

/** Field paths in focus order. */
export function itemFieldOrder(values: Pick<CatalogItemFormValues, 'content'>): string[] {
  return [
    'internalTitle',
    'validity',
    'visibleFrom',
    'visibleUntil',
    'audienceGroups',
    'categoryIds',
    'order',
    ...Object.entries(values.content).flatMap(([language, entry]) => [
      `content.${language}.title`,
      `content.${language}.text`,
      `content.${language}.imageAlt`,
      ...entry.links.flatMap((_, index) => [`content.${language}.links.${index}.label`, `content.${language}.links.${index}.url`]),
    ]),
  ];
}
