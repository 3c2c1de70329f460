import * as v from 'valibot';
import {
  findIncompleteLanguages,
  LanguageTagSchema,
  SLUG_PATTERN,
  VALIDITIES,
  type CustomPage,
  type CustomPageInput,
  type LanguageTag,
  type Validity,
} from '../../model/index.js';
import { audienceFormCheck, audienceFormEntries, toAudience, toAudienceEntry, toAudienceFormValues, type AudienceFormValues } from '../kit/AudienceField/audienceForm.js';
import {
  publishWindowFormCheck,
  publishWindowFormEntries,
  toPublishWindow,
  toPublishWindowFormValues,
  type PublishWindowFormValues,
} from '../kit/PublishWindowField/windowForm.js';

/** The values of the custom page form (what the admin edits). */
export interface CustomPageFormValues extends PublishWindowFormValues, AudienceFormValues {
  internalTitle: string;
  slug: string;
  validity: Validity;
  content: Record<LanguageTag, { title: string; body: string }>;
}

/** Largest body HTML the editor accepts (the model allows 500,000 characters). */
export const MAX_BODY_LENGTH = 500_000;

// Messages are i18n keys (see kit/form.ts): the form shows them in the admin's language.
// The slug checks run in order and the form shows the first that fails, so the message says
// exactly what to change ("no spaces", "lowercase only", "single hyphens").
const SlugFormSchema = v.pipe(
  v.string(),
  v.minLength(1, 'admin.errorsRequired'),
  v.check((slug) => !/\s/.test(slug), 'admin.errorsSlugSpaces'),
  v.check((slug) => !/[A-Z]/.test(slug), 'admin.errorsSlugUppercase'),
  v.check((slug) => !slug.includes('--'), 'admin.errorsSlugDoubleHyphen'),
  v.check((slug) => !slug.startsWith('-') && !slug.endsWith('-'), 'admin.errorsSlugEdgeHyphen'),
  v.regex(SLUG_PATTERN, 'admin.errorsSlugCharacters'),
  v.maxLength(120, 'admin.errorsTooLong'),
);

/** The form's schema: the model's rules, with messages the admin can read, and a title per language. */
export const CustomPageFormSchema = v.pipe(
  v.object({
    internalTitle: v.pipe(v.string(), v.trim(), v.minLength(1, 'admin.errorsRequired'), v.maxLength(200, 'admin.errorsTooLong')),
    slug: SlugFormSchema,
    validity: v.picklist(VALIDITIES, 'admin.errorsChoose'),
    content: v.pipe(
      v.record(
        LanguageTagSchema,
        v.object({
          title: v.pipe(v.string(), v.trim(), v.minLength(1, 'admin.errorsRequired'), v.maxLength(300, 'admin.errorsTooLong')),
          body: v.pipe(v.string(), v.maxLength(MAX_BODY_LENGTH, 'admin.errorsBodyTooLong')),
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

/** The form values of a stored page. */
export function toFormValues(page: CustomPage): CustomPageFormValues {
  const content: CustomPageFormValues['content'] = {};
  for (const [language, entry] of Object.entries(page.content)) content[language] = { title: entry.title, body: entry.body };
  return { internalTitle: page.internalTitle, slug: page.slug, validity: page.validity, content, ...toPublishWindowFormValues(page), ...toAudienceFormValues(page) };
}

/** The form values of a new page in `languages`. */
export function emptyFormValues(languages: readonly LanguageTag[]): CustomPageFormValues {
  return {
    internalTitle: '',
    slug: '',
    validity: 'invalid',
    content: Object.fromEntries(languages.map((language) => [language, { title: '', body: '' }])),
    visibleFrom: '',
    visibleUntil: '',
    audienceKind: 'everyone',
    audienceGroups: [],
  };
}

/** What is sent to the adapter: trimmed texts and sanitized bodies. */
export function toCustomPageInput(values: CustomPageFormValues, sanitize: (html: string) => string): CustomPageInput {
  return {
    internalTitle: values.internalTitle.trim(),
    slug: values.slug,
    validity: values.validity,
    content: Object.fromEntries(
      Object.entries(values.content).map(([language, entry]) => [language, { title: entry.title.trim(), body: sanitize(entry.body) }]),
    ),
    ...toPublishWindow(values),
    ...toAudienceEntry(values),
  };
}

/** Languages of the form whose title or body is still empty. */
export function incompleteLanguagesOf(values: Pick<CustomPageFormValues, 'content'>): LanguageTag[] {
  return findIncompleteLanguages(values.content, { fields: ['title', 'body'] });
}

/** Whether `path` names a field of the form (`slug`, `content.de.title`). */
export function isCustomPageFieldPath(path: string, values: Pick<CustomPageFormValues, 'content'>): boolean {
  if (path === 'internalTitle' || path === 'slug' || path === 'validity' || path === 'visibleFrom' || path === 'visibleUntil' || path === 'audienceGroups') return true;
  const match = /^content\.([^.]+)\.(title|body)$/.exec(path);
  return match !== null && match[1] !== undefined && Object.hasOwn(values.content, match[1]);
}

/** A plain-text copy of the form, for "copy mine then reload". */
export function formatForClipboard(values: CustomPageFormValues, htmlToText: (html: string) => string): string {
  const lines = [`# ${values.internalTitle}`, `slug: ${values.slug}`, `validity: ${values.validity}`];
  if (values.visibleFrom) lines.push(`visibleFrom: ${values.visibleFrom}`);
  if (values.visibleUntil) lines.push(`visibleUntil: ${values.visibleUntil}`);
  const audience = toAudience(values);
  if (audience) lines.push(`audience: ${audience.kind === 'groups' ? `groups ${audience.groups.join(', ')}` : audience.kind}`);
  for (const [language, entry] of Object.entries(values.content)) {
    lines.push('', `## [${language}] ${entry.title}`, '', htmlToText(entry.body), '', '--- HTML ---', entry.body);
  }
  return lines.join('\n');
}
