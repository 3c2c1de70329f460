import { valibotResolver } from '@hookform/resolvers/valibot';
import { useCallback, useEffect, useMemo, useState } from 'react';
import { useRef } from 'react';
import { useForm, useWatch, type DefaultValues, type Resolver, type FieldErrors, type FieldValues, type Path, type UseFormReturn } from 'react-hook-form';
import type * as v from 'valibot';
import type { LanguageTag } from '../../model/index.js';
import { usePortal } from '../../portal/PortalProvider/index.js';
import { isAbortError, toAdminError, type AdminError } from '../kit/adapterError.js';
import { applyServerFieldErrors } from '../kit/form.js';
import type { SaveStatus } from '../kit/SaveBar/SaveBar.js';
import { useLatest } from '../kit/useLatest.js';
import { useSessionDraft, type SessionDraft } from '../kit/useSessionDraft.js';
import { useUnsavedChangesGuard, type NavigationBlocker, type UseNavigationBlocker } from '../kit/useUnsavedChangesGuard.js';

/** Where loading the record stands. */
export type CatalogEditorStatus = 'loading' | 'ready' | 'not-found' | 'error';

/** A save that met a newer stored version. */
export interface CatalogConflict<Values, Stored> {
  /** The admin's values when the save was refused. */
  mine: Values;
  /** The stored record now, or `null` when it could not be loaded. */
  theirs: Stored | null;
}

/** Form values with content per language. */
export interface LocalizedFormValues extends FieldValues {
  content: Record<LanguageTag, object>;
}

/** How a catalog editor reads, converts and writes its record. */
export interface CatalogRecordEditorConfig<Values extends LocalizedFormValues, Stored extends { id: string; version: number }, Input> {
  /** The record to edit; `null` for a new one. */
  recordId: string | null;
  /** Prefix of the session-storage draft key. */
  draftPrefix: string;
  schema: v.GenericSchema<unknown, Values>;
  load: (id: string, signal?: AbortSignal) => Promise<Stored>;
  write: (variables: { id?: string | undefined; data: Input; previousVersion?: number | undefined }) => Promise<Stored>;
  toValues: (record: Stored) => Values;
  emptyValues: (languages: readonly LanguageTag[]) => Values;
  emptyContent: () => Values['content'][string];
  toInput: (values: Values) => Input;
  isRecord: (value: unknown) => value is Stored;
  isFieldPath: (path: string, values: Values) => boolean;
  /** Field paths in focus order (the first invalid one receives focus). */
  fieldOrder: (values: Values) => string[];
  initialLanguages?: readonly LanguageTag[] | undefined;
  onSaved?: ((record: Stored, details: { close: boolean; created: boolean }) => void) | undefined;
  onClose?: (() => void) | undefined;
  useBlocker?: UseNavigationBlocker | undefined;
  draftStorage?: Storage | undefined;
}

/** What {@link useCatalogRecordEditor} returns. */
export interface CatalogRecordEditorState<Values extends LocalizedFormValues, Stored> {
  form: UseFormReturn<Values>;
  record: Stored | null;
  status: CatalogEditorStatus;
  loadError: AdminError | null;
  reload: () => void;
  values: Values;
  dirty: boolean;
  fieldErrors: FieldErrors<Values>;
  saveStatus: SaveStatus;
  saveError: AdminError | null;
  save: (options?: { close?: boolean }) => Promise<Stored | undefined>;
  conflict: CatalogConflict<Values, Stored> | null;
  keepMine: () => Promise<Stored | undefined>;
  takeTheirs: () => void;
  copyMineThenReload: () => Promise<void>;
  dismissConflict: () => void;
  languages: LanguageTag[];
  activeLanguage: LanguageTag;
  setActiveLanguage: (language: LanguageTag) => void;
  addLanguage: (language: LanguageTag) => void;
  removeLanguage: (language: LanguageTag) => void;
  draft: SessionDraft<Values> & { restoreIntoForm: () => void };
  blocker: NavigationBlocker;
  requestClose: () => void;
  leaveRequested: boolean;
  answerLeave: (leave: boolean) => void;
  focusRequest: string | null;
  clearFocusRequest: () => void;
  /**
   * Shows a record stored elsewhere as the editor's current version (a restored revision): the
   * form takes its values, unsaved input and the draft are dropped.
   */
  adoptRecord: (record: Stored) => void;
}

