import type { AttendanceStatus, ScanResult } from '@territoires/contracts';
import { useQueryClient } from '@tanstack/react-query';
import {
  useCallback,
  useState,
  type Dispatch,
  type SetStateAction,
  type SyntheticEvent,
} from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { formatDay, formatTimeRange } from '../time/time.js';
import { CardScanner } from './CardScanner.js';
import { RosterList } from './RosterList.js';
import { useScanQueue } from './useScanQueue.js';

export const rosterKey = (sessionId: string) => ['sessions', sessionId, 'roster'] as const;

type Outcome = { kind: 'ok' | 'warn' | 'error'; text: string };

function useOutcomeText() {
  const { t } = useTranslation();
  return (result: ScanResult | 'queued', status: AttendanceStatus = 'present'): Outcome => {
    if (result === 'queued') return { kind: 'warn', text: t('attendance.result.queued') };
    if (result.status === 'ok')
      return {
        kind: 'ok',
        text: t(result.walkIn ? 'attendance.result.walkIn' : 'attendance.result.ok', {
          name: result.name,
          status: t(`attendance.status.${status}`),
        }),
      };
    if (result.status === 'duplicate')
      return { kind: 'warn', text: t('attendance.result.duplicate', { name: result.name }) };
    return { kind: 'error', text: t(`errors.${result.code ?? 'internal.unexpected'}`) };
  };
}

function GuestForm({ sessionId }: { sessionId: string }) {
  const { t } = useTranslation();
  const [name, setName] = useState('');
  const add = useApiMutation('registerToSession', [rosterKey(sessionId)]);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    if (name.trim() === '') return;
    add.mutate(
      { params: { id: sessionId }, body: { guestName: name.trim() } },
      {
        onSuccess: () => {
          setName('');
        },
      },
    );
  };
  return (
    <form className="form" onSubmit={submit} noValidate>
      <FormError error={add.error} />
      <div className="field">
        <label htmlFor="guest-name">{t('attendance.session.guestName')}</label>
        <input
          id="guest-name"
          value={name}
          onChange={(event) => {
            setName(event.target.value);
          }}
          autoComplete="off"
        />
      </div>
      <button type="submit" className="button secondary" disabled={add.isPending}>
        {t('attendance.session.addGuest')}
      </button>
    </form>
  );
}

/**
 * Marks through the offline queue: lines marked on this phone show as present at once, even before
 * the server has them; each answer becomes the outcome shown above the roster.
 */
function useMarks(sessionId: string) {
  const queryClient = useQueryClient();
  const refresh = useCallback(
    () => void queryClient.invalidateQueries({ queryKey: rosterKey(sessionId) }),
    [queryClient, sessionId],
  );
  const { pending, online, mark } = useScanQueue(refresh);
  const outcomeText = useOutcomeText();
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [marked, setMarked] = useState<Map<string, AttendanceStatus>>(new Map());
  const markLine = (registrationId: string, status: AttendanceStatus) => {
    setMarked((previous) => new Map(previous).set(registrationId, status));
    void mark({ sessionId, registrationId, status }).then((result) => {
      setOutcome(outcomeText(result, status));
    });
  };
  const markCard = (cardCode: string) => {
    void mark({ sessionId, cardCode }).then((result) => {
      setOutcome(outcomeText(result));
    });
  };
  return { pending, online, outcome, marked, markLine, markCard };
}

/** The button that opens the card scanner, and the scanner. */
function ScanToggle({
  scanning,
  setScanning,
  onCode,
}: {
  scanning: boolean;
  setScanning: Dispatch<SetStateAction<boolean>>;
  onCode: (code: string) => void;
}) {
  const { t } = useTranslation();
  return (
    <>
      <button
        type="button"
        className="button primary big"
        aria-expanded={scanning}
        onClick={() => {
          setScanning((open) => !open);
        }}
      >
        <span aria-hidden="true">▣ </span>
        {scanning ? t('attendance.session.closeScanner') : t('attendance.session.scan')}
      </button>
      {scanning && <CardScanner onCode={onCode} />}
    </>
  );
}

/** Partner staff's screen for one session, on a phone: the roster, marks, the card scanner. */
export function SessionPage() {
  const { t, i18n } = useTranslation();
  const { sessionId = '' } = useParams();
  const roster = useApiQuery('sessionRoster', rosterKey(sessionId), { params: { id: sessionId } });
  const { pending, online, outcome, marked, markLine, markCard } = useMarks(sessionId);
  const [scanning, setScanning] = useState(false);

  if (roster.isPending) return <Loading />;
  if (roster.isError) return <FormError error={roster.error} />;
  const { session } = roster.data;
  const presentCount = roster.data.entries.filter((e) => {
    const status =
      e.status ?? (e.registrationId === null ? undefined : marked.get(e.registrationId));
    return status === 'present' || status === 'late';
  }).length;

  return (
    <Page title={session.activityTitle}>
      <p>
        <Link to="/semaine">
          <span aria-hidden="true">← </span>
          {t('attendance.session.back')}
        </Link>
      </p>
      <p className="session-when">
        {formatDay(session.startsAt, i18n.language)} ·{' '}
        {formatTimeRange(session.startsAt, session.endsAt, i18n.language)}
        {session.place !== null && ` · ${session.place}`}
      </p>
      {session.cancelled && (
        <p className="message message-error">{t('attendance.session.cancelled')}</p>
      )}
      <p role="status" className="sync-status">
        {t('attendance.session.counts', {
          present: presentCount,
          count: roster.data.entries.length,
        })}
        {!online && ` · ${t('attendance.session.offline')}`}
        {pending > 0 && ` · ${t('attendance.session.pending', { count: pending })}`}
      </p>
      <div aria-live="polite">
        {outcome !== null && (
          <p className={`message scan-outcome ${outcome.kind}`} role="status">
            {outcome.text}
          </p>
        )}
      </div>
      <ScanToggle scanning={scanning} setScanning={setScanning} onCode={markCard} />
      <h2>{t('attendance.session.roster')}</h2>
      <RosterList
        roster={roster.data}
        marked={marked}
        onMark={markLine}
        invalidate={rosterKey(sessionId)}
      />
      <h2>{t('attendance.session.guestTitle')}</h2>
      <GuestForm sessionId={sessionId} />
      <p>
        <Link to={`/seances/${sessionId}/badge`} className="button secondary">
          {t('badgeClaims.sessionLink')}
        </Link>
      </p>
    </Page>
  );
}
