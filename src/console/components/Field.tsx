import { type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes, useId } from 'react';
import { common } from '../i18n/common';
import { useText } from '../i18n/i18n';

interface FieldFrame {
  label: string;
  /** The userErrors' messages for this field, shown beside it and tied to it for screen readers. */
  errors?: readonly string[];
  hint?: ReactNode;
}

/** Label, control, hint and errors: the control gets aria-invalid and aria-describedby. */
function Frame({ label, errors = [], hint, required, children }: FieldFrame & { required?: boolean; children: (ids: ControlIds) => ReactNode }) {
  const t = useText(common);
  const id = useId();
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors.length > 0 ? `${id}-error` : undefined;
  const describedBy = [hintId, errorId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={errors.length > 0 ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>
        {label}
        {required && <span className="field-required"> ({t.required})</span>}
      </label>
      {children({ id, describedBy, invalid: errors.length > 0 })}
      {hint && (
        <p className="field-hint" id={hintId}>
          {hint}
        </p>
      )}
      {errorId && (
        <p className="field-error" id={errorId}>
          {errors.join(' ')}
        </p>
      )}
    </div>
  );
}

interface ControlIds {
  id: string;
  describedBy?: string;
  invalid: boolean;
}

export function TextField({ label, errors, hint, ...input }: FieldFrame & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  return (
    <Frame label={label} errors={errors} hint={hint} required={input.required}>
      {({ id, describedBy, invalid }) => <input id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...input} />}
    </Frame>
  );
}

export function TextAreaField({ label, errors, hint, ...input }: FieldFrame & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return (
    <Frame label={label} errors={errors} hint={hint} required={input.required}>
      {({ id, describedBy, invalid }) => <textarea id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...input} />}
    </Frame>
  );
}

export function SelectField({
  label,
  errors,
  hint,
  options,
  ...select
}: FieldFrame & { options: readonly { value: string; label: string }[] } & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  return (
    <Frame label={label} errors={errors} hint={hint} required={select.required}>
      {({ id, describedBy, invalid }) => (
        <select id={id} aria-describedby={describedBy} aria-invalid={invalid || undefined} {...select}>
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Frame>
  );
}

/** Errors of the whole form (no single field), announced. */
export function FormErrors({ messages }: { messages: readonly string[] }) {
  if (messages.length === 0) return null;
  return (
    <div className="form-errors" role="alert">
      {messages.map((message) => (
        <p key={message}>{message}</p>
      ))}
    </div>
  );
}
