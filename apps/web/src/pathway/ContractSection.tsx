import type { Contract, ParticipantDetail } from '@territoires/contracts';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { queryKeys, useApiQuery } from '../api/hooks.js';
import { Loading } from '../layout/Page.js';
import { formatDate } from '../time/time.js';
import { AmendContractForm } from './AmendContractForm.js';
import { ObjectiveStates } from './ObjectiveStates.js';
import { SignContractForm } from './SignContractForm.js';

function ContractDetails({
  contract,
  participantId,
}: {
  contract: Contract;
  participantId: string;
}) {
  const { t, i18n } = useTranslation();
  const date = (iso: string) => formatDate(iso, i18n.language);
  return (
    <div className="card stack">
      <h3>
        {t('contract.current', { number: contract.number })} ·{' '}
        {t(`contract.status.${contract.status}`)}
      </h3>
      <dl className="facts">
        <dt>{t('contract.signedOn')}</dt>
        <dd>{date(contract.signedOn)}</dd>
        <dt>{t('contract.plannedEndOn')}</dt>
        <dd>{date(contract.plannedEndOn)}</dd>
        <dt>{t('contract.deadline')}</dt>
        <dd>{date(contract.deadlineOn)}</dd>
        <dt>{t('contract.coSigners')}</dt>
        <dd>{contract.coSigners.map((signer) => signer.displayName).join(', ')}</dd>
      </dl>
      <h4>{t('contract.objectives')}</h4>
      <ObjectiveStates participantId={participantId} contract={contract} />
      <h4>{t('contract.history')}</h4>
      {contract.amendments.length === 0 ? (
        <p>{t('contract.noAmendment')}</p>
      ) : (
        <ul>
          {contract.amendments.map((amendment) => (
            <li key={amendment.id}>
              {t('contract.amendmentBy', {
                date: date(amendment.at),
                name: amendment.byDisplayName,
                reason: amendment.reason,
              })}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

function SignSection({ participant }: { participant: ParticipantDetail }) {
  const staff = useApiQuery(
    'listStaff',
    queryKeys.staff({ organisationId: participant.organisationId }),
    {
      query: { organisationId: participant.organisationId },
    },
  );
  if (staff.isPending) return <Loading />;
  // Who may co-sign is the server's answer (the pathway policy), not a list of roles here.
  const candidates = (staff.data ?? []).filter((member) => member.coSigner);
  return <SignContractForm participant={participant} candidates={candidates} />;
}

export function ContractSection({ participant }: { participant: ParticipantDetail }) {
  const { t } = useTranslation();
  const [params, setParams] = useSearchParams();
  const contracts = participant.contracts ?? [];
  const active = contracts.find((contract) => contract.status === 'active');
  const past = contracts.filter((contract) => contract.status !== 'active');
  const reentry = params.get('reentry') === '1';
  const canSign =
    participant.can.edit && active === undefined && (participant.phase !== 'exit' || reentry);

  return (
    <div className="stack">
      {active === undefined && (
        <p>{contracts.length === 0 ? t('contract.none') : t('contract.noActive')}</p>
      )}
      {active !== undefined && <ContractDetails contract={active} participantId={participant.id} />}
      {active !== undefined && participant.can.edit && (
        <AmendContractForm participant={participant} contract={active} />
      )}
      {participant.phase === 'exit' && participant.can.edit && !reentry && (
        <button
          type="button"
          className="button primary"
          onClick={() => {
            const next = new URLSearchParams(params);
            next.set('reentry', '1');
            setParams(next, { replace: true });
          }}
        >
          {t('contract.reentry')}
        </button>
      )}
      {reentry && participant.phase === 'exit' && <p>{t('contract.reentryIntro')}</p>}
      {canSign && <SignSection participant={participant} />}
      {past.map((contract) => (
        <ContractDetails key={contract.id} contract={contract} participantId={participant.id} />
      ))}
    </div>
  );
}
