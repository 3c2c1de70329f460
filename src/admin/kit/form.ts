import type { TFunction } from 'i18next';
import { useCallback } from 'react';
import type { FieldError, FieldValues, Path, UseFormReturn } from 'react-hook-form';
import type { FieldIssue } from '../../model/index.js';
import { useAdminTranslation } from '../i18n.js';


/**
 * Messages of the editors' form schemas are i18n keys starting `admin.errors` (the model's own
 * schemas carry developer-facing English). Server issues are mapped by their code.
 */
const ERROR_KEY_PREFIX = 'admin.errors';

const MESSAGES_BY_CODE: Record<string, string> = {
  min_length: 'admin.errorsRequired',
  non_empty: 'admin.errorsRequired',
  required: 'admin.errorsRequired',
  max_length: 'admin.errorsTooLong',
  regex: 'admin.errorsPattern',
  duplicate: 'admin.errorsDuplicate',
  unique: 'admin.errorsDuplicate',
  picklist: 'admin.errorsChoose',
  min_entries: 'admin.errorsNoLanguage',
};

/** The translated message of a form error: its i18n key, or a message chosen by its type. */
export function translateFieldError(t: TFunction, error: Pick<FieldError, 'type' | 'message'> | undefined): string | undefined {
  if (!error) return undefined;
  const { message, type } = error;
  if (typeof message === 'string' && message.startsWith(ERROR_KEY_PREFIX)) return t(message);
  const byType = typeof type === 'string' ? MESSAGES_BY_CODE[type] : undefined;
  return t(byType ?? 'admin.errorsInvalid');
}

/** `translateFieldError` bound to the portal's language. */
export function useFieldErrorMessage() {
  const { t } = useAdminTranslation();
  return useCallback((error: Pick<FieldError, 'type' | 'message'> | undefined) => translateFieldError(t, error), [t]);
}

/** Reads the error of the field at a dot path (`content.de.title`) from react-hook-form's error tree. */
export function getFieldError(errors: unknown, path: string): FieldError | undefined {
  let node: unknown = errors;
  for (const part of path.split('.')) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<string, unknown>)[part];
  }
  if (typeof node === 'object' && node !== null && ('message' in node || 'type' in node)) return node as FieldError;
  return undefined;
}

/** What {@link applyServerFieldErrors} did. */
export interface AppliedServerErrors {
  /** Paths that landed on a field of the form. */
  applied: string[];
  /** Issues with no field in the form (`''`, or a path the form does not show). */
  unmatched: FieldIssue[];
}

/**
 * Puts the field issues of a server `validation` error on their fields (`content.de.title`)
 * and focuses the first one. Issues whose path is not a field of the form (`isField` says
 * which are) come back in `unmatched`, for a summary at the top of the form. An editor whose
 * first field may be hidden (another language tab) passes `focus` to reveal it first.
 */
export function applyServerFieldErrors<Values extends FieldValues>(
  form: Pick<UseFormReturn<Values>, 'setError' | 'setFocus'>,
  issues: readonly FieldIssue[],
  isField: (path: string) => boolean,
  options: { focus?: ((path: string) => void) | undefined } = {},
): AppliedServerErrors {
  const applied: string[] = [];
  const unmatched: FieldIssue[] = [];
  for (const issue of issues) {
    if (issue.path && isField(issue.path)) {
      if (applied.includes(issue.path)) continue;
      applied.push(issue.path);
      form.setError(issue.path as Path<Values>, { type: issue.code || 'server', message: MESSAGES_BY_CODE[issue.code] });
    } else {
      unmatched.push(issue);
    }
  }
  const first = applied[0];
  if (first !== undefined) {
    if (options.focus) options.focus(first);
    else {
      // After the re-render that shows the errors, so the focused field is described by its error.
      setTimeout(() => form.setFocus(first as Path<Values>), 0);
    }
  }
  return { applied, unmatched };
}
