/** A coordination-written text in the reader's language: English when asked for and written. */
export const localText = (item: { textFr: string; textEn: string | null }, language: string) =>
  language.startsWith('en') && item.textEn ? item.textEn : item.textFr;

/** Speaks a text aloud with the browser's speech synthesis, when there is one. */
export function speak(text: string, language: string): void {
  if (typeof window === 'undefined' || !('speechSynthesis' in window)) return;
  const utterance = new SpeechSynthesisUtterance(text);
  utterance.lang = language.startsWith('en') ? 'en-GB' : 'fr-FR';
  window.speechSynthesis.cancel();
  window.speechSynthesis.speak(utterance);
}

export const canSpeak = (): boolean => typeof window !== 'undefined' && 'speechSynthesis' in window;

export const surveyKeys = {
  due: ['me', 'surveys'] as const,
  changes: ['me', 'survey-changes'] as const,
  staff: ['surveys'] as const,
  staffChanges: ['survey-changes'] as const,
};
