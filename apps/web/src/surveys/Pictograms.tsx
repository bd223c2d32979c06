import type { ReactNode } from 'react';

/** Inline pictograms (no emoji font needed): decoration beside a visible word, hidden from readers. */
function Svg({ children, size = 40 }: { children: ReactNode; size?: number }) {
  return (
    <svg
      className="survey-icon"
      viewBox="0 0 24 24"
      width={size}
      height={size}
      fill="none"
      stroke="currentColor"
      strokeWidth="1.8"
      strokeLinecap="round"
      strokeLinejoin="round"
      aria-hidden="true"
      focusable="false"
    >
      {children}
    </svg>
  );
}

/** The mouth of each level, from a frown (1) to a broad smile (4). */
const MOUTHS: Record<number, string> = {
  1: 'M8 17c2-2.5 6-2.5 8 0',
  2: 'M8.5 16h7',
  3: 'M8.5 15c2 1.8 5 1.8 7 0',
  4: 'M7.5 14h9c-.8 3.5-8.2 3.5-9 0Z',
};

export function Face({ level }: { level: number }) {
  return (
    <Svg>
      <circle cx="12" cy="12" r="10" />
      <path d="M9 9.5h.01M15 9.5h.01" strokeWidth="2.6" />
      <path d={MOUTHS[level] ?? MOUTHS[2]} />
    </Svg>
  );
}

export function Speaker() {
  return (
    <Svg size={22}>
      <path d="M4 9v6h4l5 4V5L8 9Z" />
      <path d="M16.5 8.5a5 5 0 0 1 0 7M19 6a8.5 8.5 0 0 1 0 12" />
    </Svg>
  );
}
