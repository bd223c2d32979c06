import { normaliseCardCode } from '@territoires/contracts';
import jsQR from 'jsqr';
import { useEffect, useRef, useState, type SyntheticEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** The same card seen again within this delay is the same scan (the camera sees it many times). */
const SAME_CARD_MS = 4000;
const FRAME_MS = 200;

type Camera = 'starting' | 'on' | 'failed';

/** The card code in the current video frame, if a QR code of one is in sight. */
function readFrame(v: HTMLVideoElement | null, c: HTMLCanvasElement | null): string | null {
  const context = c?.getContext('2d', { willReadFrequently: true });
  if (!v || !c || !context || v.videoWidth === 0) return null;
  c.width = v.videoWidth;
  c.height = v.videoHeight;
  context.drawImage(v, 0, 0, c.width, c.height);
  const image = context.getImageData(0, 0, c.width, c.height);
  const found = jsQR(image.data, image.width, image.height, { inversionAttempts: 'dontInvert' });
  return found ? normaliseCardCode(found.data) : null;
}

/** The back camera while `wanted`, read every FRAME_MS; each new card is handed to `onCode`. */
function useCamera(wanted: boolean, onCode: (code: string) => void) {
  const video = useRef<HTMLVideoElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const [camera, setCamera] = useState<Camera>('starting');
  const last = useRef<{ code: string; at: number } | null>(null);
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;

  useEffect(() => {
    if (!wanted) return;
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let stopped = false;
    const decode = () => {
      const code = readFrame(video.current, canvas.current);
      if (code === null) return;
      const now = Date.now();
      if (last.current?.code === code && now - last.current.at < SAME_CARD_MS) return;
      last.current = { code, at: now };
      onCodeRef.current(code);
    };
    const start = async () => {
      try {
        // Absent outside a secure context (plain http), whatever the types say.
        if (!('mediaDevices' in navigator)) throw new Error('no camera');
        stream = await navigator.mediaDevices.getUserMedia({
          video: { facingMode: 'environment' },
          audio: false,
        });
        if (stopped || !video.current) return;
        video.current.srcObject = stream;
        await video.current.play();
        setCamera('on');
        timer = window.setInterval(decode, FRAME_MS);
      } catch {
        if (!stopped) setCamera('failed');
      }
    };
    void start();
    return () => {
      stopped = true;
      window.clearInterval(timer);
      for (const track of stream?.getTracks() ?? []) track.stop();
    };
  }, [wanted]);
  return { video, canvas, camera, setCamera };
}

/** The typed code, for when there is no camera, no permission or no light. */
function TypedCode({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const [typed, setTyped] = useState('');
  const [typedError, setTypedError] = useState<string | null>(null);
  const submit = (event: SyntheticEvent) => {
    event.preventDefault();
    const code = normaliseCardCode(typed);
    if (code === null) {
      setTypedError(t('attendance.scanner.codeInvalid'));
      return;
    }
    setTypedError(null);
    setTyped('');
    onCode(code);
  };
  return (
    <form className="form scanner-typed" onSubmit={submit} noValidate>
      <div className="field">
        <label htmlFor="card-code">{t('attendance.scanner.codeLabel')}</label>
        <p className="hint" id="card-code-hint">
          {t('attendance.scanner.codeHint')}
        </p>
        <input
          id="card-code"
          value={typed}
          onChange={(event) => {
            setTyped(event.target.value);
          }}
          autoComplete="off"
          autoCapitalize="characters"
          spellCheck={false}
          aria-describedby={typedError ? 'card-code-hint card-code-error' : 'card-code-hint'}
          aria-invalid={typedError !== null}
        />
        {typedError !== null && (
          <p className="field-error" id="card-code-error">
            {typedError}
          </p>
        )}
      </div>
      <button type="submit" className="button primary">
        {t('attendance.scanner.codeSubmit')}
      </button>
    </form>
  );
}

/**
 * Reads the card's QR code with the back camera (getUserMedia, frames drawn on a canvas and decoded
 * by jsQR), with a typed-code field for when there is no camera, no permission or no light.
 */
export function CardScanner({ onCode }: { onCode: (code: string) => void }) {
  const { t } = useTranslation();
  const [wanted, setWanted] = useState(false);
  const { video, canvas, camera, setCamera } = useCamera(wanted, onCode);
  return (
    <div className="scanner stack">
      {!wanted && (
        <button
          type="button"
          className="button primary"
          onClick={() => {
            setCamera('starting');
            setWanted(true);
          }}
        >
          <span aria-hidden="true">📷 </span>
          {t('attendance.scanner.startCamera')}
        </button>
      )}
      {wanted && camera === 'failed' && (
        <p className="message message-error" role="alert">
          {t('attendance.scanner.cameraFailed')}
        </p>
      )}
      <div className="scanner-view" hidden={!wanted || camera === 'failed'}>
        <video ref={video} muted playsInline aria-label={t('attendance.scanner.video')} />
        <canvas ref={canvas} hidden />
        {camera === 'on' && (
          <button
            type="button"
            className="button secondary"
            onClick={() => {
              setWanted(false);
            }}
          >
            {t('attendance.scanner.stopCamera')}
          </button>
        )}
      </div>
      <TypedCode onCode={onCode} />
    </div>
  );
}
