import { describe, expect, it } from 'vitest';
import { CARD_CODE_LENGTH, cardCodeSchema, formatCardCode, normaliseCardCode } from './cards.js';
import {
  CARD_CODE_SHAPE_LENGTH,
  formatSignInCode,
  looksLikeCardCode,
  SIGN_IN_CODE_LENGTH,
} from './sign-in-code.js';

describe('card code typed by hand', () => {
  it('is normalised (case, spaces, dashes) and refused when it is not 8 characters', () => {
    expect(normaliseCardCode(' abcd efgh ')).toBe('ABCD-EFGH');
    expect(normaliseCardCode('ABCD-EFG')).toBeNull();
  });
});

describe('card code read from a QR code or typed', () => {
  it('reads the printed form, and a code as kept, the same way', () => {
    expect(normaliseCardCode('ABCD-EFGH')).toBe('ABCD-EFGH');
    expect(normaliseCardCode('abcdefgh')).toBe('ABCD-EFGH');
    expect(normaliseCardCode('ab.cd–ef gh')).toBe('ABCD-EFGH');
    expect(formatCardCode('ABCDEFGH')).toBe('ABCD-EFGH');
  });

  it('refuses what cannot be a card code', () => {
    expect(normaliseCardCode('')).toBeNull();
    expect(normaliseCardCode('pas un code')).toBeNull();
    expect(normaliseCardCode('ABCD-EFGH-J')).toBeNull();
  });

  it('gives the server the code as it keeps it, without the dash', () => {
    expect(cardCodeSchema.parse(' zzzz-zzzz ')).toBe('ZZZZZZZZ');
    expect(cardCodeSchema.safeParse('ZZZZ-ZZZ').success).toBe(false);
  });
});

describe('card codes and sign-in codes, told apart at a glance', () => {
  it('have different lengths and groupings; a card code is never read as a sign-in code', () => {
    expect(CARD_CODE_SHAPE_LENGTH).toBe(CARD_CODE_LENGTH);
    expect(SIGN_IN_CODE_LENGTH).not.toBe(CARD_CODE_LENGTH);
    expect(formatSignInCode('K7QM4T2PX')).toBe('K7Q-M4T-2PX');
    expect(formatCardCode('ABCDEFGH')).toMatch(/^.{4}-.{4}$/);
    expect(looksLikeCardCode('abcd-efgh')).toBe(true);
    expect(looksLikeCardCode('K7Q-M4T-2PX')).toBe(false);
    // A printed card keeps working: the scanner reads its 8 characters, never a 9-character sign-in code.
    expect(normaliseCardCode('K7Q-M4T-2PX')).toBeNull();
  });
});
