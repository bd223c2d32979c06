import { useTranslation } from 'react-i18next';

/**
 * A link to the place on OpenStreetMap (a new page: no map script or frame here, the CSP allows
 * only our own origin). The address is searched as written.
 */
export function MapLink({ address }: { address: string }) {
  const { t } = useTranslation();
  const href = `https://www.openstreetmap.org/search?query=${encodeURIComponent(address)}`;
  return (
    <a href={href} target="_blank" rel="noopener noreferrer" className="map-link">
      <span aria-hidden="true">🗺 </span>
      {t('common.map')}
      <span className="visually-hidden"> {t('common.mapOf', { address })}</span>
    </a>
  );
}
