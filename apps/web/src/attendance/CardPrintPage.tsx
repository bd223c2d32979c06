import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useApiQuery } from '../api/hooks.js';
import { Loading, Page } from '../layout/Page.js';
import { FormError } from '../ui/FormError.js';
import { cardKey, CardView } from './CardSection.js';

/** A print-friendly page: the card alone at a card's size; the rest of the screen is hidden in print. */
export function CardPrintPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const card = useApiQuery('participantCard', cardKey(id), { params: { id } });
  if (card.isPending) return <Loading />;
  if (card.isError) return <FormError error={card.error} />;
  return (
    <Page title={t('attendance.card.printTitle', { name: card.data.pseudonym })}>
      <p className="no-print">
        <Link to={`/participants/${id}?section=carte`}>
          <span aria-hidden="true">← </span>
          {t('attendance.card.back')}
        </Link>
      </p>
      {card.data.card === null ? (
        <p>{t('attendance.card.none')}</p>
      ) : (
        <>
          <div className="print-area">
            <CardView card={card.data} />
          </div>
          <button
            type="button"
            className="button primary no-print"
            onClick={() => {
              window.print();
            }}
          >
            <span aria-hidden="true">🖨️ </span>
            {t('attendance.card.printButton')}
          </button>
        </>
      )}
    </Page>
  );
}
