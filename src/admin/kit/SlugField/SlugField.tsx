import { useEffect, useRef, useState, type ComponentProps } from 'react';
import { isSlug } from '../../../model/index.js';

import { Field, type FieldProps } from '../Field/Field.js';
import { Button, TextInput } from '../primitives.styles.js';
import { useLatest } from '../useLatest.js';
import { SlugRow, SlugStatus } from './SlugField.styles.js';
import { suggestSlugFromTitle } from './transliterate.js';
import { useAdminTranslation } from '../../i18n.js';

const NAME = 'SlugField';

/** Where the uniqueness check of a slug stands. */
export type SlugAvailability = 'idle' | 'checking' | 'available' | 'taken' | 'failed';

export interface SlugFieldProps extends Omit<ComponentProps<'input'>, 'value' | 'defaultValue' | 'onChange' | 'children'> {
  /** The slug. */
  value: string;
  /** Called with the new slug as the admin types or takes the suggestion. */
  onValueChange: (slug: string) => void;
  /** The text the suggestion is made from (usually the title). */
  source?: string | undefined;
  /**
   * Keep the slug in step with `source` until the admin types one (for a new record).
   * @default false
   */
  followSource?: boolean | undefined;
  /**
   * Whether a slug is free; runs debounced as the admin types, with an `AbortSignal` that
   * fires when a newer value replaces it. The record's own slug should count as free.
   */
  checkAvailability?: ((slug: string, signal: AbortSignal) => Promise<boolean>) | undefined;
  /** Called whenever the availability changes (an editor refuses to save a taken slug). */
  onAvailabilityChange?: ((availability: SlugAvailability) => void) | undefined;
  /** Delay after the last keystroke before checking, in ms. @default 400 */
  debounceMs?: number | undefined;
  /** The label. @default "Slug" in the portal's language */
  label?: FieldProps['label'];
  /** The error to show, already translated. */
  error?: string | undefined;
  /** An example of where the slug appears, e.g. `/page/`. @default '/page/' */
  pathPrefix?: string | undefined;
}

/**
 * The slug of a record: explains the rule, suggests one from the title (accents and
 * Cyrillic, Greek and Arabic letters transliterated), and checks as the admin types whether
 * another record uses it.
 */
export function SlugField({
  value,
  onValueChange,
  source = '',
  followSource = false,
  checkAvailability,
  onAvailabilityChange,
  debounceMs = 400,
  label,
  error,
  pathPrefix = '/page/',
  required = true,
  ...inputProps
}: SlugFieldProps) {
  const { t } = useAdminTranslation();
  const suggestion = suggestSlugFromTitle(source);
  const [availability, setAvailability] = useState<SlugAvailability>('idle');
  const onAvailabilityChangeRef = useLatest(onAvailabilityChange);
  const typedRef = useRef(false);

  useEffect(() => {
    if (followSource && !typedRef.current && suggestion !== value) onValueChange(suggestion);
    // Only a changed suggestion moves the slug; the admin's own typing stops it for good.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [followSource, suggestion]);

  useEffect(() => {
    const report = (next: SlugAvailability) => {
      setAvailability(next);
      onAvailabilityChangeRef.current?.(next);
    };
    if (!checkAvailability || !isSlug(value)) {
      report('idle');
      return undefined;
    }
    const controller = new AbortController();
    report('checking');
    const timer = setTimeout(() => {
      checkAvailability(value, controller.signal).then(
        (free) => {
          if (!controller.signal.aborted) report(free ? 'available' : 'taken');
        },
        () => {
          if (!controller.signal.aborted) report('failed');
        },
      );
    }, debounceMs);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [value, checkAvailability, debounceMs, onAvailabilityChangeRef]);

  const status =
    availability === 'checking'
      ? { tone: 'muted' as const, text: t('admin.slugChecking') }
      : availability === 'available'
        ? { tone: 'success' as const, text: t('admin.slugAvailable') }
        : availability === 'taken'
          ? { tone: 'danger' as const, text: t('admin.slugTaken') }
          : availability === 'failed'
            ? { tone: 'muted' as const, text: t('admin.slugCheckFailed') }
            : null;

  return (
    <Field
      label={label ?? t('admin.slugLabel')}
      description={t('admin.slugRule', { example: `${pathPrefix}opening-hours` })}
      error={error ?? (availability === 'taken' ? t('admin.errorsSlugTaken') : undefined)}
      required={required}
      data-slot="slug-field"
      data-state={availability}
      footer={
        <SlugStatus $tone={status?.tone ?? 'muted'} aria-live="polite" data-slot="slug-status">
          {status && availability !== 'taken' ? status.text : ''}
        </SlugStatus>
      }
    >
      {(controlProps) => (
        <SlugRow>
          <TextInput
            autoComplete="off"
            spellCheck={false}
            autoCapitalize="none"
            dir="ltr"
            {...inputProps}
            {...controlProps}
            value={value}
            onChange={(event) => {
              typedRef.current = true;
              onValueChange(event.target.value);
            }}
            data-slot="slug-input"
          />
          {suggestion !== '' && suggestion !== value && (
            <Button
              type="button"
              $variant="ghost"
              onClick={() => {
                typedRef.current = false;
                onValueChange(suggestion);
              }}
              data-slot="slug-suggestion"
            >
              {t('admin.slugUseSuggestion', { slug: suggestion })}
            </Button>
          )}
        </SlugRow>
      )}
    </Field>
  );
}
SlugField.displayName = NAME;
