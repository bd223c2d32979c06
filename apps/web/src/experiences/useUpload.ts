import type { EvidenceFile } from '@territoires/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useApi } from '../api/context.js';
import type { ApiError } from '../api/errors.js';
import type { Audience } from './keys.js';
import { shrinkPhoto } from './shrinkPhoto.js';

/** Sends one photo or PDF to an experience as multipart (field "file"), then refreshes the lists. */
export function useUpload(audience: Audience, invalidate: readonly (readonly unknown[])[]) {
  const client = useApi();
  const queryClient = useQueryClient();
  return useMutation<EvidenceFile, ApiError, { experienceId: string; file: File }>({
    mutationFn: async ({ experienceId, file }) => {
      // On the participant's phone, a photo is shrunk before it leaves (issue 12).
      const sent = audience === 'participant' ? await shrinkPhoto(file) : file;
      const body = new FormData();
      body.append('file', sent, sent.name);
      const name = audience === 'staff' ? 'uploadEvidence' : 'uploadMyEvidence';
      return (await client.request(name, { params: { id: experienceId }, body })) as EvidenceFile;
    },
    onSuccess: async () => {
      await Promise.all(invalidate.map((queryKey) => queryClient.invalidateQueries({ queryKey })));
    },
  });
}

/** What the file input accepts: photos (the phone may offer its camera) and PDFs. */
export const ACCEPT = 'image/*,application/pdf';
