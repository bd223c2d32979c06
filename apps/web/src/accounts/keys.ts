/** TanStack Query keys of accounts' screens. */
export const accountKeys = {
  accounts: ['accounts'] as const,
  invitations: ['invitations'] as const,
  sessions: ['account', 'sessions'] as const,
  organisations: ['organisations'] as const,
};
