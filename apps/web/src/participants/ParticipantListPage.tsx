import {
  ALERT_KINDS,
  PHASES,
  TERRITORIES,
  type ParticipantListQuery,
} from '@territoires/contracts';
import { useId, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { useSession } from '../auth/session.js';
import { queryKeys, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { codeOptions } from '../ui/options.js';
import type { Option } from '../ui/Field.js';
import { ParticipantResults } from './ParticipantResults.js';

const PAGE_SIZE = 50;
const FILTERS = ['phase', 'referentId', 'territory', 'alert'] as const;
type FilterName = (typeof FILTERS)[number];

function FilterSelect(props: {
  label: string;
  value: string;
  options: Option[];
  onChange: (value: string) => void;
}) {
  const { t } = useTranslation();
  const id = useId();
  return (
    <div className="field">
      <label htmlFor={id}>{props.label}</label>
      <select
        id={id}
        value={props.value}
        onChange={(event) => {
          props.onChange(event.target.value);
        }}
      >
        <option value="">{t('common.all')}</option>
        {props.options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Filters live in the URL, so a filtered list can be bookmarked and the back button works. */
function useListQuery(): [ParticipantListQuery, (changes: Record<string, string>) => void] {
  const [params, setParams] = useSearchParams();
  const page = Number(params.get('page') ?? '1');
  const query: ParticipantListQuery = {
    page: Number.isInteger(page) && page > 0 ? page : 1,
    pageSize: PAGE_SIZE,
  };
  for (const name of [...FILTERS, 'q'] as const) {
    const value = params.get(name);
    if (value !== null && value !== '') Object.assign(query, { [name]: value });
  }
  const update = (changes: Record<string, string>) => {
    const next = new URLSearchParams(params);
    for (const [key, value] of Object.entries(changes)) {
      if (value === '') next.delete(key);
      else next.set(key, value);
    }
    if (!('page' in changes)) next.delete('page');
    setParams(next);
  };
  return [query, update];
}

function SearchForm({ q, onSearch }: { q: string; onSearch: (q: string) => void }) {
  const { t } = useTranslation();
  const searchId = useId();
  const submit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = new FormData(event.currentTarget).get('q');
    onSearch(typeof value === 'string' ? value.trim() : '');
  };
  return (
    <form role="search" className="search" onSubmit={submit}>
      <label htmlFor={searchId}>{t('participants.search')}</label>
      <div className="search-row">
        <input id={searchId} name="q" type="search" defaultValue={q} key={q} />
        <button type="submit" className="button secondary">
          {t('participants.searchSubmit')}
        </button>
      </div>
    </form>
  );
}

function Filters({
  query,
  update,
}: {
  query: ParticipantListQuery;
  update: (changes: Record<string, string>) => void;
}) {
  const { t } = useTranslation();
  const referents = useApiQuery('listStaff', queryKeys.staff({ role: 'referent' }), {
    query: { role: 'referent' },
  });
  const filterOptions: Record<FilterName, Option[]> = {
    phase: codeOptions(t, 'phase', PHASES),
    territory: codeOptions(t, 'territory', TERRITORIES),
    alert: codeOptions(t, 'alertKind', ALERT_KINDS),
    referentId: (referents.data ?? []).map((staff) => ({
      value: staff.id,
      label: staff.displayName,
    })),
  };
  const filterLabels: Record<FilterName, string> = {
    phase: t('participants.filterPhase'),
    referentId: t('participants.filterReferent'),
    territory: t('participants.filterTerritory'),
    alert: t('participants.filterAlert'),
  };
  return (
    <details className="filters" open={FILTERS.some((name) => query[name] !== undefined)}>
      <summary>{t('participants.filters')}</summary>
      <div className="filter-grid">
        {FILTERS.filter((name) => name !== 'referentId' || referents.isSuccess).map((name) => (
          <FilterSelect
            key={name}
            label={filterLabels[name]}
            value={query[name] ?? ''}
            options={filterOptions[name]}
            onChange={(value) => {
              update({ [name]: value });
            }}
          />
        ))}
      </div>
      <button
        type="button"
        className="button link"
        onClick={() => {
          update({ phase: '', referentId: '', territory: '', alert: '', q: '' });
        }}
      >
        {t('participants.reset')}
      </button>
    </details>
  );
}

export function ParticipantListPage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [query, update] = useListQuery();
  const list = useApiQuery('listParticipants', queryKeys.participantList(query), { query });
  return (
    <Page
      title={t('participants.title')}
      actions={
        session?.user.can.createParticipants === true && (
          <Link to="/participants/nouveau" className="button primary">
            <span aria-hidden="true">+ </span>
            {t('participants.new')}
          </Link>
        )
      }
    >
      <SearchForm
        q={query.q ?? ''}
        onSearch={(q) => {
          update({ q });
        }}
      />
      <Filters query={query} update={update} />
      {list.isPending && <Loading />}
      {list.isError && <FormError error={list.error} />}
      {list.data !== undefined && (
        <ParticipantResults
          list={list.data}
          onPage={(page) => {
            update({ page: String(page) });
          }}
        />
      )}
    </Page>
  );
}
