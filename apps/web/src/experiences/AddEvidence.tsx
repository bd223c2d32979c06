import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormError } from '../ui/FormError.js';
import { FileField } from './FileField.js';
import type { Audience } from './keys.js';
import { ACCEPT, useUpload } from './useUpload.js';

/** Adds one more photo or document to an existing experience. */
export function AddEvidence({
  experienceId,
  audience,
  invalidate,
}: {
  experienceId: string;
  audience: Audience;
  invalidate: readonly (readonly unknown[])[];
}) {
  const { t } = useTranslation();
  const [file, setFile] = useState<File | null>(null);
  const [key, setKey] = useState(0);
  const upload = useUpload(audience, invalidate);
  return (
    <div className="stack">
      <FormError error={upload.error} />
      {/* A new key empties the file input after a successful upload. */}
      <FileField key={key} label={t('experiences.addFile')} accept={ACCEPT} onChange={setFile} />
      <button
        type="button"
        className="button secondary"
        disabled={file === null || upload.isPending}
        onClick={() => {
          if (file === null) return;
          upload.mutate(
            { experienceId, file },
            {
              onSuccess: () => {
                setFile(null);
                setKey((k) => k + 1);
              },
            },
          );
        }}
      >
        <span aria-hidden="true">⬆ </span>
        {t('experiences.sendFile')}
      </button>
    </div>
  );
}
