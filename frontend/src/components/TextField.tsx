import type { InputHTMLAttributes, Ref } from 'react';

type Props = Omit<InputHTMLAttributes<HTMLInputElement>, 'id' | 'aria-describedby' | 'aria-invalid'> & {
  id: string;
  label: string;
  /** Shown under the label and tied to the input with aria-describedby. */
  error?: string;
  ref?: Ref<HTMLInputElement>;
};

/** A labelled input whose error message is tied to it for assistive tech. */
export function TextField({ id, label, error, ref, ...input }: Props) {
  const errorId = `${id}-error`;
  return (
    <div className={error ? 'field field-invalid' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
      <input
        ref={ref}
        id={id}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
        {...input}
      />
    </div>
  );
}
