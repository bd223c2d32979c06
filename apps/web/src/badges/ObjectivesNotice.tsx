import { useApiQuery } from '../api/hooks.js';
import { badgeKeys } from './keys.js';
import { ObjectivesProgress } from './ObjectivesProgress.js';

/** On the home of /moi: my contract's key objectives, reached or not. */
export function ObjectivesNotice() {
  const progress = useApiQuery('myObjectives', badgeKeys.objectives);
  if (!progress.data) return null;
  return <ObjectivesProgress progress={progress.data} titleKey="badges.backpack.objectivesTitle" />;
}

/** On the staff's file: the same progress, read by whoever sees the file. */
export function TeamObjectives({ participantId }: { participantId: string }) {
  const progress = useApiQuery('participantObjectives', badgeKeys.objectivesOf(participantId), {
    params: { id: participantId },
  });
  if (!progress.data) return null;
  return (
    <ObjectivesProgress progress={progress.data} titleKey="badges.backpack.objectivesTeamTitle" />
  );
}
