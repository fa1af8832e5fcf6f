import { useCallback, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RequestError } from '../graphql';
import type { SignOutMutation } from '../gql/graphql';
import { errorMessage } from '../i18n/errors';
import { ErrorSummary, type SummaryError } from './ErrorSummary';

/**
 * A problem kept as a catalogue key or as a server code, never as text, so
 * that it follows a change of language.
 */
export type Problem =
  | { key: string; values?: Record<string, unknown> }
  | { code: string; message?: string; field?: readonly string[] | null };

/**
 * A userError as every mutation selects it (code, field, message): the
 * generated type, so a new UserErrorCode or a changed field follows the schema.
 */
export type ServerUserError = Pick<SignOutMutation['signOut']['userErrors'][number], 'code' | 'field' | 'message'>;

type State<F extends string> = { fields: Partial<Record<F, Problem>>; form: Problem[]; attempt: number };

/**
 * The problems of one form: by field (shown under each field and tied to it)
 * and for the whole form, all listed in the error summary, which takes the
 * focus each time problems are shown.
 *
 * `ids` maps each field (named as in the GraphQL input, so that a
 * UserError's field path finds it) to its input's id, in form order.
 */
export function useProblems<F extends string>(ids: Record<F, string>) {
  const { t } = useTranslation();
  const [state, setState] = useState<State<F>>({ fields: {}, form: [], attempt: 0 });
  const order = Object.keys(ids) as F[];

  const describe = useCallback(
    (p: Problem): string => ('key' in p ? String(t(p.key as never, p.values as never)) : errorMessage(t, p)),
    [t],
  );

  const show = useCallback((fields: Partial<Record<F, Problem>>, form: Problem[] = []) => {
    setState((s) => ({ fields, form, attempt: s.attempt + 1 }));
  }, []);

  const clear = useCallback(() => setState((s) => ({ fields: {}, form: [], attempt: s.attempt })), []);

  /** Shows a payload's userErrors: by field when the path names one of ours. */
  const showUserErrors = useCallback(
    (errors: readonly ServerUserError[], fieldFor?: (name: string) => F | undefined) => {
      const fields: Partial<Record<F, Problem>> = {};
      const form: Problem[] = [];
      for (const e of errors) {
        const last = e.field?.[e.field.length - 1];
        const f = last ? (fieldFor?.(last) ?? (last in ids ? (last as F) : undefined)) : undefined;
        if (f && !fields[f]) fields[f] = { code: e.code, message: e.message, field: e.field };
        else form.push({ code: e.code, message: e.message, field: e.field });
      }
      if (errors.length === 0) form.push({ code: 'UNKNOWN' });
      show(fields, form);
    },
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [show],
  );

  /** Shows a failed request (top-level error or network). */
  const showError = useCallback(
    (err: unknown) => {
      show({}, [err instanceof RequestError ? { code: err.code, message: err.message } : { code: 'UNKNOWN' }]);
    },
    [show],
  );

  const fieldError = (f: F): string | undefined => {
    const p = state.fields[f];
    return p ? describe(p) : undefined;
  };

  const summaryErrors: SummaryError[] = useMemo(
    () => [
      ...state.form.map((p) => ({ message: describe(p) })),
      ...order.filter((f) => state.fields[f]).map((f) => ({ message: describe(state.fields[f]!), fieldId: ids[f] })),
    ],
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [state, describe],
  );

  return {
    describe,
    show,
    clear,
    showUserErrors,
    showError,
    fieldError,
    problems: state,
    hasProblems: summaryErrors.length > 0,
    summary: <ErrorSummary errors={summaryErrors} focusKey={state.attempt} />,
  };
}
