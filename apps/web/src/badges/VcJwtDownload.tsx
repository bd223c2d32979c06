import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/context.js';
import { FormError } from '../ui/FormError.js';
import { saveFile } from '../ui/saveFile.js';

/**
 * On the person's file: their signed badge as a VC-JWT file, made by the server when asked (OB 3.0
 * §8.2), for the team helping them hand it to an employer (the person has theirs in the backpack).
 */
export function VcJwtDownload({ awardId, name }: { awardId: string; name: string }) {
  const { t } = useTranslation();
  const client = useApi();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const download = async () => {
    setPending(true);
    setError(null);
    try {
      const { jwt } = await client.call('awardVcJwt', { params: { id: awardId } });
      const fileName = `${name.replace(/[^\p{L}\p{N}]+/gu, '-').toLowerCase()}.jwt`;
      saveFile(jwt, 'application/vc+jwt', fileName);
    } catch (caught) {
      setError(caught);
    } finally {
      setPending(false);
    }
  };
  return (
    <div className="stack">
      <FormError error={error} />
      <button
        type="button"
        className="button secondary"
        disabled={pending}
        onClick={() => void download()}
      >
        {t('badgeAward.downloadJwtStaff')}
      </button>
    </div>
  );
}
