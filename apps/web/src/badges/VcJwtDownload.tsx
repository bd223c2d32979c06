import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/context.js';
import { FormError } from '../ui/FormError.js';
import { saveFile } from '../ui/saveFile.js';

/**
 * A signed badge as a VC-JWT file, made by the server when asked (OB 3.0 §8.2): the participant's
 * own, or, on their file, for the team helping them hand it to an employer.
 */
export function VcJwtDownload({
  awardId,
  name,
  operation = 'myAwardVcJwt',
}: {
  awardId: string;
  name: string;
  operation?: 'myAwardVcJwt' | 'awardVcJwt';
}) {
  const { t } = useTranslation();
  const client = useApi();
  const [error, setError] = useState<unknown>(null);
  const [pending, setPending] = useState(false);
  const download = async () => {
    setPending(true);
    setError(null);
    try {
      const { jwt } = await client.call(operation, { params: { id: awardId } });
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
        {t(operation === 'awardVcJwt' ? 'badgeAward.downloadJwtStaff' : 'badgeAward.downloadJwt')}
      </button>
    </div>
  );
}
