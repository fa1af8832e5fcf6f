import { useRef, useState } from 'react';
import { useProblems, type Problem, type ServerUserError } from './useProblems';

/** What a mutation answers: its userErrors, and whatever else it selects. */
export type Payload = { readonly userErrors: readonly ServerUserError[] };

export interface SubmitOptions<F extends string, P extends Payload> {
  /** The checks made before sending, as problems by field: if there are any, they are shown and nothing is sent. */
  check?: () => Partial<Record<F, Problem>>;
  /** The field a userError belongs to, when its path does not end with one of ours. */
  fieldFor?: (name: string) => F | undefined;
  /** What a success needs besides no userErrors (the payload's user, say). */
  succeeded?: (payload: P) => boolean;
  /**
   * Called with a failed answer's userErrors before they are shown. Returns
   * true when the screen has dealt with them its own way: nothing is shown.
   */
  handle?: (errors: readonly ServerUserError[], payload: P) => boolean | void;
}

const noFields = {};

/**
 * How every form and every action button sends its mutation: busy while it
 * runs (a second press does nothing), the checks before sending, then the
 * answer's userErrors shown by field and in the error summary, which is
 * announced and takes the focus (useProblems), or a failed request (a
 * top-level error, the network) as a problem of the whole form. `run`
 * resolves to the payload when it succeeded, to undefined otherwise.
 *
 * `ids` maps each field (named as in the GraphQL input) to its input's id, in
 * form order: see useProblems. Without fields (a button, a dialog), the
 * first problem is shown as `alert` (or `message`, for a dialog) and is
 * cleared when the button is pressed again, so that it is announced anew.
 */
export function useSubmit<F extends string = never>(ids: Record<F, string> = noFields as Record<F, string>) {
  const problems = useProblems(ids);
  const [busy, setBusy] = useState(false);
  const running = useRef(false);
  const inline = Object.keys(ids).length === 0;

  async function run<P extends Payload>(send: () => Promise<P>, options: SubmitOptions<F, P> = {}): Promise<P | undefined> {
    if (running.current) return undefined;
    const found = options.check?.() ?? {};
    if (Object.keys(found).length > 0) {
      problems.show(found);
      return undefined;
    }
    running.current = true;
    setBusy(true);
    if (inline) problems.clear();
    try {
      const payload = await send();
      if (payload.userErrors.length === 0 && (options.succeeded?.(payload) ?? true)) {
        problems.clear();
        return payload;
      }
      if (!options.handle?.(payload.userErrors, payload)) problems.showUserErrors(payload.userErrors, options.fieldFor);
      return undefined;
    } catch (err) {
      problems.showError(err);
      return undefined;
    } finally {
      running.current = false;
      setBusy(false);
    }
  }

  const { form, fields } = problems.problems;
  const problem: Problem | undefined = form[0] ?? (Object.keys(ids) as F[]).map((f) => fields[f]).find(Boolean);
  const message = problem && problems.describe(problem);

  return {
    busy,
    run,
    /** Shows problems found by the screen itself (by field, and for the whole form). */
    show: problems.show,
    clear: problems.clear,
    fieldError: problems.fieldError,
    /** The error summary, for a form with fields: above the form. */
    summary: problems.summary,
    /** The first problem, as it came (a screen may tell a bad link by its code). */
    problem,
    /** The first problem in the reader's language (a dialog's error). */
    message,
    /** The first problem as an announced notice, for a button without fields. */
    alert: message ? (
      <p className="notice notice-error" role="alert">
        {message}
      </p>
    ) : null,
  };
}
