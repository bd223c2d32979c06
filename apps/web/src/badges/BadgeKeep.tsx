import type { BackpackEntry } from '@territoires/contracts';
import { ShareSection } from './ShareSection.js';
import { VcJwtDownload } from './VcJwtDownload.js';
import './backpack.css';

/** What I do with a badge of mine: take it away (files), share it, hide it. */
export function BadgeKeep({ entry }: { entry: BackpackEntry }) {
  const { award } = entry;
  return (
    <div className="stack">
      {award.status === 'accepted' && (
        <VcJwtDownload awardId={award.id} name={award.achievement.name} />
      )}
      <ShareSection entry={entry} />
    </div>
  );
}
