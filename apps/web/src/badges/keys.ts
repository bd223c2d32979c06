/** Query keys of this domain; a participant's sit under the participant's, so its writes refresh them. */
export const badgeKeys = {
  achievements: ['badges', 'achievements'] as const,
  issuers: ['badges', 'issuers'] as const,
  ofParticipant: (id: string) => ['participants', id, 'awards'] as const,
  mine: ['me', 'awards'] as const,
  backpack: ['me', 'backpack'] as const,
  objectives: ['me', 'objectives'] as const,
  objectivesOf: (id: string) => ['participants', id, 'objectives'] as const,
};

/** The label's key of an achievement type: i18next reads ":" as a namespace, so `ext:` becomes `ext_`. */
export const typeLabel = (type: string): string => `badges.type.${type.replace(':', '_')}`;
