import type { EndorsementChoices, EndorsementTarget } from '@territoires/contracts';
import { useId, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { FormError, Success } from '../ui/FormError.js';

/** "achievement:<id>" or "issuer:<organisation id>": one select for both kinds. */
const parseTarget = (value: string): EndorsementTarget | null => {
  const [kind, id = ''] = value.split(':');
  return kind === 'achievement' || kind === 'issuer' ? { kind, id } : null;
};

function TargetOptions({ choices, as }: { choices: EndorsementChoices; as: string }) {
  const { t } = useTranslation();
  return (
    <>
      <option value="">{t('common.choose')}</option>
      <optgroup label={t('endorsements.staff.badges')}>
        {choices.achievements
          .filter((a) => a.organisationId !== as)
          .map((a) => (
            <option key={a.id} value={`achievement:${a.id}`}>
              {t('endorsements.staff.badgeOf', { name: a.name, issuer: a.issuerName })}
            </option>
          ))}
      </optgroup>
      <optgroup label={t('endorsements.staff.issuers')}>
        {choices.issuers
          .filter((i) => i.organisationId !== as)
          .map((i) => (
            <option key={i.organisationId} value={`issuer:${i.organisationId}`}>
              {i.name}
            </option>
          ))}
      </optgroup>
    </>
  );
}

function EndorseForm({ choices }: { choices: EndorsementChoices }) {
  const { t } = useTranslation();
  const id = useId();
  const [as, setAs] = useState(choices.organisations[0]?.id ?? '');
  const [target, setTarget] = useState('');
  const [comment, setComment] = useState('');
  const endorse = useApiMutation('endorseAsOrganisation');
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const parsed = parseTarget(target);
    if (parsed === null) return;
    endorse.mutate(
      { body: { target: parsed, organisationId: as, comment } },
      {
        onSuccess: () => {
          setTarget('');
          setComment('');
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{t('endorsements.staff.title')}</h2>
      <p>{t('endorsements.staff.intro')}</p>
      {endorse.isSuccess && <Success>{t('endorsements.staff.done')}</Success>}
      <FormError error={endorse.error} />
      {choices.organisations.length > 1 && (
        <div className="field">
          <label htmlFor={`${id}-as`}>{t('endorsements.staff.as')}</label>
          <select
            id={`${id}-as`}
            value={as}
            onChange={(e) => {
              setAs(e.target.value);
            }}
          >
            {choices.organisations.map((o) => (
              <option key={o.id} value={o.id}>
                {o.name}
              </option>
            ))}
          </select>
        </div>
      )}
      <div className="field">
        <label htmlFor={`${id}-target`}>{t('endorsements.staff.target')}</label>
        <select
          id={`${id}-target`}
          value={target}
          onChange={(e) => {
            setTarget(e.target.value);
          }}
        >
          <TargetOptions choices={choices} as={as} />
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${id}-comment`}>{t('endorsements.staff.comment')}</label>
        <textarea
          id={`${id}-comment`}
          rows={3}
          value={comment}
          onChange={(e) => {
            setComment(e.target.value);
          }}
        />
      </div>
      <button
        type="submit"
        className="button primary"
        disabled={endorse.isPending || target === '' || comment.trim() === ''}
      >
        {t('endorsements.staff.submit')}
      </button>
    </form>
  );
}

/** On /badges: a member's staff endorse another member's badge or issuer in its name. */
export function EndorseAsMember() {
  const choices = useApiQuery('endorsementChoices', ['endorsements', 'choices']);
  if (choices.data === undefined || choices.data.organisations.length === 0) return null;
  return <EndorseForm choices={choices.data} />;
}
