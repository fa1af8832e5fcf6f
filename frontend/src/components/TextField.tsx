import type { InputHTMLAttributes, ReactNode, Ref } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-describedby' | 'aria-invalid'> & {
  id: string;
  label: string;
  /** Shown under the label and tied to the input with aria-describedby. */
  error?: string;
  /** Help under the label, tied to the input too. */
  hint?: ReactNode;
  /** Ids of other elements that describe the input (a rules list). */
  describedBy?: string;
  ref?: Ref<HTMLInputElement>;
  children?: ReactNode;
};

/** A labelled input whose hint and error message are tied to it for assistive tech. */
export function TextField({ id, label, error, hint, describedBy, ref, children, ...input }: Props) {
  const errorId = `${id}-error`;
  const hintId = `${id}-hint`;
  const described = [error ? errorId : '', hint ? hintId : '', describedBy ?? ''].filter(Boolean).join(' ');
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <input
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={described || undefined}
        {...input}
      />
      {children}
    </div>
  );
}
