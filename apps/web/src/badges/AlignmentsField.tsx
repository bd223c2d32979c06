import {
  alignmentInputSchema,
  DI_THEMATIQUES,
  type AlignmentInput,
  type StoredAlignment,
} from '@territoires/contracts';
import { useId, useState, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { useApiQuery } from '../api/hooks.js';
import { codeOptions } from '../ui/options.js';
import { useDebounced } from './useDebounced.js';

/** What the designer holds: the input the server takes, and the name to show meanwhile. */
export type ChosenAlignment = StoredAlignment;

/** The input the server takes (it names ROME codes and thématiques itself). */
export const alignmentInputs = (chosen: readonly ChosenAlignment[]): AlignmentInput[] =>
  chosen.map((a) => {
    if (a.kind === 'esco') return { kind: 'esco', code: a.code, name: a.name };
    if (a.kind === 'rome')
      return a.appellation === undefined
        ? { kind: 'rome', code: a.code }
        : { kind: 'rome', code: a.code, appellation: a.appellation.code };
    return { kind: a.kind, code: a.code } as AlignmentInput;
  });

/** Two alignments to the same thing (a ROME family and one of its job titles are not). */
const sameAlignment = (a: ChosenAlignment, b: ChosenAlignment) =>
  a.kind === b.kind && a.code === b.code && a.appellation?.code === b.appellation?.code;

export const alignmentKey = (a: ChosenAlignment) =>
  `${a.kind}-${a.code}-${a.appellation?.code ?? ''}`;

/** "Métier : Cuisinier / Cuisinière (Personnel de cuisine, ROME G1602)", and the other kinds. */
export const alignmentLabel = (t: TFunction, a: ChosenAlignment): string =>
  a.appellation === undefined
    ? t(`badges.align.kind.${a.kind}`, { name: a.name, code: a.code })
    : t('badges.align.kind.romeTitle', { title: a.appellation.title, name: a.name, code: a.code });

// Enter in a search box adds nothing and must not send the whole badge.
const noSubmit = (event: KeyboardEvent) => {
  if (event.key === 'Enter') event.preventDefault();
};

function RomeSearch({ onAdd }: { onAdd: (a: ChosenAlignment) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [q, setQ] = useState('');
  const settled = useDebounced(q.trim());
  const found = useApiQuery(
    'searchRome',
    ['badges', 'rome', settled],
    { query: { q: settled } },
    { enabled: settled.length >= 2, staleTime: Infinity },
  );
  return (
    <div className="field">
      <label htmlFor={id}>{t('badges.align.rome')}</label>
      <p className="hint">{t('badges.align.romeHint')}</p>
      <input
        id={id}
        type="search"
        value={q}
        onKeyDown={noSubmit}
        onChange={(e) => {
          setQ(e.target.value);
        }}
      />
      {settled.length >= 2 && found.data?.length === 0 && <p>{t('badges.align.noJob')}</p>}
      <ul className="rome-results" aria-label={t('badges.align.results')}>
        {settled.length >= 2 &&
          found.data?.map((job) => (
            <li key={`${job.code}-${job.appellation ?? ''}`}>
              <button
                type="button"
                className="button secondary"
                onClick={() => {
                  onAdd({
                    kind: 'rome',
                    code: job.code,
                    name: job.label,
                    ...(job.appellation !== null && job.match !== null
                      ? { appellation: { code: job.appellation, title: job.match } }
                      : {}),
                  });
                }}
              >
                {job.match === null
                  ? t('badges.align.addJob', { code: job.code, label: job.label })
                  : t('badges.align.addJobTitle', {
                      code: job.code,
                      label: job.label,
                      title: job.match,
                    })}
              </button>
            </li>
          ))}
      </ul>
    </div>
  );
}

function ThematiqueChoice({ onAdd }: { onAdd: (a: ChosenAlignment) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState('');
  return (
    <div className="field">
      <label htmlFor={id}>{t('badges.align.thematique')}</label>
      <div className="inline-row">
        <select
          id={id}
          value={code}
          onChange={(e) => {
            setCode(e.target.value);
          }}
        >
          <option value="">{t('common.choose')}</option>
          {codeOptions(t, 'thematique', DI_THEMATIQUES).map((o) => (
            <option key={o.value} value={o.value}>
              {o.label}
            </option>
          ))}
        </select>
        <button
          type="button"
          className="button secondary"
          disabled={code === ''}
          onClick={() => {
            onAdd({ kind: 'thematique', code, name: t(`codes.thematique.${code}`) });
            setCode('');
          }}
        >
          {t('badges.align.addThematique')}
        </button>
      </div>
    </div>
  );
}

function EscoSkill({ onAdd }: { onAdd: (a: ChosenAlignment) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const [code, setCode] = useState('');
  const [name, setName] = useState('');
  const [error, setError] = useState(false);
  return (
    <fieldset className="fieldset form">
      <legend>{t('badges.align.esco')}</legend>
      <div className="field">
        <label htmlFor={`${id}-uri`}>{t('badges.align.escoUri')}</label>
        <p id={`${id}-hint`} className="hint">
          {t('badges.align.escoHint')}
        </p>
        <input
          id={`${id}-uri`}
          type="url"
          value={code}
          aria-invalid={error}
          aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
          onKeyDown={noSubmit}
          onChange={(e) => {
            setCode(e.target.value);
          }}
        />
        {error && (
          <p id={`${id}-error`} className="field-error">
            {t('badges.align.escoInvalid')}
          </p>
        )}
      </div>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('badges.align.escoName')}</label>
        <input
          id={`${id}-name`}
          type="text"
          value={name}
          onKeyDown={noSubmit}
          onChange={(e) => {
            setName(e.target.value);
          }}
        />
      </div>
      <button
        type="button"
        className="button secondary"
        onClick={() => {
          const parsed = alignmentInputSchema.safeParse({ kind: 'esco', code, name });
          setError(!parsed.success);
          if (!parsed.success || parsed.data.kind !== 'esco') return;
          onAdd({ kind: 'esco', code: parsed.data.code, name: parsed.data.name });
          setCode('');
          setName('');
        }}
      >
        {t('badges.align.addSkill')}
      </button>
    </fieldset>
  );
}

/** The badge's alignments: ROME jobs, data·inclusion thématiques, ESCO skills. */
export function AlignmentsField({
  value,
  onChange,
}: {
  value: readonly ChosenAlignment[];
  onChange: (next: ChosenAlignment[]) => void;
}) {
  const { t } = useTranslation();
  const add = (a: ChosenAlignment) => {
    if (!value.some((v) => sameAlignment(v, a))) onChange([...value, a]);
  };
  return (
    <fieldset className="fieldset form">
      <legend>{t('badges.align.legend')}</legend>
      <p className="hint">{t('badges.align.intro')}</p>
      {value.length > 0 && (
        <ul className="alignment-list" aria-label={t('badges.align.chosen')}>
          {value.map((a) => (
            <li key={alignmentKey(a)}>
              <span>{alignmentLabel(t, a)}</span>{' '}
              <button
                type="button"
                className="button secondary"
                aria-label={t('badges.align.removeNamed', { name: a.appellation?.title ?? a.name })}
                onClick={() => {
                  onChange(value.filter((v) => v !== a));
                }}
              >
                {t('badges.align.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <RomeSearch onAdd={add} />
      <ThematiqueChoice onAdd={add} />
      <EscoSkill onAdd={add} />
    </fieldset>
  );
}
