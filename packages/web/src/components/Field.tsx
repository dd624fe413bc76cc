import {
  FormField,
  FormFieldDescription,
  FormFieldErrorMessage,
  FormLabel,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';

/**
 * A labelled form field with optional hint and error, wired with ids so the control is described by both.
 * `children` receives the props to put on the control (NL DS controls turn `invalid` into aria-invalid).
 */
export function Field(props: {
  id: string;
  label: string;
  hint?: string;
  error?: string;
  children: (aria: { id: string; 'aria-describedby'?: string; invalid?: boolean }) => ReactNode;
}) {
  const described = [props.hint ? `${props.id}-hint` : null, props.error ? `${props.id}-error` : null]
    .filter(Boolean)
    .join(' ');
  return (
    <FormField invalid={Boolean(props.error)}>
      <FormLabel htmlFor={props.id}>{props.label}</FormLabel>
      {props.hint && <FormFieldDescription id={`${props.id}-hint`}>{props.hint}</FormFieldDescription>}
      {props.error && <FormFieldErrorMessage id={`${props.id}-error`}>{props.error}</FormFieldErrorMessage>}
      {props.children({
        id: props.id,
        ...(described ? { 'aria-describedby': described } : {}),
        ...(props.error ? { invalid: true } : {}),
      })}
    </FormField>
  );
}
