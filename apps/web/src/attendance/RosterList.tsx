import {
  ATTENDANCE_STATUSES,
  type AttendanceStatus,
  type Roster,
  type RosterEntry,
} from '@territoires/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiMutation } from '../api/hooks.js';
import { FormError } from '../ui/FormError.js';

const STATUS_ICONS: Record<AttendanceStatus, string> = {
  present: '✓',
  late: '◔',
  absent: '✗',
  excused: '✉',
};

/** The four statuses as buttons, each saying whom it marks (one tap per person). */
function StatusButtons({
  name,
  current,
  onPick,
  disabled = false,
}: {
  name: string;
  current: AttendanceStatus | null;
  onPick: (status: AttendanceStatus) => void;
  disabled?: boolean;
}) {
  const { t } = useTranslation();
  return (
    <div
      className="status-buttons"
      role="group"
      aria-label={t('attendance.session.markFor', { name })}
    >
      {ATTENDANCE_STATUSES.filter((status) => status !== current).map((status) => (
        <button
          key={status}
          type="button"
          className={`button ${status === 'present' ? 'primary' : 'secondary'} status-${status}`}
          aria-label={t('attendance.session.markNamed', {
            status: t(`attendance.status.${status}`),
            name,
          })}
          disabled={disabled}
          onClick={() => {
            onPick(status);
          }}
        >
          <span aria-hidden="true">{STATUS_ICONS[status]} </span>
          {t(`attendance.status.${status}`)}
        </button>
      ))}
    </div>
  );
}

function RosterLine({
  entry,
  local,
  onMark,
  invalidate,
}: {
  entry: RosterEntry;
  local: AttendanceStatus | undefined;
  onMark: (registrationId: string, status: AttendanceStatus) => void;
  invalidate: readonly unknown[];
}) {
  const { t } = useTranslation();
  const [correcting, setCorrecting] = useState(false);
  const correct = useApiMutation('correctAttendance', [invalidate]);
  const status = entry.status ?? local ?? null;
  return (
    <li className="roster-line">
      <span className="roster-name">{entry.name}</span>
      {status !== null && (
        <span className={`badge status-${status}`}>
          <span aria-hidden="true">{STATUS_ICONS[status]} </span>
          {t(`attendance.status.${status}`)}
        </span>
      )}
      {status === null && entry.registrationId !== null && (
        <StatusButtons
          name={entry.name}
          current={null}
          onPick={(picked) => {
            if (entry.registrationId !== null) onMark(entry.registrationId, picked);
          }}
        />
      )}
      {entry.mayCorrect && entry.attendanceId !== null && !correcting && (
        <button
          type="button"
          className="button secondary"
          aria-label={t('attendance.session.correctNamed', { name: entry.name })}
          onClick={() => {
            setCorrecting(true);
          }}
        >
          {t('attendance.session.correct')}
        </button>
      )}
      {correcting && entry.attendanceId !== null && (
        <>
          <FormError error={correct.error} />
          <StatusButtons
            name={entry.name}
            current={status}
            disabled={correct.isPending}
            onPick={(picked) => {
              correct.mutate(
                { params: { id: entry.attendanceId ?? '' }, body: { status: picked } },
                {
                  onSuccess: () => {
                    setCorrecting(false);
                  },
                },
              );
            }}
          />
        </>
      )}
    </li>
  );
}

/** Everyone expected, each with their mark, or the buttons to mark them (unmarked is not absent). */
export function RosterList({
  roster,
  marked,
  onMark,
  invalidate,
}: {
  roster: Roster;
  marked: Map<string, AttendanceStatus>;
  onMark: (registrationId: string, status: AttendanceStatus) => void;
  invalidate: readonly unknown[];
}) {
  const { t } = useTranslation();
  if (roster.entries.length === 0) return <p>{t('attendance.session.empty')}</p>;
  return (
    <ul className="roster">
      {roster.entries.map((entry, index) => (
        <RosterLine
          key={entry.registrationId ?? entry.attendanceId ?? `walk-in-${String(index)}`}
          entry={entry}
          local={entry.registrationId === null ? undefined : marked.get(entry.registrationId)}
          onMark={onMark}
          invalidate={invalidate}
        />
      ))}
    </ul>
  );
}
