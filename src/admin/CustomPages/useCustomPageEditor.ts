import { valibotResolver } from '@hookform/resolvers/valibot';
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { useForm, useWatch, type FieldErrors, type Path, type UseFormReturn } from 'react-hook-form';
import { CustomPageSchema, type CustomPage, type LanguageTag } from '../../model/index.js';
import { getCustomPageTranslation, type TranslationCompleteness } from '../../model/translationStatus.js';
import * as v from 'valibot';
import { usePortal } from '../../portal/PortalProvider/index.js';
import { sanitizeHtml } from '../../security/index.js';
import { isAbortError, toAdminError, type AdminError } from '../kit/adapterError.js';
import { applyServerFieldErrors } from '../kit/form.js';
import type { SaveStatus } from '../kit/SaveBar/SaveBar.js';
import { useLatest } from '../kit/useLatest.js';
import { useSessionDraft, type SessionDraft } from '../kit/useSessionDraft.js';
import { useUnsavedChangesGuard, type NavigationBlocker, type UseNavigationBlocker } from '../kit/useUnsavedChangesGuard.js';
import { useRequiredAdapter, useSaveCustomPage } from '../../data/index.js';
import {
  CustomPageFormSchema,
  emptyFormValues,
  formatForClipboard,
  incompleteLanguagesOf,
  isCustomPageFieldPath,
  toCustomPageInput,
  toFormValues,
  type CustomPageFormValues,
} from './customPageForm.js';

/** Where loading the page stands. */
export type CustomPageEditorStatus = 'loading' | 'ready' | 'not-found' | 'error';

/** A save that met a newer stored version. */
export interface CustomPageConflict {
  /** The admin's values when the save was refused. */
  mine: CustomPageFormValues;
  /** The stored page now, or `null` when it could not be loaded. */
  theirs: CustomPage | null;
}

export interface UseCustomPageEditorOptions {
  /** The page to edit; `null` or absent for a new page. */
  pageId?: string | null | undefined;
  /** Languages a new page starts with. @default the portal's default language */
  initialLanguages?: readonly LanguageTag[] | undefined;
  /** Called after every successful save (`created` for the first save of a new page). */
  onSaved?: ((page: CustomPage, details: { close: boolean; created: boolean }) => void) | undefined;
  /** Called when the editor should close ("Save and close" succeeded, or the admin left). */
  onClose?: (() => void) | undefined;
  /** The host router's blocker hook (React Router's `useBlocker` fits). */
  useBlocker?: UseNavigationBlocker | undefined;
  /** Where drafts are kept. @default window.sessionStorage */
  draftStorage?: Storage | undefined;
  /** The active language tab (controlled). */
  activeLanguage?: LanguageTag | undefined;
  /** Called when the active language tab changes. */
  onActiveLanguageChange?: ((language: LanguageTag) => void) | undefined;
}

