import { TRANSFER_DIRECTIONS, type TransferStatus } from '@territoires/contracts';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError, Success } from '../ui/FormError.js';
import { transferKeys } from './keys.js';
import { TransferActions } from './TransferActions.js';
import { TransferCard } from './TransferCard.js';
import './transfers.css';

/** The coordinateurs' desk: transfers received (to decide) and sent, coordination's others. */
export function TransfersPage() {
  const { t } = useTranslation();
  const [done, setDone] = useState<TransferStatus | null>(null);
  const transfers = useApiQuery('listTransfers', transferKeys.all);
  return (
    <Page title={t('transfers.title')}>
      <p>{t('transfers.intro')}</p>
      {done !== null && <Success>{t(`transfers.done.${done}`)}</Success>}
      {transfers.isPending && <Loading />}
      {transfers.isError && <FormError error={transfers.error} />}
      {transfers.data?.length === 0 && <p>{t('transfers.empty')}</p>}
      {TRANSFER_DIRECTIONS.map((direction) => {
        const items = (transfers.data ?? []).filter((item) => item.direction === direction);
        if (items.length === 0) return null;
        return (
          <section key={direction} aria-labelledby={`transfers-${direction}`} className="stack">
            <h2 id={`transfers-${direction}`}>{t(`transfers.${direction}`)}</h2>
            <ul className="cards">
              {items.map((transfer) => (
                <li key={transfer.id}>
                  <TransferCard transfer={transfer} linkToFile>
                    {transfer.status === 'pending' && (
                      <TransferActions transfer={transfer} onDone={setDone} />
                    )}
                  </TransferCard>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
    </Page>
  );
}
