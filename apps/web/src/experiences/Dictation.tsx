import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** The part of the Web Speech API we use (not in TypeScript's DOM library). */
interface Recognition {
  lang: string;
  continuous: boolean;
  interimResults: boolean;
  onresult: ((event: { results: ArrayLike<ArrayLike<{ transcript: string }>> }) => void) | null;
  onend: (() => void) | null;
  onerror: (() => void) | null;
  start(): void;
  stop(): void;
}
type RecognitionConstructor = new () => Recognition;

/** Chrome and Safari name it webkitSpeechRecognition; Firefox has none: the button is then hidden. */
export function speechRecognition(): RecognitionConstructor | null {
  if (typeof window === 'undefined') return null;
  const w = window as unknown as {
    SpeechRecognition?: RecognitionConstructor;
    webkitSpeechRecognition?: RecognitionConstructor;
  };
  return w.SpeechRecognition ?? w.webkitSpeechRecognition ?? null;
}

/**
 * A microphone button: what the person says (in French) is added to the end of the field it belongs
 * to. Nothing is shown where the browser cannot listen.
 */
export function DictationButton({
  onText,
  fieldLabel,
}: {
  onText: (text: string) => void;
  fieldLabel: string;
}) {
  const { t } = useTranslation();
  const [listening, setListening] = useState(false);
  const recognition = useRef<Recognition | null>(null);
  const Constructor = speechRecognition();
  useEffect(
    () => () => {
      recognition.current?.stop();
    },
    [],
  );
  if (Constructor === null) return null;

  const toggle = () => {
    if (listening) {
      recognition.current?.stop();
      return;
    }
    const r = new Constructor();
    r.lang = 'fr-FR';
    r.continuous = false;
    r.interimResults = false;
    r.onresult = (event) => {
      const text = Array.from(event.results)
        .map((result) => result[0]?.transcript ?? '')
        .join(' ')
        .trim();
      if (text !== '') onText(text);
    };
    r.onend = () => {
      setListening(false);
    };
    r.onerror = () => {
      setListening(false);
    };
    recognition.current = r;
    setListening(true);
    r.start();
  };

  return (
    <>
      <button
        type="button"
        className="button secondary dictation"
        aria-pressed={listening}
        aria-label={`${listening ? t('mySpace.stopDictation') : t('mySpace.dictate')} : ${fieldLabel}`}
        onClick={toggle}
      >
        <span aria-hidden="true">{listening ? '⏹' : '🎤'} </span>
        {listening ? t('mySpace.stopDictation') : t('mySpace.dictate')}
      </button>
      {listening && (
        <span role="status" className="muted">
          {t('mySpace.listening')}
        </span>
      )}
    </>
  );
}
