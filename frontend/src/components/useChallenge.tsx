import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { solveInWorker, type Challenge } from '../lib/challenge';

type Challenged = {
  userErrors: readonly { code: string }[];
  challenge?: Challenge | null;
};

/**
 * Sends a signIn or requestReset and, when the server asks for a proof of
 * work (CHALLENGE_REQUIRED), solves it in a Web Worker and sends it again
 * with the solution: the person sees a short "Checking your browser…",
 * announced politely by `status` (a live region that is always there, empty until then, so that screen readers pick the change up; not role="status", which screens use for their own confirmations).
 */
export function useChallenge() {
  const { t } = useTranslation();
  const [checking, setChecking] = useState(false);

  async function send<P extends Challenged>(attempt: (challenge?: string) => Promise<P>): Promise<P> {
    let p = await attempt();
    // Twice at most: a solution refused (expired while solving) gets one
    // more try with the new challenge.
    for (let i = 0; i < 2 && p.challenge && p.userErrors.some((e) => e.code === 'CHALLENGE_REQUIRED'); i++) {
      setChecking(true);
      let solution: string | null;
      try {
        solution = await solveInWorker(p.challenge);
      } finally {
        setChecking(false);
      }
      if (!solution) break;
      p = await attempt(solution);
    }
    return p;
  }

  const status = (
    <p className="challenge-status" aria-live="polite">
      {checking ? t('challenge.checking') : ''}
    </p>
  );
  return { send, checking, status };
}
