import type { ParticipantDetail } from '@territoires/contracts';
import { Suspense } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { queryKeys, useApiQuery } from '../api/hooks.js';
import { DOMAINS } from '../domains.js';
import type { ParticipantSection } from '../layout/domain.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { AlertBadges, PhaseBadge } from './badges.js';

/** The tabs this viewer gets, from every domain's list: `shown` reads what the server sent and its `can`. */
function sectionsFor(participant: ParticipantDetail): ParticipantSection[] {
  return DOMAINS.flatMap((domain) => domain.participantSections ?? [])
    .filter((section) => section.shown(participant))
    .sort((a, b) => a.order - b.order);
}

export function ParticipantPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const participant = useApiQuery('getParticipant', queryKeys.participant(id), { params: { id } });

  if (participant.isPending) return <Loading />;
  if (participant.isError) return <FormError error={participant.error} />;
  const p = participant.data;
  const sections = sectionsFor(p);
  const requested = params.get('section');
  const selected = sections.some((section) => section.id === requested)
    ? (requested ?? '')
    : (sections[0]?.id ?? '');
  const select = (key: Key) => {
    const next = new URLSearchParams(params);
    next.set('section', String(key));
    next.delete('reentry');
    setParams(next, { replace: true });
  };

  return (
    <Page title={p.pseudonym}>
      <p>
        <Link to="/participants">
          <span aria-hidden="true">← </span>
          {t('participant.back')}
        </Link>
      </p>
      <div className="participant-summary">
        <PhaseBadge phase={p.phase} />
        {p.alerts.length > 0 && <AlertBadges alerts={p.alerts} />}
      </div>
      <Tabs selectedKey={selected} onSelectionChange={select} className="tabs">
        <TabList aria-label={t('participant.sections')} className="tab-list">
          {sections.map((section) => (
            <Tab key={section.id} id={section.id} className="tab">
              {t(section.label)}
            </Tab>
          ))}
        </TabList>
        {sections.map((section) => (
          <TabPanel key={section.id} id={section.id} className="tab-panel">
            <h2>{t(section.label)}</h2>
            <Suspense fallback={<Loading />}>
              <section.Component participant={p} />
            </Suspense>
          </TabPanel>
        ))}
      </Tabs>
    </Page>
  );
}
