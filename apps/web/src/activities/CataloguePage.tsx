import {
  ACTIVITY_KINDS,
  CATALOGUE_PERIODS,
  DI_THEMATIQUES,
  TERRITORIES,
  type CatalogueItem,
  type QueryOf,
} from '@territoires/contracts';
import { useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { useSession } from '../auth/session.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { formatSlot } from '../time/time.js';
import { activityKeys, KIND_ICONS, WEEKDAYS } from './format.js';

type Filters = Partial<Record<'q' | 'theme' | 'kind' | 'territory' | 'period' | 'weekday', string>>;

function Select({
  name,
  label,
  options,
  value,
  anyLabel,
}: {
  name: string;
  label: string;
  options: { value: string; label: string }[];
  value: string | undefined;
  anyLabel: string;
}) {
  return (
    <div className="field">
      <label htmlFor={`filter-${name}`}>{label}</label>
      <select id={`filter-${name}`} name={name} defaultValue={value ?? ''}>
        <option value="">{anyLabel}</option>
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function ActivityCard({ item }: { item: CatalogueItem }) {
  const { t, i18n } = useTranslation();
  return (
    <li className="card activity-card">
      <p className="activity-kind">
        <span aria-hidden="true">{KIND_ICONS[item.kind]}</span>{' '}
        {t(`codes.activityKind.${item.kind}`)}
      </p>
      <h2>
        <Link to={`/activites/${item.id}`}>{item.title}</Link>
      </h2>
      <p className="muted">
        {item.organisationName}
        {item.commune !== null && ` · ${item.commune}`}
      </p>
      {item.nextSessions.length === 0 ? (
        <p className="muted">{t('activities.noSessions')}</p>
      ) : (
        <ul className="session-list" aria-label={t('activities.nextSessions')}>
          {item.nextSessions.map((s) => (
            <li key={s.id}>
              <Link to={`/seances/${s.id}`}>{formatSlot(s.startsAt, s.endsAt, i18n.language)}</Link>
              {' · '}
              {s.seatsLeft > 0
                ? t('activities.seatsLeft', { count: s.seatsLeft })
                : t('activities.full')}
            </li>
          ))}
        </ul>
      )}
    </li>
  );
}

/** The filters on one form (works on a phone); searching sends them all at once. */
function CatalogueFilters({
  filters,
  onSearch,
}: {
  filters: Filters;
  onSearch: (filters: Filters) => void;
}) {
  const { t } = useTranslation();
  const onSubmit = (event: SyntheticEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget);
    const entries = [...data.entries()].map(([k, v]) => [k, typeof v === 'string' ? v.trim() : '']);
    onSearch(Object.fromEntries(entries) as Filters);
  };
  const options = (group: string, codes: readonly string[]) =>
    codes.map((c) => ({ value: c, label: t(`${group}.${c}`) }));
  return (
    <form
      className="card form filters"
      role="search"
      aria-label={t('activities.filters')}
      onSubmit={onSubmit}
    >
      <div className="field">
        <label htmlFor="filter-q">{t('activities.text')}</label>
        <input id="filter-q" name="q" type="search" defaultValue={filters.q ?? ''} />
      </div>
      <Select
        name="kind"
        label={t('activities.kind')}
        anyLabel={t('common.all')}
        value={filters.kind}
        options={options('codes.activityKind', ACTIVITY_KINDS)}
      />
      <Select
        name="theme"
        label={t('activities.theme')}
        anyLabel={t('common.all')}
        value={filters.theme}
        options={options('codes.thematique', DI_THEMATIQUES)}
      />
      <Select
        name="territory"
        label={t('activities.territory')}
        anyLabel={t('common.all')}
        value={filters.territory}
        options={options('codes.territory', TERRITORIES)}
      />
      <Select
        name="period"
        label={t('activities.period')}
        anyLabel={t('activities.anyTime')}
        value={filters.period}
        options={options('activities.periods', CATALOGUE_PERIODS)}
      />
      <Select
        name="weekday"
        label={t('activities.weekday')}
        anyLabel={t('activities.anyDay')}
        value={filters.weekday}
        options={options('activities.weekdays', WEEKDAYS)}
      />
      <button type="submit" className="button">
        {t('activities.search')}
      </button>
    </form>
  );
}

/** Previous and next pages of the catalogue (20 activities a page). */
function Pager({
  offset,
  nextOffset,
  onPage,
}: {
  offset: number;
  nextOffset: number | null;
  onPage: (offset: number) => void;
}) {
  const { t } = useTranslation();
  if (offset === 0 && nextOffset === null) return null;
  return (
    <nav className="pager" aria-label={t('activities.pages')}>
      {offset > 0 && (
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            onPage(Math.max(0, offset - PAGE));
          }}
        >
          <span aria-hidden="true">← </span>
          {t('activities.previousPage')}
        </button>
      )}
      {nextOffset !== null && (
        <button
          type="button"
          className="button secondary"
          onClick={() => {
            onPage(nextOffset);
          }}
        >
          {t('activities.nextPage')}
          <span aria-hidden="true"> →</span>
        </button>
      )}
    </nav>
  );
}

const PAGE = 20;

/** The staff catalogue: filters on one form, cards below, page by page. */
export function CataloguePage() {
  const { t } = useTranslation();
  const { session } = useSession();
  const [filters, setFilters] = useState<Filters>({});
  const [offset, setOffset] = useState(0);
  const query = {
    ...Object.fromEntries(Object.entries(filters).filter(([, v]) => v !== '')),
    ...(offset > 0 ? { offset } : {}),
  } as QueryOf<'searchCatalogue'>;
  const result = useApiQuery('searchCatalogue', activityKeys.catalogue('staff', query), { query });
  const manages = session?.user.can.manageActivitiesAt;
  return (
    <Page
      title={t('activities.catalogueTitle')}
      actions={
        (manages === 'all' || (manages ?? []).length > 0) && (
          <Link className="button primary" to="/activites/nouvelle">
            {t('activities.new')}
          </Link>
        )
      }
    >
      <CatalogueFilters
        filters={filters}
        onSearch={(next) => {
          setFilters(next);
          setOffset(0);
        }}
      />
      {result.isPending ? (
        <Loading />
      ) : result.isError ? (
        <FormError error={result.error} />
      ) : result.data.items.length === 0 ? (
        <p role="status">{t('activities.noResults')}</p>
      ) : (
        <>
          <ul className="activity-cards">
            {result.data.items.map((item) => (
              <ActivityCard key={item.id} item={item} />
            ))}
          </ul>
          <Pager offset={offset} nextOffset={result.data.nextOffset} onPage={setOffset} />
        </>
      )}
    </Page>
  );
}
