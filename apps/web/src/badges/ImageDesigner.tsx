import type { Achievement } from '@territoires/contracts';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ImageUpload } from './ImageUpload.js';
import { TemplateForm } from './TemplateForm.js';

const WAYS = ['create', 'png', 'svg'] as const;
type Way = (typeof WAYS)[number];

/** The badge's image, three ways: created from a template, or a PNG or an SVG sent. */
export function ImageDesigner({ achievement }: { achievement: Achievement }) {
  const { t } = useTranslation();
  const name = useId();
  const [way, setWay] = useState<Way>('create');
  // Mounted only when opened: a list of badges does not draw a preview for each.
  const [open, setOpen] = useState(false);
  return (
    <details
      className="badge-art"
      open={open}
      onToggle={(event) => {
        setOpen(event.currentTarget.open);
      }}
    >
      <summary>{t('badges.art.summary', { name: achievement.name })}</summary>
      {open && (
        <>
          <fieldset className="fieldset">
            <legend>{t('badges.art.way')}</legend>
            {WAYS.map((w) => (
              <div key={w} className="checkbox">
                <input
                  id={`${name}-${w}`}
                  type="radio"
                  name={name}
                  value={w}
                  checked={way === w}
                  onChange={() => {
                    setWay(w);
                  }}
                />
                <label htmlFor={`${name}-${w}`}>{t(`badges.art.ways.${w}`)}</label>
              </div>
            ))}
          </fieldset>
          {way === 'create' ? (
            <TemplateForm achievement={achievement} />
          ) : (
            <ImageUpload key={way} achievement={achievement} kind={way} />
          )}
        </>
      )}
    </details>
  );
}
