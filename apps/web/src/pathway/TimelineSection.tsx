import { useTranslation } from 'react-i18next';
import { queryKeys, useApiQuery } from '../api/hooks.js';
import { Loading } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { formatDate } from '../time/time.js';

const phaseOf = (value: unknown): string | null => (typeof value === 'string' ? value : null);

export function TimelineSection({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const timeline = useApiQuery('timeline', queryKeys.timeline(participantId), {
    params: { id: participantId },
  });
  if (timeline.isPending) return <Loading />;
  if (timeline.isError) return <FormError error={timeline.error} />;
  if (timeline.data.length === 0) return <p>{t('timeline.empty')}</p>;
  return (
    <ol className="timeline">
      {timeline.data.map((event) => {
        const to = event.kind === 'phase_changed' ? phaseOf(event.data.to) : null;
        return (
          <li key={event.id}>
            <p className="timeline-title">
              {t(`timeline.kind.${event.kind}`)}
              {to !== null && ` : ${t(`codes.phase.${to}`, { defaultValue: to })}`}
            </p>
            <p className="muted">
              <time dateTime={event.at}>{formatDate(event.at, i18n.language)}</time>
              {event.actorDisplayName !== null &&
                ` · ${t('timeline.by', { name: event.actorDisplayName })}`}
            </p>
          </li>
        );
      })}
    </ol>
  );
}
