/** What an activity is, beyond the data·inclusion fields (our own list). */
export const ACTIVITY_KINDS = [
  'workshop',
  'company_immersion',
  'afest',
  'cultural_outing',
  'sport',
  'fablab',
  'garden',
  'collective_project',
  'interview_preparation',
] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];
