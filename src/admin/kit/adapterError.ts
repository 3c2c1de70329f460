import { toAdapterError, type AdapterErrorKind } from '../../adapters/index.js';
import type { FieldIssue } from '../../model/index.js';
import type { AudienceFormValues } from './AudienceField/audienceForm.js';

/** What an adapter error says went wrong. */
export type AdminErrorKind = AdapterErrorKind;

/**
 * The parts of an adapter error the admin screens act on: its kind, the field issues of a
 * `validation` error, and the stored record of a `conflict`. A plain value (editors also use
 * it for their own client-side "the form is invalid" state).
 */
export interface AdminError {
  kind: AdminErrorKind;
  message: string;
  /**
   * `validation`: every problem with its field path (`content.de.title`), as the editors' forms
   * name their fields: the record's `audience` is the `AudienceField`'s `audienceGroups`.
   */
  issues: readonly FieldIssue[];
  /** `conflict`: the record as stored now, when the adapter knows it. */
  current: unknown;
}

/**
 * Reads any rejection as an {@link AdminError} through the adapters' `toAdapterError`:
 * adapter errors keep their kind, anything else (a failed `fetch`, a bug) is `unavailable`.
 */
export function toAdminError(error: unknown): AdminError {
  const adapterError = toAdapterError(error);
  const { issues, current } = adapterError as { issues?: readonly FieldIssue[]; current?: unknown };
  return {
    kind: adapterError.kind,
    message: adapterError.message,
    issues: adapterError.kind === 'validation' && Array.isArray(issues) ? onFormFields(issues) : [],
    current: adapterError.kind === 'conflict' ? (current ?? null) : null,
  };
}

/** The form field the `AudienceField` shows its error on. */
const AUDIENCE_FORM_FIELD = 'audienceGroups' satisfies keyof AudienceFormValues;

/** How a server names a record's audience: `audience`, `audience.kind`, `audience.groups`, `audience.groups.2`. */
const AUDIENCE_PATH = /^audience(?:\.kind|\.groups(?:\.\d+)?)?$/;
const AUDIENCE_GROUPS_PATH = /^audience\.groups(?:\.\d+)?$/;

/**
 * The issues with the server's paths of a record's audience moved onto the form's audience field
 * (the form keeps the audience in two fields, and shows every audience problem on the groups).
 * The issues about the groups go first, so the field shows the most telling one (a schema
 * validator also reports every `oneOf` branch that failed); their place among the other issues,
 * which decides the field focused first, is that of the first audience issue.
 */
function onFormFields(issues: readonly FieldIssue[]): FieldIssue[] {
  const audience = issues.filter((issue) => AUDIENCE_PATH.test(issue.path));
  if (audience.length === 0) return [...issues];
  const ranked = [...audience.filter((issue) => AUDIENCE_GROUPS_PATH.test(issue.path)), ...audience.filter((issue) => !AUDIENCE_GROUPS_PATH.test(issue.path))];
  const moved = ranked.map((issue) => ({ ...issue, path: AUDIENCE_FORM_FIELD }));
  const result: FieldIssue[] = [];
  for (const issue of issues) {
    if (!AUDIENCE_PATH.test(issue.path)) result.push(issue);
    else if (issue === audience[0]) result.push(...moved);
  }
  return result;
}

export { isAbortError } from '../../adapters/index.js';
