import type { Contract } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks.js';

/**
 * A contract's key objectives, each with its state: reached once a badge that proves it is
 * accepted (badges' progress, issue 17), and the badges that prove it.
 */
export function ObjectiveStates({
  participantId,
  contract,
}: {
  participantId: string;
  contract: Contract;
}) {
  const { t } = useTranslation();
  const progress = useApiQuery(
    'participantObjectives',
    ['participants', participantId, 'objectives'],
    {
      params: { id: participantId },
    },
  );
  const states = new Map(progress.data?.objectives.map((o) => [o.id, o]));
  return (
    <ol>
      {contract.objectives.map((objective) => {
        const state = states.get(objective.id);
        return (
          <li key={objective.id}>
            {objective.text}
            {state !== undefined && (
              <>
                {' '}
                <strong>
                  {state.reached ? t('contract.objectiveReached') : t('contract.objectiveNotYet')}
                </strong>
                {state.badges.length > 0 && (
                  <>
                    <br />
                    {t('contract.provedBy', { names: state.badges.map((b) => b.name).join(', ') })}
                  </>
                )}
              </>
            )}
          </li>
        );
      })}
    </ol>
  );
}
