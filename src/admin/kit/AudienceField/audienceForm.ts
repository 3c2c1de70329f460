import * as v from 'valibot';
import { AUDIENCE_KINDS, MAX_AUDIENCE_GROUPS, type Audience, type AudienceKind, type AudienceLimited } from '../../../model/audience.js';

/** What an admin chooses: everyone (no audience stored) or one of the audience kinds. */
export type AudienceChoice = 'everyone' | AudienceKind;

/** The choices in the order the field lists them. */
export const AUDIENCE_CHOICES: readonly AudienceChoice[] = ['everyone', ...AUDIENCE_KINDS];

/**
 * The audience in a form: the choice and the chosen groups, kept apart so that the groups
 * survive switching to another choice and back before saving.
 */
export interface AudienceFormValues {
  audienceKind: AudienceChoice;
  audienceGroups: string[];
}

/** Form schema entries of the audience. */
export const audienceFormEntries = {
  audienceKind: v.picklist(AUDIENCE_CHOICES, 'admin.errorsChoose'),
  audienceGroups: v.array(v.string()),
};

/** The i18n key of what is wrong with the groups of an audience, if anything. */
export function audienceGroupsProblem(choice: AudienceChoice, groups: readonly string[]): string | undefined {
  if (choice !== 'groups') return undefined;
  if (groups.length === 0) return 'admin.errorsAudienceNoGroup';
  if (new Set(groups).size > MAX_AUDIENCE_GROUPS) return 'admin.errorsAudienceTooManyGroups';
  return undefined;
}

/** The form's check of the groups (at least one, at most {@link MAX_AUDIENCE_GROUPS}), reported on `audienceGroups`. */
export function audienceFormCheck<Input extends AudienceFormValues & Record<string, unknown>>() {
  const problemOf = (input: unknown) => {
    const values = input as AudienceFormValues;
    return audienceGroupsProblem(values.audienceKind, values.audienceGroups);
  };
  const check = v.partialCheck(
    [['audienceKind'], ['audienceGroups']] as never,
    (input: unknown) => problemOf(input) === undefined,
    (issue) => problemOf(issue.input) ?? 'admin.errorsInvalid',
  );
  // Typed as the plain check it behaves like in a pipe (valibot's partial-check types need an index signature).
  return v.forward(check as never, ['audienceGroups'] as never) as unknown as v.CheckAction<Input, string>;
}

/** The form values of a stored record's audience (none: everyone). */
export function toAudienceFormValues(record: AudienceLimited): AudienceFormValues {
  const audience = record.audience;
  if (!audience) return { audienceKind: 'everyone', audienceGroups: [] };
  return { audienceKind: audience.kind, audienceGroups: audience.kind === 'groups' ? [...audience.groups] : [] };
}

/** The audience the form values describe; `undefined` for everyone. */
export function toAudience(values: AudienceFormValues): Audience | undefined {
  switch (values.audienceKind) {
    case 'everyone':
      return undefined;
    case 'groups':
      return { kind: 'groups', groups: [...new Set(values.audienceGroups)] };
    default:
      return { kind: values.audienceKind };
  }
}

/** The audience entry to store: `{ audience }`, or nothing for everyone (so the record stays without the key). */
export function toAudienceEntry(values: AudienceFormValues): { audience?: Audience } {
  const audience = toAudience(values);
  return audience ? { audience } : {};
}
