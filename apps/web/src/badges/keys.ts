/** Query keys of this domain; a participant's sit under the participant's, so its writes refresh them. */
export const badgeKeys = {
  achievements: ['badges', 'achievements'] as const,
  issuers: ['badges', 'issuers'] as const,
  ofParticipant: (id: string) => ['participants', id, 'awards'] as const,
  mine: ['me', 'awards'] as const,
};
