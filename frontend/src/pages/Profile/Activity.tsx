import { useTranslation } from 'react-i18next';
import { AuditTable } from '../../components/AuditTable';
import { Pager, useCursorPager } from '../../components/Pager';
import { Empty, LoadError, Loading } from '../../components/Status';
import { useQuery } from '../../graphql';
import { MyActivityDocument } from './profile.graphql';
import { Section } from './Section';

const activityPageSize = 10;

export function Activity() {
  const { t } = useTranslation();
  const pager = useCursorPager();
  const { data, error, loading, refetch } = useQuery(MyActivityDocument, { first: activityPageSize, after: pager.after });
  const connection = data?.me?.activity;
  const rows = (connection?.edges ?? []).flatMap((e) => (e?.node ? [e.node] : []));
  return (
    <Section id="activity" title={t('profile.activityTitle')}>
      <p>{t('profile.activityIntro')}</p>
      {error ? (
        <LoadError error={error} retry={refetch} />
      ) : !connection && loading ? (
        <Loading />
      ) : rows.length === 0 ? (
        <Empty>{t('profile.noActivity')}</Empty>
      ) : (
        <div aria-busy={loading || undefined}>
          <AuditTable rows={rows} caption={t('profile.activityTitle')} />
          <Pager
            pager={pager}
            pageInfo={connection?.pageInfo}
            totalCount={connection?.totalCount}
            label={t('profile.activityPages')}
          />
        </div>
      )}
    </Section>
  );
}
