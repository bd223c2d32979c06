import type { Achievement } from '@territoires/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useApi } from '../api/context.js';
import type { ApiError } from '../api/errors.js';
import { FormError, Success } from '../ui/FormError.js';
import { badgeKeys } from './keys.js';

const ACCEPT = { png: 'image/png', svg: 'image/svg+xml,.svg' } as const;

/** The chosen file as the browser shows it (an <img> runs no script of an SVG). */
function useObjectUrl(file: File | null): string | null {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    if (file === null) {
      setUrl(null);
      return undefined;
    }
    const made = URL.createObjectURL(file);
    setUrl(made);
    return () => {
      URL.revokeObjectURL(made);
    };
  }, [file]);
  return url;
}

/**
 * Sends the badge's PNG or SVG (multipart, field "file"): the server re-encodes a PNG, refuses an
 * SVG with scripts or external references and draws the others as a PNG.
 */
export function ImageUpload({
  achievement,
  kind,
}: {
  achievement: Achievement;
  kind: 'png' | 'svg';
}) {
  const { t } = useTranslation();
  const id = useId();
  const client = useApi();
  const queryClient = useQueryClient();
  const [file, setFile] = useState<File | null>(null);
  const preview = useObjectUrl(file);
  const upload = useMutation<Achievement, ApiError, File>({
    mutationFn: async (chosen) => {
      const body = new FormData();
      body.append('file', chosen, chosen.name);
      return (await client.request('uploadAchievementImage', {
        params: { id: achievement.id },
        body,
      })) as Achievement;
    },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: badgeKeys.achievements }),
  });
  return (
    <form
      className="form"
      onSubmit={(event) => {
        event.preventDefault();
        if (file !== null) upload.mutate(file);
      }}
    >
      <div className="field">
        <label htmlFor={id}>{t(`badges.image.label_${kind}`, { name: achievement.name })}</label>
        <p className="hint">{t(`badges.image.hint_${kind}`)}</p>
        <input
          id={id}
          type="file"
          accept={ACCEPT[kind]}
          onChange={(event) => {
            upload.reset();
            setFile(event.target.files?.[0] ?? null);
          }}
        />
      </div>
      {preview !== null && (
        <figure className="badge-preview">
          <img src={preview} alt={t('badges.image.previewAlt')} width="160" height="160" />
          <figcaption>{t('badges.art.preview')}</figcaption>
        </figure>
      )}
      <button
        type="submit"
        className="button secondary"
        disabled={file === null || upload.isPending}
      >
        {t('badges.image.submit')}
      </button>
      {upload.isSuccess && <Success>{t('badges.image.done')}</Success>}
      <FormError error={upload.error} />
    </form>
  );
}
