import * as v from 'valibot';

/** One problem with one field, keyed by its dot path (`content.de.title`, `blocks.2.props.cards`). */
export interface FieldIssue {
  /** Dot path of the field from the record's root; `''` for the record itself. */
  path: string;
  /** What kind of check failed (`string`, `min_length`, `regex`, `picklist`, `duplicate`, …). */
  code: string;
  /** A developer-facing English description. */
  message: string;
}

/** Turns valibot issues into {@link FieldIssue}s. */
export function toFieldIssues(issues: readonly v.BaseIssue<unknown>[]): FieldIssue[] {
  return issues.map((issue) => ({
    path: v.getDotPath(issue) ?? '',
    code: issue.type,
    message: issue.message,
  }));
}

/** The outcome of {@link validateRecord}. */
export type ValidationResult<Output> =
  | { success: true; output: Output; issues: [] }
  | { success: false; output: undefined; issues: FieldIssue[] };

/**
 * Checks `value` against a model schema and reports every problem with its field path.
 * On success `output` is the normalized record (unknown keys dropped, strings trimmed where
 * the schema trims).
 */
export function validateRecord<Schema extends v.GenericSchema>(
  schema: Schema,
  value: unknown,
): ValidationResult<v.InferOutput<Schema>> {
  const result = v.safeParse(schema, value);
  if (result.success) return { success: true, output: result.output, issues: [] };
  return { success: false, output: undefined, issues: toFieldIssues(result.issues) };
}
