export { Field, TextAreaField, TextField, useFieldControlProps } from './Field.js';
export type { FieldControlProps, FieldProps, TextAreaFieldProps, TextFieldProps } from './Field.js';
