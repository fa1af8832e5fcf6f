import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** Forward cursors of a Relay connection, remembered to go back. */
export function useCursorPager() {
  const [stack, setStack] = useState<(string | null)[]>([null]);
  const after = stack[stack.length - 1];
  return {
    after,
    page: stack.length,
    next: useCallback((cursor: string | null | undefined) => {
      if (cursor) setStack((s) => [...s, cursor]);
    }, []),
    previous: useCallback(() => setStack((s) => (s.length > 1 ? s.slice(0, -1) : s)), []),
    reset: useCallback(() => setStack([null]), []),
  };
}

/** "Previous" and "Next" for a connection, with the page and the total. */
export function Pager({
  pager,
  pageInfo,
  totalCount,
  label,
}: {
  pager: ReturnType<typeof useCursorPager>;
  pageInfo?: { hasNextPage: boolean; endCursor?: string | null };
  totalCount?: number;
  label: string;
}) {
  const { t, i18n } = useTranslation();
  const hasNext = Boolean(pageInfo?.hasNextPage && pageInfo.endCursor);
  return (
    <nav className="pager" aria-label={label}>
      <button
        type="button"
        className="button button-secondary"
        disabled={pager.page <= 1}
        onClick={pager.previous}
      >
        {t('pager.previous')}
      </button>
      <span>
        {t('pager.page', { page: new Intl.NumberFormat(i18n.resolvedLanguage).format(pager.page) })}
        {totalCount !== undefined &&
          ` · ${t('pager.total', { formatted: new Intl.NumberFormat(i18n.resolvedLanguage).format(totalCount) })}`}
      </span>
      <button
        type="button"
        className="button button-secondary"
        disabled={!hasNext}
        onClick={() => pager.next(pageInfo?.endCursor)}
      >
        {t('pager.next')}
      </button>
    </nav>
  );
}
