/** Query keys of this domain; a participant's sit under the participant's, so its writes refresh them. */
export const transferKeys = {
  all: ['transfers'] as const,
  ofParticipant: (id: string) => ['participants', id, 'transfers'] as const,
};
