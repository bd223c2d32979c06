import {
  PHASE_TRANSITIONS,
  PHASES_ENTERED_BY_ACTION,
  type ParticipantDetail,
  type Phase,
} from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PhaseBadge } from '../participants/badges.js';
import { EditParticipantForm } from '../participants/EditParticipantForm.js';
import {
  useParticipantMutation,
  useReloadParticipant,
} from '../participants/useParticipantMutation.js';
import { FormError, Success } from '../ui/FormError.js';

/** Phases reachable by a plain move: contract signature and exit have their own forms. */
export const directNextPhases = (phase: Phase): Phase[] =>
  PHASE_TRANSITIONS[phase].filter((next) => !PHASES_ENTERED_BY_ACTION.includes(next));

export function PathwaySection({ participant }: { participant: ParticipantDetail }) {
  const { t } = useTranslation();
  const change = useParticipantMutation('changePhase', participant.id);
  const reload = useReloadParticipant(participant.id);
  const next = directNextPhases(participant.phase);
  return (
    <div className="stack">
      <p>
        <span className="label">{t('pathway.current')} : </span>
        <PhaseBadge phase={participant.phase} />
      </p>
      {participant.can.edit && (
        <section aria-labelledby="next-phases" className="stack">
          <h3 id="next-phases">{t('pathway.next')}</h3>
          <FormError
            error={change.error}
            onReload={() => {
              change.reset();
              reload();
            }}
          />
          {change.isSuccess && <Success>{t('pathway.moved')}</Success>}
          {next.length === 0 ? (
            <p>{t('pathway.none')}</p>
          ) : (
            <div className="button-row">
              {next.map((phase) => (
                <button
                  key={phase}
                  type="button"
                  className="button secondary"
                  disabled={change.isPending}
                  onClick={() => {
                    change.mutate({ version: participant.version, to: phase });
                  }}
                >
                  {t('pathway.moveTo', { phase: t(`codes.phase.${phase}`) })}
                </button>
              ))}
            </div>
          )}
          {participant.phase === 'exit' && participant.contracts !== undefined && (
            <Link className="button primary" to="?section=contrat&reentry=1">
              {t('contract.reentry')}
            </Link>
          )}
          <p className="hint">{t('pathway.byAction')}</p>
        </section>
      )}
      {participant.can.edit && participant.territory !== undefined && (
        <EditParticipantForm participant={participant} />
      )}
    </div>
  );
}
