import en from './en.json';
import fr from './fr.json';
import activitiesEn from './domains/activities.en.json';
import activitiesFr from './domains/activities.fr.json';
import attendanceEn from './domains/attendance.en.json';
import attendanceFr from './domains/attendance.fr.json';
import experiencesEn from './domains/experiences.en.json';
import experiencesFr from './domains/experiences.fr.json';
import meEn from './domains/me.en.json';
import meFr from './domains/me.fr.json';

export type Tree = { [key: string]: string | Tree };

/** Later trees add keys to earlier ones; a domain catalogue may extend a shared group (errors, timeline). */
export function mergeTrees(...trees: Tree[]): Tree {
  const out: Tree = {};
  for (const tree of trees) {
    for (const [key, value] of Object.entries(tree)) {
      const existing = out[key];
      out[key] =
        typeof value === 'object' && typeof existing === 'object'
          ? mergeTrees(existing, value)
          : value;
    }
  }
  return out;
}

// One catalogue per domain folder, so that work on one domain does not touch another's messages.
export const catalogues = {
  fr: mergeTrees(fr, activitiesFr, attendanceFr, experiencesFr, meFr),
  en: mergeTrees(en, activitiesEn, attendanceEn, experiencesEn, meEn),
};