const sameValues = (a: unknown, b: unknown) => JSON.stringify(a) === JSON.stringify(b);

/**
 * The shared logic of the catalog editors, built from the admin kit: loading, a
 * react-hook-form form checked by a valibot schema, "Save" / "Save and close", conflicts
 * (keep mine, take theirs, copy mine), server field errors on their fields, languages,
 * session drafts and the unsaved-changes guard. A failed save never drops the admin's input.
 */
export function useCatalogRecordEditor<Values extends LocalizedFormValues, Stored extends { id: string; version: number }, Input>(
  config: CatalogRecordEditorConfig<Values, Stored, Input>,
): CatalogRecordEditorState<Values, Stored> {
  const { recordId, initialLanguages, useBlocker, draftStorage } = config;
  const { defaultLanguage } = usePortal('useCatalogRecordEditor');
  const configRef = useLatest(config);
  const startLanguages = useMemo(
    () => (initialLanguages && initialLanguages.length > 0 ? [...initialLanguages] : [defaultLanguage]),
    [initialLanguages, defaultLanguage],
  );
  const form = useForm<Values>({
    // The form schema's input and output are the form values (trimmed); the resolver's generic types cannot say so.
    resolver: valibotResolver(config.schema as never) as unknown as Resolver<Values>,
    defaultValues: config.emptyValues(startLanguages) as DefaultValues<Values>,
    mode: 'onTouched',
  });
  const [record, setRecord] = useState<Stored | null>(null);
  const recordRef = useLatest(record);
  const [status, setStatus] = useState<CatalogEditorStatus>(recordId === null ? 'ready' : 'loading');
  const [loadError, setLoadError] = useState<AdminError | null>(null);
  const [reloadCount, setReloadCount] = useState(0);
  const [saveStatus, setSaveStatus] = useState<SaveStatus>('idle');
  const [saveError, setSaveError] = useState<AdminError | null>(null);
  const [conflict, setConflict] = useState<CatalogConflict<Values, Stored> | null>(null);
  const [focusRequest, setFocusRequest] = useState<string | null>(null);
  const [leaveRequested, setLeaveRequested] = useState(false);
  const [closeAfterSave, setCloseAfterSave] = useState(false);
  const [leaving, setLeaving] = useState(false);
  const savingRef = useRef(false);

  const values = useWatch({ control: form.control }) as Values;
  const languages = useMemo(() => Object.keys(values.content ?? {}), [values.content]);
  const [selectedLanguage, setActiveLanguage] = useState<LanguageTag>(startLanguages[0] ?? defaultLanguage);
  const activeLanguage = languages.includes(selectedLanguage) ? selectedLanguage : (languages[0] ?? selectedLanguage);
  const dirty = form.formState.isDirty;
  const busy = saveStatus === 'saving' || saveStatus === 'saving-and-closing';

  useEffect(() => {
    if (recordId === null) {
      setRecord(null);
      setStatus('ready');
      return undefined;
    }
    // The record this editor just created needs no second load.
    if (recordRef.current?.id === recordId) return undefined;
    const controller = new AbortController();
    setStatus('loading');
    setLoadError(null);
    configRef.current.load(recordId, controller.signal).then(
      (loaded) => {
        if (controller.signal.aborted) return;
        setRecord(loaded);
        const loadedValues = configRef.current.toValues(loaded);
        form.reset(loadedValues);
        setActiveLanguage(Object.keys(loadedValues.content)[0] ?? defaultLanguage);
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
    // `form`, the refs and the setters are stable; a new id or a retry means a new load.
  }, [recordId, reloadCount]);

  const focusField = useCallback((path: string) => {
    const language = /^content\.([^.]+)\./.exec(path)?.[1];
    if (language !== undefined) setActiveLanguage(language);
    setFocusRequest(path);
  }, []);

  const draftKey = status === 'ready' ? `${config.draftPrefix}:${record?.id ?? recordId ?? 'new'}` : null;
  const draft = useSessionDraft<Values>({ key: draftKey, values, dirty: dirty && !busy, baseVersion: record?.version ?? null, storage: draftStorage });
  const discardDraftRef = useLatest(draft.discard);

  const finishSave = useCallback(
    (saved: Stored, submitted: Values, close: boolean, created: boolean) => {
      discardDraftRef.current();
      setRecord(saved);
      const savedValues = configRef.current.toValues(saved);
      // The admin may have typed on while the save ran: keep that input, compared with what was stored.
      form.reset(savedValues, { keepValues: !sameValues(form.getValues(), submitted) });
      setSaveStatus('saved');
      setSaveError(null);
      setConflict(null);
      configRef.current.onSaved?.(saved, { close, created });
      if (close) setCloseAfterSave(true);
    },
    [form, configRef, discardDraftRef],
  );

  const handleSaveError = useCallback(
    async (error: unknown, submitted: Values) => {
      const adminError = toAdminError(error);
      setSaveStatus('error');
      if (adminError.kind === 'conflict') {
        let theirs = configRef.current.isRecord(adminError.current) ? adminError.current : null;
        const id = recordRef.current?.id;
        if (!theirs && id !== undefined) theirs = await configRef.current.load(id).catch(() => null);
        setConflict({ mine: submitted, theirs });
        setSaveError(null);
        return;
      }
      if (adminError.kind === 'validation') {
        const { unmatched } = applyServerFieldErrors(form, adminError.issues, (path) => configRef.current.isFieldPath(path, form.getValues()), {
          focus: focusField,
        });
        setSaveError({ ...adminError, issues: unmatched });
        return;
      }
      setSaveError(adminError);
    },
    [form, focusField, configRef, recordRef],
  );

  const write = useCallback(
    async (submitted: Values, mode: { close: boolean; previousVersion?: number }) => {
      if (savingRef.current) return undefined;
      savingRef.current = true;
      setSaveStatus(mode.close ? 'saving-and-closing' : 'saving');
      const existing = recordRef.current;
      try {
        const data = configRef.current.toInput(submitted);
        const saved = existing
          ? await configRef.current.write({ id: existing.id, data, previousVersion: mode.previousVersion ?? existing.version })
          : await configRef.current.write({ data });
        finishSave(saved, submitted, mode.close, existing === null);
        return saved;
      } catch (error) {
        await handleSaveError(error, submitted);
        return undefined;
      } finally {
        savingRef.current = false;
      }
    },
    [finishSave, handleSaveError, configRef, recordRef],
  );

  const save = useCallback(
    async ({ close = false }: { close?: boolean } = {}) => {
      if (savingRef.current) return undefined;
      setSaveError(null);
      const valid = await form.trigger();
      if (!valid) {
        const hasError = (path: string) => form.getFieldState(path as Path<Values>).error !== undefined;
        const order = configRef.current.fieldOrder(form.getValues());
        const first = order.find((path) => !path.startsWith('content.') && hasError(path)) ?? order.find((path) => path.startsWith(`content.${activeLanguage}.`) && hasError(path)) ?? order.find(hasError);
        if (first) focusField(first);
        setSaveStatus('error');
        setSaveError({ kind: 'validation', message: '', issues: [], current: null });
        return undefined;
      }
      return write(form.getValues(), { close });
    },
    [form, write, focusField, activeLanguage, configRef],
  );

  const keepMine = useCallback(async () => {
    if (!conflict) return undefined;
    let theirs = conflict.theirs;
    const id = recordRef.current?.id;
    if (!theirs && id !== undefined) theirs = await configRef.current.load(id).catch(() => null);
    if (!theirs) {
      setConflict({ ...conflict, theirs: null });
      return undefined;
    }
    setConflict(null);
    setRecord(theirs);
    return write(form.getValues(), { close: false, previousVersion: theirs.version });
  }, [conflict, form, write, configRef, recordRef]);

  const takeTheirs = useCallback(() => {
    const theirs = conflict?.theirs;
    if (!theirs) return;
    setRecord(theirs);
    form.reset(configRef.current.toValues(theirs));
    setConflict(null);
    setSaveStatus('idle');
    setSaveError(null);
  }, [conflict, form, configRef]);

  const copyMineThenReload = useCallback(async () => {
    if (typeof navigator === 'undefined' || !navigator.clipboard) throw new Error('No clipboard');
    await navigator.clipboard.writeText(JSON.stringify(form.getValues(), null, 2));
    takeTheirs();
  }, [form, takeTheirs]);

  const addLanguage = useCallback(
    (language: LanguageTag) => {
      const content = form.getValues('content' as Path<Values>) as Values['content'];
      if (Object.hasOwn(content, language)) return;
      form.setValue('content' as Path<Values>, { ...content, [language]: configRef.current.emptyContent() } as never, { shouldDirty: true });
      setActiveLanguage(language);
    },
    [form, configRef],
  );

  const removeLanguage = useCallback(
    (language: LanguageTag) => {
      const content = { ...(form.getValues('content' as Path<Values>) as Values['content']) };
      if (!Object.hasOwn(content, language) || Object.keys(content).length <= 1) return;
      delete content[language];
      form.unregister(`content.${language}` as Path<Values>);
      form.setValue('content' as Path<Values>, content as never, { shouldDirty: true });
    },
    [form],
  );

  const restoreIntoForm = useCallback(() => {
    const restored = draft.restore();
    if (!restored) return;
    // The stored record stays the baseline, so the restored input counts as unsaved.
    form.reset(restored, { keepDefaultValues: true });
  }, [draft, form]);

  const adoptRecord = useCallback(
    (stored: Stored) => {
      discardDraftRef.current();
      setRecord(stored);
      form.reset(configRef.current.toValues(stored));
      setConflict(null);
      setSaveStatus('idle');
      setSaveError(null);
    },
    [form, configRef, discardDraftRef],
  );

  const blocker = useUnsavedChangesGuard(dirty && !closeAfterSave && !leaving, useBlocker);

  useEffect(() => {
    if (!leaving) return;
    configRef.current.onClose?.();
    setLeaving(false);
  }, [leaving, configRef]);

  // "Save and close" closes once the saved state has rendered (and the guard let go).
  useEffect(() => {
    if (closeAfterSave && !dirty) {
      setCloseAfterSave(false);
      configRef.current.onClose?.();
    }
  }, [closeAfterSave, dirty, configRef]);

  const requestClose = useCallback(() => {
    if (dirty) setLeaveRequested(true);
    else configRef.current.onClose?.();
  }, [dirty, configRef]);

  const answerLeave = useCallback((leave: boolean) => {
    setLeaveRequested(false);
    if (leave) setLeaving(true);
  }, []);

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
    conflict,
    keepMine,
    takeTheirs,
    copyMineThenReload,
    dismissConflict: () => setConflict(null),
    languages,
    activeLanguage,
    setActiveLanguage,
    addLanguage,
    removeLanguage,
    draft: { ...draft, restoreIntoForm },
    blocker,
    requestClose,
    leaveRequested,
    answerLeave,
    focusRequest,
    clearFocusRequest: () => setFocusRequest(null),
    adoptRecord,
  };
}
