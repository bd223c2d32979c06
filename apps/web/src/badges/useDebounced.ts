import { useEffect, useState } from 'react';

/** The value, once it has stopped changing for `ms` (a preview drawn on the server, a search). */
export function useDebounced<T>(value: T, ms = 300): T {
  const [settled, setSettled] = useState(value);
  const json = JSON.stringify(value);
  useEffect(() => {
    const timer = setTimeout(() => {
      setSettled(JSON.parse(json) as T);
    }, ms);
    return () => {
      clearTimeout(timer);
    };
  }, [json, ms]);
  return settled;
}
