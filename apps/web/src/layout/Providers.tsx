import { QueryClient, QueryClientProvider } from '@tanstack/react-query';
import type { i18n as I18n } from 'i18next';
import { useEffect, useState, type ReactNode } from 'react';
import { I18nextProvider } from 'react-i18next';
import type { ApiClient } from '../api/client.js';
import { ApiProvider } from '../api/context.js';
import { ClockProvider } from '../time/clock.js';
import type { Today } from '../time/time.js';

export interface World {
  client: ApiClient;
  i18n: I18n;
  today: Today;
}

export const createQueryClient = () =>
  new QueryClient({
    defaultOptions: {
      queries: { retry: false, refetchOnWindowFocus: false },
      mutations: { retry: false },
    },
  });

/** Everything the screens need from outside, passed in once. */
export function Providers({ world, children }: { world: World; children: ReactNode }) {
  const [queryClient] = useState(createQueryClient);
  useEffect(() => {
    const sync = (lng: string) => {
      document.documentElement.lang = lng;
    };
    sync(world.i18n.language);
    world.i18n.on('languageChanged', sync);
    return () => {
      world.i18n.off('languageChanged', sync);
    };
  }, [world.i18n]);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={world.i18n}>
        <ApiProvider client={world.client}>
          <ClockProvider today={world.today}>{children}</ClockProvider>
        </ApiProvider>
      </I18nextProvider>
    </QueryClientProvider>
  );
}
