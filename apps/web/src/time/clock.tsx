import { createContext, useContext, useEffect, useState, type ReactNode } from 'react';
import { parisToday, type Today } from './time.js';

const ClockContext = createContext<Today>(parisToday);

export function ClockProvider({ today, children }: { today: Today; children: ReactNode }) {
  return <ClockContext.Provider value={today}>{children}</ClockContext.Provider>;
}

export const useToday = (): Today => useContext(ClockContext);

/** The current time, refreshed every second while `running` (a countdown on screen). */
export function useNow(running: boolean): number {
  const [now, setNow] = useState(() => Date.now());
  useEffect(() => {
    if (!running) return;
    setNow(Date.now());
    const timer = setInterval(() => {
      setNow(Date.now());
    }, 1000);
    return () => {
      clearInterval(timer);
    };
  }, [running]);
  return now;
}