/** What {@link useCustomPageEditor} returns. */
export interface CustomPageEditorState {
  /** The react-hook-form instance of the form. */
  form: UseFormReturn<CustomPageFormValues>;
  /** The stored page as last loaded or saved; `null` for a page not saved yet. */
  record: CustomPage | null;
  /** Where loading stands. */
  status: CustomPageEditorStatus;
  /** Why loading failed (`status === 'error'`). */
  loadError: AdminError | null;
  /** Loads the page again. */
  reload: () => void;
  /** The form's current values. */
  values: CustomPageFormValues;
  /** Whether the form has unsaved changes. */
  dirty: boolean;
  /** The form's field errors (messages are i18n keys; see `translateFieldError`). */
  fieldErrors: FieldErrors<CustomPageFormValues>;
  /** Where the last save stands. */
  saveStatus: SaveStatus;
  /** Why the last save failed (not for conflicts, which are in `conflict`). */
  saveError: AdminError | null;
  /** Validates and saves; resolves with the stored page, or `undefined` when nothing was stored. */
  save: (options?: { close?: boolean }) => Promise<CustomPage | undefined>;
  /** After the page was deleted elsewhere (`saveError.kind === 'not_found'`): creates it anew from the form. */
  saveAsNew: () => Promise<CustomPage | undefined>;
  /** A save that met a newer stored version, until the admin chose what to do. */
  conflict: CustomPageConflict | null;
  /** Saves the admin's version over the stored one. */
  keepMine: () => Promise<CustomPage | undefined>;
  /** Loads the stored version into the form. */
  takeTheirs: () => void;
  /** Copies the admin's version to the clipboard, then loads the stored one; rejects when copying failed. */
  copyMineThenReload: () => Promise<void>;
  /** Closes the conflict without choosing (the form keeps the admin's input). */
  dismissConflict: () => void;
  /** The languages of the page, in order. */
  languages: LanguageTag[];
  /** Languages whose title or text is empty. */
  incompleteLanguages: LanguageTag[];
  /** Each language's translation status (complete, incomplete, missing), for the language tabs. */
  translationStatuses: Record<LanguageTag, TranslationCompleteness>;
  /** The language tab shown. */
  activeLanguage: LanguageTag;
  setActiveLanguage: (language: LanguageTag) => void;
  addLanguage: (language: LanguageTag) => void;
  removeLanguage: (language: LanguageTag) => void;
  /** Whether a slug is free (the page's own slug is). */
  checkSlugAvailability: (slug: string, signal: AbortSignal) => Promise<boolean>;
  /** Tell the editor what the slug check found; a taken slug blocks saving. */
  setSlugTaken: (taken: boolean) => void;
  /** The draft found in session storage, with restore and discard. */
  draft: SessionDraft<CustomPageFormValues> & { restoreIntoForm: () => void };
  /** The host router's blocker state while navigation waits for the admin's answer. */
  blocker: NavigationBlocker;
  /** Asks to close: at once when nothing is unsaved, otherwise `leaveRequested` turns true. */
  requestClose: () => void;
  /** Whether the "leave without saving?" question is open. */
  leaveRequested: boolean;
  /** Answers the question: leave (`true`) or stay. */
  answerLeave: (leave: boolean) => void;
  /** A path whose field should receive focus (consumed by the component after render). */
  focusRequest: string | null;
  clearFocusRequest: () => void;
  /** A short notice for the admin (after "copy mine then reload"). */
  notice: 'copied' | null;
  /**
   * Shows a page stored elsewhere as the editor's current version (a restored revision): the
   * form takes its values, unsaved input and the draft are dropped.
   */
  adoptRecord: (page: CustomPage) => void;
}

const isCustomPage = (value: unknown): value is CustomPage => v.safeParse(CustomPageSchema, value).success;

