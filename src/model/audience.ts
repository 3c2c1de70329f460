import * as v from 'valibot';

/**
 * The id of a customer group as the host knows it (a company, a service level): any non-empty
 * text of at most 100 characters without control characters. The host's adapter lists the
 * groups (`CustomerGroupAdapter`) and puts each signed-in customer in some of them
 * (`PortalCustomer.groups`).
 */
export const CustomerGroupIdSchema = v.pipe(
  v.string(),
  v.minLength(1, 'A group id must not be empty'),
  v.maxLength(100, 'A group id has at most 100 characters'),
  // eslint-disable-next-line no-control-regex
  v.regex(/^[^\u0000-\u001f\u007f]+$/, 'A group id must not contain control characters'),
);

/** The most groups one audience may name. */
export const MAX_AUDIENCE_GROUPS = 20;

/**
 * Who may see a record, when it is limited; a record without an audience is shown to everyone.
 * - `anonymous`: only visitors who are not signed in;
 * - `signed-in`: every signed-in customer;
 * - `groups`: signed-in customers in at least one of `groups`.
 */
export const AudienceSchema = v.variant('kind', [
  v.object({ kind: v.literal('anonymous') }),
  v.object({ kind: v.literal('signed-in') }),
  v.object({
    kind: v.literal('groups'),
    groups: v.pipe(
      v.array(CustomerGroupIdSchema),
      v.minLength(1, 'Choose at least one group'),
      v.maxLength(MAX_AUDIENCE_GROUPS, `Choose at most ${MAX_AUDIENCE_GROUPS} groups`),
      v.check((groups) => new Set(groups).size === groups.length, 'A group is listed twice'),
    ),
  }),
]);
/** See {@link AudienceSchema}. */
export type Audience = v.InferOutput<typeof AudienceSchema>;

/** The kinds of {@link Audience}, in the order admin screens list them. */
export const AUDIENCE_KINDS = ['anonymous', 'signed-in', 'groups'] as const;
/** See {@link AUDIENCE_KINDS}. */
export type AudienceKind = (typeof AUDIENCE_KINDS)[number];

/**
 * The optional audience of a record (home page block, custom page, catalog item). Optional, so
 * records stored before audiences existed stay readable and are shown to everyone.
 */
export const audienceEntries = {
  /** Who may see the record; absent: everyone. */
  audience: v.optional(AudienceSchema),
};

/** A record that may carry an audience. */
export interface AudienceLimited {
  /** Who may see the record; absent: everyone. */
  audience?: Audience | undefined;
}

/**
 * Who is looking at the portal: `null` for an anonymous visitor, otherwise the signed-in
 * customer's groups (empty when the host puts them in none).
 */
export type Viewer = null | { readonly groups: readonly string[] };

/** The viewer of a signed-in customer as `PortalProvider` knows them (`null`: anonymous). */
export function viewerOf(customer: { groups?: readonly string[] | undefined } | null | undefined): Viewer {
  return customer ? { groups: customer.groups ?? [] } : null;
}

/**
 * Whether `viewer` may see the record: the one audience rule every place that decides what
 * the portal shows (views, search, stores, server) applies. A record without an audience is
 * for everyone.
 */
export function isForViewer(record: AudienceLimited, viewer: Viewer): boolean {
  const audience = record.audience;
  if (!audience) return true;
  switch (audience.kind) {
    case 'anonymous':
      return viewer === null;
    case 'signed-in':
      return viewer !== null;
    case 'groups':
      return viewer !== null && audience.groups.some((group) => viewer.groups.includes(group));
  }
}

/** A customer group the host's adapter offers for audiences. */
export const CustomerGroupSchema = v.object({
  /** The id stored in audiences and given in `PortalCustomer.groups`. */
  id: CustomerGroupIdSchema,
  /** The name admins see when choosing (not shown in the portal). */
  name: v.pipe(v.string(), v.minLength(1, 'A group needs a name'), v.maxLength(200, 'A group name has at most 200 characters')),
});
/** See {@link CustomerGroupSchema}. */
export type CustomerGroup = v.InferOutput<typeof CustomerGroupSchema>;
