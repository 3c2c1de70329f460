import { useId, type ComponentProps, type ReactNode } from 'react';
import { createContext } from '../../../internal/createContext.js';

import { TextArea, TextInput } from '../primitives.styles.js';
import { FieldDescription, FieldErrorText, FieldLabel, FieldLegend, FieldRoot, RequiredMark } from './Field.styles.js';
import { useAdminTranslation } from '../../i18n.js';

const FIELD_NAME = 'Field';

/** What a control inside a {@link Field} spreads onto itself to be labelled and described. */
export interface FieldControlProps {
  id: string;
  'aria-describedby': string | undefined;
  'aria-invalid': boolean | undefined;
  'aria-required': boolean | undefined;
}

interface FieldContextValue {
  controlProps: FieldControlProps;
  labelId: string;
}

const [FieldProvider, useFieldContext] = createContext<FieldContextValue>(FIELD_NAME);

/** The id, description and error wiring of the nearest {@link Field}, for a custom control. */
export function useFieldControlProps(consumerName = 'useFieldControlProps'): FieldControlProps & { labelId: string } {
  const { controlProps, labelId } = useFieldContext(consumerName);
  return { ...controlProps, labelId };
}

export interface FieldProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** The visible label of the control. */
  label: ReactNode;
  /** Help text below the label (what is expected, the rule a value follows). */
  description?: ReactNode;
  /** The error to show, already translated; marks the control `aria-invalid`. */
  error?: string | undefined;
  /** Marks the field as required (a visible "(required)" and `aria-required`). @default false */
  required?: boolean | undefined;
  /**
   * How the label is tied to the control: `label` renders a `<label for>`; `group` renders a
   * plain text label whose id the control (a group, a rich-text editor) uses as its
   * `aria-labelledby`. @default 'label'
   */
  labelKind?: 'label' | 'group' | undefined;
  /** A fixed id for the control. @default an id from `useId` */
  controlId?: string | undefined;
  /** Extra content after the error (a status line, a hint). */
  footer?: ReactNode;
  /**
   * The control: an element, or a function given the props that wire it to the label (and
   * the label's id, for controls named with `aria-labelledby`).
   */
  children: ReactNode | ((controlProps: FieldControlProps, parts: { labelId: string }) => ReactNode);
}

/**
 * Label, description and error around one control. The control gets its id, `aria-invalid`
 * and `aria-describedby` (description and error) automatically, either through the render
 * function's argument or, for nested custom controls, through {@link useFieldControlProps}.
 */
export function Field({
  label,
  description,
  error,
  required = false,
  labelKind = 'label',
  controlId,
  footer,
  children,
  ...rest
}: FieldProps) {
  const { t } = useAdminTranslation();
  const generatedId = useId();
  const id = controlId ?? `${generatedId}-control`;
  const labelId = `${generatedId}-label`;
  const descriptionId = description ? `${generatedId}-description` : undefined;
  const errorId = error ? `${generatedId}-error` : undefined;
  const describedBy = [descriptionId, errorId].filter(Boolean).join(' ') || undefined;
  const controlProps: FieldControlProps = {
    id,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
    'aria-required': required || undefined,
  };
  const labelContent = (
    <>
      {label}
      {required && <RequiredMark>{t('admin.fieldRequired')}</RequiredMark>}
    </>
  );

  return (
    <FieldProvider value={{ controlProps, labelId }}>
      <FieldRoot data-slot="field" data-state={error ? 'invalid' : 'valid'} {...rest}>
        {labelKind === 'label' ? (
          <FieldLabel id={labelId} htmlFor={id} data-slot="field-label">
            {labelContent}
          </FieldLabel>
        ) : (
          <FieldLegend id={labelId} data-slot="field-label">
            {labelContent}
          </FieldLegend>
        )}
        {description && (
          <FieldDescription id={descriptionId} data-slot="field-description">
            {description}
          </FieldDescription>
        )}
        {typeof children === 'function' ? children(controlProps, { labelId }) : children}
        {error && (
          <FieldErrorText id={errorId} data-slot="field-error">
            {error}
          </FieldErrorText>
        )}
        {footer}
      </FieldRoot>
    </FieldProvider>
  );
}
Field.displayName = FIELD_NAME;

type FieldOwnProps = 'label' | 'description' | 'error' | 'required' | 'footer' | 'controlId';

export interface TextFieldProps extends Omit<ComponentProps<'input'>, 'children'>, Pick<FieldProps, FieldOwnProps> {
  /** Props for the field's wrapper. */
  fieldProps?: Omit<ComponentProps<'div'>, 'children'> | undefined;
}

/** A labelled one-line text input (works with react-hook-form's `register`). */
export function TextField({ label, description, error, required, footer, controlId, fieldProps, ...inputProps }: TextFieldProps) {
  return (
    <Field label={label} description={description} error={error} required={required} footer={footer} controlId={controlId} {...fieldProps}>
      {(controlProps) => <TextInput data-slot="text-input" {...inputProps} {...controlProps} />}
    </Field>
  );
}

export interface TextAreaFieldProps extends Omit<ComponentProps<'textarea'>, 'children'>, Pick<FieldProps, FieldOwnProps> {
  /** Props for the field's wrapper. */
  fieldProps?: Omit<ComponentProps<'div'>, 'children'> | undefined;
}

/** A labelled multi-line text input. */
export function TextAreaField({ label, description, error, required, footer, controlId, fieldProps, ...textAreaProps }: TextAreaFieldProps) {
  return (
    <Field label={label} description={description} error={error} required={required} footer={footer} controlId={controlId} {...fieldProps}>
      {(controlProps) => <TextArea data-slot="text-area" {...textAreaProps} {...controlProps} />}
    </Field>
  );
}
