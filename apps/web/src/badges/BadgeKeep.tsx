import type { BackpackEntry } from '@territoires/contracts';
import { ObjectivesPicker } from './ObjectivesPicker.js';
import { ShareSection } from './ShareSection.js';
import { BadgeDownloads } from './BadgeDownloads.js';
import './backpack.css';

/** What I do with a badge of mine: take it away (files), share it, hide it. */
export function BadgeKeep({ entry }: { entry: BackpackEntry }) {
  const { award } = entry;
  return (
    <div className="stack">
      {award.status === 'accepted' && <BadgeDownloads award={award} />}
      <ShareSection entry={entry} />
      {award.status === 'accepted' && <ObjectivesPicker awardId={award.id} />}
    </div>
  );
}
