import * as v from 'valibot';
import { IdSchema, STORED_KEYS, storedRecordEntries } from './common.js';

/** The CSP directives an admin may add origins to. */
export const CSP_DIRECTIVES = ['script-src', 'style-src', 'img-src', 'connect-src', 'font-src', 'frame-src', 'media-src'] as const;
/** See {@link CSP_DIRECTIVES}. */
export type CspDirective = (typeof CSP_DIRECTIVES)[number];

const OriginListSchema = v.array(v.pipe(v.string(), v.maxLength(2048)));

/** A script loaded from a URL (chat widget, analytics). Whether the URL is allowed is checked by the security module. */
export const ExternalScriptSchema = v.object({
  /** Stable id, for editing and as the React key. */
  id: IdSchema,
  /** The script's URL; must be https and from an allowed origin to be loaded. */
  url: v.pipe(v.string(), v.maxLength(2048)),
  /** The admin's note: what the script is for. */
  description: v.optional(v.pipe(v.string(), v.maxLength(500))),
  /** Load with `async`. @default false */
  async: v.optional(v.boolean()),
  /** Load with `defer`. @default false */
  defer: v.optional(v.boolean()),
});
/** See {@link ExternalScriptSchema}. */
export type ExternalScript = v.InferOutput<typeof ExternalScriptSchema>;

/** A code snippet run with the page's CSP nonce. */
export const InlineScriptSchema = v.object({
  /** Stable id, for editing and as the React key. */
  id: IdSchema,
  /** The JavaScript source. */
  code: v.pipe(v.string(), v.maxLength(100_000)),
  /** The admin's note: what the snippet is for. */
  description: v.optional(v.pipe(v.string(), v.maxLength(500))),
});
/** See {@link InlineScriptSchema}. */
export type InlineScript = v.InferOutput<typeof InlineScriptSchema>;

/** Custom scripts and the extra Content-Security-Policy origins they need. */
export const ScriptSettingsSchema = v.object({
  ...storedRecordEntries,
  /** Scripts loaded by URL. */
  externalScripts: v.array(ExternalScriptSchema),
  /** Snippets run with the nonce. */
  inlineScripts: v.array(InlineScriptSchema),
  /** Origins to allow, per CSP directive. */
  additionalOrigins: v.partial(v.object(Object.fromEntries(CSP_DIRECTIVES.map((directive) => [directive, OriginListSchema])) as Record<CspDirective, typeof OriginListSchema>)),
  /** Adds `'unsafe-inline'` to `script-src` (dangerous; the editor warns). @default false */
  allowUnsafeInline: v.optional(v.boolean()),
  /** Adds `'unsafe-eval'` to `script-src` (dangerous; the editor warns). @default false */
  allowUnsafeEval: v.optional(v.boolean()),
});
/** See {@link ScriptSettingsSchema}. */
export type ScriptSettings = v.InferOutput<typeof ScriptSettingsSchema>;

/** What the scripts editor saves. */
export const ScriptSettingsInputSchema = v.omit(ScriptSettingsSchema, STORED_KEYS);
/** See {@link ScriptSettingsInputSchema}. */
export type ScriptSettingsInput = v.InferOutput<typeof ScriptSettingsInputSchema>;
