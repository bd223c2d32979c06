import { createContext, useContext, type ReactNode } from 'react';

/** Today's date (YYYY-MM-DD) where the programme runs; passed in so tests fix the day. */
export type Today = () => string;

export const parisToday: Today = () =>
  new Intl.DateTimeFormat('en-CA', {
    timeZone: 'Europe/Paris',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
  }).format(new Date());

const ClockContext = createContext<Today>(parisToday);

export function ClockProvider({ today, children }: { today: Today; children: ReactNode }) {
  return <ClockContext.Provider value={today}>{children}</ClockContext.Provider>;
}

export const useToday = (): Today => useContext(ClockContext);
