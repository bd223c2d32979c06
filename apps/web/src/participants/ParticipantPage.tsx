import type { ParticipantDetail } from '@territoires/contracts';
import type { ReactNode } from 'react';
import { Tab, TabList, TabPanel, Tabs, type Key } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { queryKeys, useApiQuery } from '../api/hooks.js';
import { AgendaSection } from '../attendance/AgendaSection.js';
import { CardSection } from '../attendance/CardSection.js';
import { Loading, Page } from '../layout/Page.js';
import { ExperiencesSection } from '../experiences/ExperiencesSection.js';
import { ParticipantSpaceSection } from '../me/ParticipantSpaceSection.js';
import { NotesSection } from '../notes/NotesSection.js';
import { ContractSection } from '../pathway/ContractSection.js';
import { ExitSection } from '../pathway/ExitSection.js';
import { PathwaySection } from '../pathway/PathwaySection.js';
import { TimelineSection } from '../pathway/TimelineSection.js';
import { TransferSection } from '../transfers/TransferSection.js';
import { FormError } from '../ui/FormError.js';
import { AlertBadges, PhaseBadge } from './badges.js';
import { ProfileSection } from './ProfileSection.js';
import { TeamSection } from './TeamSection.js';

interface Section {
  id: string;
  label: string;
  content: ReactNode;
}

/** Sections the viewer may see: the server leaves out what they may not read, `can` says the rest. */
function sectionsFor(participant: ParticipantDetail, label: (key: string) => string): Section[] {
  const p = participant;
  const all: (Section | false)[] = [
    { id: 'parcours', label: label('pathway'), content: <PathwaySection participant={p} /> },
    {
      id: 'chronologie',
      label: label('timeline'),
      content: <TimelineSection participantId={p.id} />,
    },
    p.team !== undefined && {
      id: 'equipe',
      label: label('team'),
      content: <TeamSection participant={p} />,
    },
    p.contracts !== undefined && {
      id: 'contrat',
      label: label('contract'),
      content: <ContractSection participant={p} />,
    },
    p.exits !== undefined && {
      id: 'sortie',
      label: label('exit'),
      content: <ExitSection participant={p} />,
    },
    p.profile !== undefined && {
      id: 'profil',
      label: label('profile'),
      content: <ProfileSection participant={p} />,
    },
    // Experiences are the person's own words and photos: the follow-up team and coordination only.
    p.can.seeSensitive && {
      id: 'experiences',
      label: label('experiences'),
      content: <ExperiencesSection participant={p} />,
    },
    p.can.edit && {
      id: 'agenda',
      label: label('agenda'),
      content: <AgendaSection participantId={p.id} />,
    },
    p.can.edit && {
      id: 'carte',
      label: label('card'),
      content: <CardSection participantId={p.id} />,
    },
    p.can.seeNotes && {
      id: 'notes',
      label: label('notes'),
      content: <NotesSection participantId={p.id} />,
    },
    // Transfers are read by whoever sees the file; proposing is the following organisation's coordinateur's.
    p.can.seeNotes && {
      id: 'transfert',
      label: label('transfer'),
      content: <TransferSection participant={p} />,
    },
    // Like the server: only those who see the whole file hand out a way into the space.
    p.can.seeSensitive && {
      id: 'espace',
      label: label('space'),
      content: <ParticipantSpaceSection participant={p} />,
    },
  ];
  return all.filter((section): section is Section => section !== false);
}

export function ParticipantPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const participant = useApiQuery('getParticipant', queryKeys.participant(id), { params: { id } });

  if (participant.isPending) return <Loading />;
  if (participant.isError) return <FormError error={participant.error} />;
  const p = participant.data;
  const sections = sectionsFor(p, (key) => t(`participant.${key}`));
  const requested = params.get('section');
  const selected = sections.some((section) => section.id === requested)
    ? (requested ?? 'parcours')
    : 'parcours';
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
              {section.label}
            </Tab>
          ))}
        </TabList>
        {sections.map((section) => (
          <TabPanel key={section.id} id={section.id} className="tab-panel">
            <h2>{section.label}</h2>
            {section.content}
          </TabPanel>
        ))}
      </Tabs>
    </Page>
  );
}
