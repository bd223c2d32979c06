import type { Experience, ParticipantDetail } from '@territoires/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { queryKeys, useApiQuery } from '../api/hooks.js';
import { Loading } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { AddEvidence } from './AddEvidence.js';
import { DeleteReflection } from './DeleteReflection.js';
import { ExperienceCard } from './ExperienceCard.js';
import { ExperienceForm } from './ExperienceForm.js';
import { experienceKeys } from './keys.js';
import { ReflectionCard } from './ReflectionCard.js';
import { ReflectionForm } from './ReflectionForm.js';

type Open = null | 'experience' | 'reflection' | { edit: string };

type Adding = 'experience' | 'reflection';

/** The two buttons that open (and close) the forms to add an experience or a reflection. */
function AddButtons({ open, toggle }: { open: Open; toggle: (next: Adding) => void }) {
  const { t } = useTranslation();
  return (
    <div className="button-row">
      <button
        type="button"
        className="button primary"
        aria-expanded={open === 'experience'}
        onClick={() => {
          toggle('experience');
        }}
      >
        <span aria-hidden="true">＋ </span>
        {t('experiences.add')}
      </button>
      <button
        type="button"
        className="button secondary"
        aria-expanded={open === 'reflection'}
        onClick={() => {
          toggle('reflection');
        }}
      >
        <span aria-hidden="true">💬 </span>
        {t('reflections.add')}
      </button>
    </div>
  );
}

/** The reflexivity times, each a card with its edit button, or its form while edited. */
function Reflections({
  participant,
  experiences,
  open,
  setOpen,
}: {
  participant: ParticipantDetail;
  experiences: readonly Experience[];
  open: Open;
  setOpen: (open: Open) => void;
}) {
  const { t } = useTranslation();
  const id = participant.id;
  const reflections = useApiQuery('listReflections', experienceKeys.reflections(id), {
    params: { id },
  });
  return (
    <section className="stack" aria-labelledby="reflections-heading">
      <h3 id="reflections-heading">{t('reflections.title')}</h3>
      {reflections.isPending && <Loading />}
      {reflections.isError && <FormError error={reflections.error} />}
      {reflections.data?.length === 0 && <p>{t('reflections.empty')}</p>}
      {reflections.data?.map((r) =>
        typeof open === 'object' && open?.edit === r.id ? (
          <ReflectionForm
            key={r.id}
            participant={participant}
            experiences={experiences}
            reflection={r}
            onDone={() => {
              setOpen(null);
            }}
          />
        ) : (
          <ReflectionCard key={r.id} reflection={r} experiences={experiences}>
            {r.badge?.status === 'proposed' && (
              <Link
                className="button primary"
                to={{ search: `?section=badges&reflection=${r.id}` }}
              >
                <span aria-hidden="true">🏅 </span>
                {t('badgeAward.fromReflectionLink')}
              </Link>
            )}
            <button
              type="button"
              className="button secondary"
              onClick={() => {
                setOpen({ edit: r.id });
              }}
            >
              <span aria-hidden="true">✏️ </span>
              {t('reflections.edit')}
            </button>
            {r.can.delete && <DeleteReflection reflection={r} />}
          </ReflectionCard>
        ),
      )}
    </section>
  );
}

/** The participant's lived experiences and reflexivity times, with the forms to add to them. */
export function ExperiencesSection({ participant }: { participant: ParticipantDetail }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState<Open>(null);
  const id = participant.id;
  const experiences = useApiQuery('listExperiences', experienceKeys.experiences(id), {
    params: { id },
  });
  const close = () => {
    setOpen(null);
  };
  return (
    <div className="stack">
      <AddButtons
        open={open}
        toggle={(next) => {
          setOpen(open === next ? null : next);
        }}
      />
      {open === 'experience' && <ExperienceForm participantId={id} onDone={close} />}
      {open === 'reflection' && (
        <ReflectionForm
          participant={participant}
          experiences={experiences.data ?? []}
          onDone={close}
        />
      )}
      <Reflections
        participant={participant}
        experiences={experiences.data ?? []}
        open={open}
        setOpen={setOpen}
      />
      <section className="stack" aria-labelledby="experiences-heading">
        <h3 id="experiences-heading">{t('experiences.title')}</h3>
        {experiences.isPending && <Loading />}
        {experiences.isError && <FormError error={experiences.error} />}
        {experiences.data?.length === 0 && <p>{t('experiences.empty')}</p>}
        {experiences.data?.map((e) => (
          <ExperienceCard key={e.id} experience={e} audience="staff">
            <Link
              className="button secondary"
              to={{ search: `?section=badges&experience=${e.id}` }}
            >
              <span aria-hidden="true">🏅 </span>
              {t('badgeAward.fromExperienceLink')}
            </Link>
            {e.can.addFile && (
              <AddEvidence
                experienceId={e.id}
                audience="staff"
                invalidate={[experienceKeys.experiences(id), queryKeys.timeline(id)]}
              />
            )}
          </ExperienceCard>
        ))}
      </section>
    </div>
  );
}