/** Plain text of rich text, for comparisons and the clipboard (parsed inert: nothing runs or loads). */
export function htmlToText(html: string): string {
  if (html === '') return '';
  if (typeof DOMParser === 'undefined') return html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  const document = new DOMParser().parseFromString(html, 'text/html');
  return (document.body.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function sameValues(a: CustomPageFormValues, b: CustomPageFormValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * The logic of the custom page editor, over the `customPages` adapter of the surrounding
 * `PortalProvider` (or `PortalDataProvider`): loading, the form (react-hook-form with the form's
 * valibot schema), saving with conflicts, deleted pages and server field errors, languages,
 * the slug check, drafts in session storage and the unsaved-changes guard. Nothing typed is
 * ever dropped: a failed save leaves the form as it was.
 */
export function useCustomPageEditor({
  pageId = null,
  initialLanguages,
  onSaved,
  onClose,
  useBlocker,
  draftStorage,
  activeLanguage: activeLanguageProp,
  onActiveLanguageChange,
}: UseCustomPageEditorOptions): CustomPageEditorState {
  const { defaultLanguage } = usePortal('useCustomPageEditor');
  // The surrounding provider's adapter (its answers validated); writes go through the data
  // layer so that lists and portal pages showing this page refresh.
  const { adapter } = useRequiredAdapter('customPages', 'useCustomPageEditor');
  const { mutate: savePage } = useSaveCustomPage();
  const startLanguages = useMemo(() => (initialLanguages && initialLanguages.length > 0 ? [...initialLanguages] : [defaultLanguage]), [initialLanguages, defaultLanguage]);
  const form = useForm<CustomPageFormValues>({
    resolver: valibotResolver(CustomPageFormSchema),
    defaultValues: emptyFormValues(startLanguages),
    mode: 'onTouched',
  });
  const [record, setRecord] = useState<CustomPage | null>(null);
  const recordRef = useLatest(record);
  const [status, setStatus] = useState<CustomPageEditorStatus>(pageId === null ? 'ready' : 'loading');
  const [loadError, setLoadError] = useState<AdminError | null>(null);
  const [reloadCount, setReloadCount] = useState(0);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('idle');
  const [saveError, setSaveError] = useState<AdminError | null>(null);
  const [conflict, setConflict] = useState<CustomPageConflict | null>(null);
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  const [leaveRequested, setLeaveRequested] = useState(false);
  const [closeAfterSave, setCloseAfterSave] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const [notice, setNotice] = useState<'copied' | null>(null);
  const slugTakenRef = useRef(false);
  const savingRef = useRef(false);
  const callbacks = useLatest({ onSaved, onClose });

  const values = useWatch({ control: form.control }) as CustomPageFormValues;
  const languages = useMemo(() => Object.keys(values.content ?? {}), [values.content]);
  const incompleteLanguages = useMemo(() => incompleteLanguagesOf({ content: values.content ?? {} }), [values.content]);
  const translationStatuses = useMemo(() => getCustomPageTranslation({ content: values.content ?? {} }, languages).languages, [values.content, languages]);
  const [uncontrolledLanguage, setUncontrolledLanguage] = useState<LanguageTag>(startLanguages[0] ?? defaultLanguage);
  const selectedLanguage = activeLanguageProp ?? uncontrolledLanguage;
  const activeLanguage = languages.includes(selectedLanguage) ? selectedLanguage : (languages[0] ?? selectedLanguage);
  const setActiveLanguage = useCallback(
    (language: LanguageTag) => {
      setUncontrolledLanguage(language);
      onActiveLanguageChange?.(language);
    },
    [onActiveLanguageChange],
  );

  const { isDirty } = form.formState;
  const busy = saveStatus === 'saving' || saveStatus === 'saving-and-closing';
  const dirty = isDirty;

  // Load the page (again when the id changes or the admin retries).
  useEffect(() => {
    if (pageId === null) {
      setRecord(null);
      setStatus('ready');
      return undefined;
    }
    // The page just created by this editor needs no second load.
    if (recordRef.current?.id === pageId) return undefined;
    const controller = new AbortController();
    setStatus('loading');
    setLoadError(null);
    adapter.get({ id: pageId, signal: controller.signal }).then(
      (page) => {
        if (controller.signal.aborted) return;
        setRecord(page);
        form.reset(toFormValues(page));
        setActiveLanguage(Object.keys(page.content)[0] ?? defaultLanguage);
        setStatus('ready');
      },
      (error: unknown) => {
        if (controller.signal.aborted || isAbortError(error)) return;
        const adminError = toAdminError(error);
        setLoadError(adminError);
        setStatus(adminError.kind === 'not_found' ? 'not-found' : 'error');
      },
    );
    return () => controller.abort();
    // `form`, `recordRef` and the setters are stable; a new adapter or id means a new load.
  }, [adapter, pageId, reloadCount]);

  const focusField = useCallback(
    (path: string) => {
      const language = /^content\.([^.]+)\./.exec(path)?.[1];
      if (language !== undefined) setActiveLanguage(language);
      setFocusRequest(path);
    },
    [setActiveLanguage],
  );

  const finishSave = useCallback(
    (saved: CustomPage, submitted: CustomPageFormValues, close: boolean, created: boolean) => {
      const current = form.getValues();
      // Before the record (and with it the draft's key, `new` → the id) changes.
      discardDraftRef.current();
      setRecord(saved);
      if (sameValues(current, submitted)) {
        form.reset(toFormValues(saved));
      } else {
        // The admin typed on while the save ran: keep that, compare it with what was stored.
        form.reset(toFormValues(saved), { keepValues: true });
      }
      setSaveStatus('saved');
      setSaveError(null);
      setConflict(null);
      callbacks.current.onSaved?.(saved, { close, created });
      if (close) setCloseAfterSave(true);
    },
    [form, callbacks],
  );

  const handleSaveError = useCallback(
    async (error: unknown, submitted: CustomPageFormValues) => {
      const adminError = toAdminError(error);
      setSaveStatus('error');
      if (adminError.kind === 'conflict') {
        let theirs = isCustomPage(adminError.current) ? adminError.current : null;
        const id = recordRef.current?.id;
        if (!theirs && id !== undefined) {
          theirs = await adapter.get({ id }).catch(() => null);
        }
        setConflict({ mine: submitted, theirs });
        setSaveError(null);
        return;
      }
      if (adminError.kind === 'validation') {
        const { unmatched } = applyServerFieldErrors(
          form,
          adminError.issues,
          (path) => isCustomPageFieldPath(path, form.getValues()),
          { focus: focusField },
        );
        setSaveError(unmatched.length > 0 ? { ...adminError, issues: unmatched } : { ...adminError, issues: [] });
        return;
      }
      setSaveError(adminError);
    },
    [adapter, form, focusField, recordRef],
  );

  const write = useCallback(
    async (submitted: CustomPageFormValues, mode: { close: boolean; asNew?: boolean; previousVersion?: number }) => {
      if (savingRef.current) return undefined;
      savingRef.current = true;
      setSaveStatus(mode.close ? 'saving-and-closing' : 'saving');
      setNotice(null);
      const data = toCustomPageInput(submitted, sanitizeHtml);
      const existing = mode.asNew ? null : recordRef.current;
      try {
        const saved = existing
          ? await savePage({ id: existing.id, data, previousVersion: mode.previousVersion ?? existing.version })
          : await savePage({ data });
        finishSave(saved, submitted, mode.close, existing === null);
        return saved;
      } catch (error) {
        await handleSaveError(error, submitted);
        return undefined;
      } finally {
        savingRef.current = false;
      }
    },
    [savePage, finishSave, handleSaveError, recordRef],
  );

  const validate = useCallback(async (): Promise<CustomPageFormValues | undefined> => {
    setSaveError(null);
    const valid = await form.trigger();
    if (slugTakenRef.current) {
      form.setError('slug', { type: 'duplicate', message: 'admin.errorsSlugTaken' });
    }
    if (!valid || slugTakenRef.current) {
      const order = ['internalTitle', 'slug', 'validity', 'visibleFrom', 'visibleUntil', ...Object.keys(form.getValues('content')).flatMap((language) => [`content.${language}.title`, `content.${language}.body`])];
      // `formState` is the last render's snapshot; the field state is current.
      const hasError = (path: string) => form.getFieldState(path as Path<CustomPageFormValues>).error !== undefined;
      // Fields above the tabs first, then the active language's (the admin is looking at them).
      const first =
        order.slice(0, 3).find(hasError) ??
        order.find((path) => path.startsWith(`content.${activeLanguage}.`) && hasError(path)) ??
        order.find(hasError);
      if (first) focusField(first);
      setSaveStatus('error');
      setSaveError({ kind: 'validation', message: '', issues: [], current: null });
      return undefined;
    }
    return form.getValues();
  }, [form, focusField, activeLanguage]);

  const save = useCallback(
    async ({ close = false }: { close?: boolean } = {}) => {
      if (savingRef.current) return undefined;
      const submitted = await validate();
      if (!submitted) return undefined;
      return write(submitted, { close });
    },
    [validate, write],
  );

  const saveAsNew = useCallback(async () => {
    const submitted = await validate();
    if (!submitted) return undefined;
    setRecord(null);
    return write(submitted, { close: false, asNew: true });
  }, [validate, write]);

  const keepMine = useCallback(async () => {
    if (!conflict) return undefined;
    let theirs = conflict.theirs;
    const id = recordRef.current?.id;
    if (!theirs && id !== undefined) theirs = await adapter.get({ id }).catch(() => null);
    if (!theirs) {
      setConflict({ ...conflict, theirs: null });
      return undefined;
    }
    setConflict(null);
    setRecord(theirs);
    // Overwrite with what the admin has now (they may have typed on while the dialog was open).
    return write(form.getValues(), { close: false, previousVersion: theirs.version });
  }, [adapter, conflict, form, recordRef, write]);

  const takeTheirs = useCallback(() => {
    const theirs = conflict?.theirs;
    if (!theirs) return;
    setRecord(theirs);
    form.reset(toFormValues(theirs));
    setActiveLanguage(Object.keys(theirs.content).includes(activeLanguage) ? activeLanguage : (Object.keys(theirs.content)[0] ?? defaultLanguage));
    setConflict(null);
    setSaveStatus('idle');
    setSaveError(null);
  }, [conflict, form, setActiveLanguage, activeLanguage, defaultLanguage]);

  const copyMineThenReload = useCallback(async () => {
    const text = formatForClipboard(form.getValues(), htmlToText);
    if (typeof navigator === 'undefined' || !navigator.clipboard) throw new Error('No clipboard');
    await navigator.clipboard.writeText(text);
    takeTheirs();
    setNotice('copied');
  }, [form, takeTheirs]);

  const dismissConflict = useCallback(() => setConflict(null), []);

  const adoptRecord = useCallback(
    (page: CustomPage) => {
      discardDraftRef.current();
      setRecord(page);
      form.reset(toFormValues(page));
      setActiveLanguage(Object.keys(page.content).includes(activeLanguage) ? activeLanguage : (Object.keys(page.content)[0] ?? defaultLanguage));
      setConflict(null);
      setSaveStatus('idle');
      setSaveError(null);
    },
    [form, setActiveLanguage, activeLanguage, defaultLanguage],
  );

  const addLanguage = useCallback(
    (language: LanguageTag) => {
      const content = form.getValues('content');
      if (Object.hasOwn(content, language)) return;
      form.setValue('content', { ...content, [language]: { title: '', body: '' } }, { shouldDirty: true });
      setActiveLanguage(language);
    },
    [form, setActiveLanguage],
  );

  const removeLanguage = useCallback(
    (language: LanguageTag) => {
      const content = { ...form.getValues('content') };
      if (!Object.hasOwn(content, language) || Object.keys(content).length <= 1) return;
      delete content[language];
      form.unregister([`content.${language}.title`, `content.${language}.body`] as Path<CustomPageFormValues>[]);
      form.setValue('content', content, { shouldDirty: true });
    },
    [form],
  );

  const checkSlugAvailability = useCallback(
    async (slug: string, signal: AbortSignal) => {
      try {
        const page = await adapter.getBySlug({ slug, signal });
        return page.id === recordRef.current?.id;
      } catch (error) {
        if (toAdminError(error).kind === 'not_found' && !isAbortError(error)) return true;
        throw error;
      }
    },
    [adapter, recordRef],
  );

  const setSlugTaken = useCallback(
    (taken: boolean) => {
      slugTakenRef.current = taken;
      if (!taken && form.getFieldState('slug').error?.type === 'duplicate') form.clearErrors('slug');
    },
    [form],
  );

  const draftKey = status === 'ready' ? `customPage:${record?.id ?? pageId ?? 'new'}` : null;
  const draft = useSessionDraft<CustomPageFormValues>({
    key: draftKey,
    values,
    dirty: dirty && !busy,
    baseVersion: record?.version ?? null,
    storage: draftStorage,
  });
  const { discard: discardDraft, restore: restoreDraft } = draft;
  // A save stores what the draft kept.
  const discardDraftRef = useLatest(discardDraft);
  const restoreIntoForm = useCallback(() => {
    const restored = restoreDraft();
    if (!restored) return;
    // Keep the stored record as the baseline, so the restored input counts as unsaved.
    form.reset(restored, { keepDefaultValues: true });
    const first = Object.keys(restored.content ?? {})[0];
    if (first !== undefined) setActiveLanguage(first);
  }, [restoreDraft, form, setActiveLanguage]);

  const blocker = useUnsavedChangesGuard(dirty && !closeAfterSave && !leaving, useBlocker);

  // Leaving without saving: the guard lets go first, then the host is told to close.
  useEffect(() => {
    if (!leaving) return;
    callbacks.current.onClose?.();
    setLeaving(false);
  }, [leaving, callbacks]);

  // "Save and close" closes once the saved state has rendered (and the guard let go).
  useEffect(() => {
    if (closeAfterSave && !dirty) {
      setCloseAfterSave(false);
      callbacks.current.onClose?.();
    }
  }, [closeAfterSave, dirty, callbacks]);

  const requestClose = useCallback(() => {
    if (dirty) setLeaveRequested(true);
    else callbacks.current.onClose?.();
  }, [dirty, callbacks]);

  const answerLeave = useCallback(
    (leave: boolean) => {
      setLeaveRequested(false);
      if (leave) setLeaving(true);
    },
    [],
  );

  return {
    form,
    record,
    status,
    loadError,
    reload: () => setReloadCount((count) => count + 1),
    values,
    dirty,
    fieldErrors: form.formState.errors,
    saveStatus,
    saveError,
    save,
    saveAsNew,
    conflict,
    keepMine,
    takeTheirs,
    copyMineThenReload,
    dismissConflict,
    languages,
    incompleteLanguages,
    translationStatuses,
    activeLanguage,
    setActiveLanguage,
    addLanguage,
    removeLanguage,
    checkSlugAvailability,
    setSlugTaken,
    draft: { ...draft, restoreIntoForm },
    blocker,
    requestClose,
    leaveRequested,
    answerLeave,
    focusRequest,
    clearFocusRequest: () => setFocusRequest(null),
    notice,
    adoptRecord,
  };
}
