import { zodResolver } from '@hookform/resolvers/zod';
import { createNoteBodySchema } from '@territoires/contracts';
import { useForm } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { queryKeys, useApiMutation, useApiQuery } from '../api/hooks.js';
import { Loading } from '../layout/Page.js';
import { CheckboxField, TextAreaField } from '../ui/Field.js';
import { FormError } from '../ui/FormError.js';
import { formatDate } from '../time/time.js';
import { fieldsOf } from '../ui/fields.js';
import { useSubmitError } from '../ui/useSubmitError.js';

type FormInput = z.input<typeof createNoteBodySchema>;
type FormOutput = z.output<typeof createNoteBodySchema>;

function NoteForm({ participantId }: { participantId: string }) {
  const { t } = useTranslation();
  const create = useApiMutation('createNote', [
    queryKeys.notes(participantId),
    queryKeys.timeline(participantId),
  ]);
  const form = useForm<FormInput, unknown, FormOutput>({
    resolver: zodResolver(createNoteBodySchema),
    defaultValues: { body: '', private: false },
  });
  const { isSubmitting } = form.formState;
  const field = fieldsOf(form);
  const submitError = useSubmitError(form.setError);
  const onSubmit = form.handleSubmit(async (body) => {
    submitError.clear();
    try {
      await create.mutateAsync({ params: { id: participantId }, body });
      form.reset();
    } catch (caught) {
      submitError.handle(caught);
    }
  });
  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)} noValidate>
      <FormError error={submitError.error} />
      <TextAreaField label={t('notes.body')} {...field('body')} />
      <CheckboxField
        label={t('notes.private')}
        hint={t('notes.privateHint')}
        {...field('private')}
      />
      <button type="submit" className="button primary" disabled={isSubmitting}>
        {t('notes.submit')}
      </button>
    </form>
  );
}

export function NotesSection({ participantId }: { participantId: string }) {
  const { t, i18n } = useTranslation();
  const notes = useApiQuery('listNotes', queryKeys.notes(participantId), {
    params: { id: participantId },
  });
  return (
    <div className="stack">
      <NoteForm participantId={participantId} />
      {notes.isPending && <Loading />}
      {notes.isError && <FormError error={notes.error} />}
      {notes.data?.length === 0 && <p>{t('notes.empty')}</p>}
      <ul className="stack">
        {notes.data?.map((note) => (
          <li key={note.id} className="card">
            <p className="muted">
              {t('notes.by', {
                name: note.authorDisplayName,
                date: formatDate(note.at, i18n.language),
              })}
              {note.private && <span className="badge private"> {t('notes.privateBadge')}</span>}
            </p>
            <p className="note-body">{note.body}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
