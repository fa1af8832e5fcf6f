import { useCallback, useState } from 'react';
import { RequestError } from '../graphql';
import type { ServerUserError } from './useProblems';

export type ActionProblem = { code: string; message?: string; field?: readonly string[] | null };

/**
 * One button's mutation: busy while it runs, and its problem (the first
 * userError, or the failed request) kept as a code so that it is translated.
 * `run` resolves to true when the action succeeded.
 */
export function useAction() {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<ActionProblem>();
  const run = useCallback(async (action: () => Promise<readonly ServerUserError[] | void>): Promise<boolean> => {
    setBusy(true);
    setProblem(undefined);
    try {
      const errors = await action();
      if (errors && errors.length > 0) {
        setProblem({ code: errors[0].code, message: errors[0].message, field: errors[0].field });
        return false;
      }
      return true;
    } catch (err) {
      setProblem(err instanceof RequestError ? { code: err.code, message: err.message } : { code: 'UNKNOWN' });
      return false;
    } finally {
      setBusy(false);
    }
  }, []);
  const reset = useCallback(() => setProblem(undefined), []);
  return { busy, problem, run, reset };
}
