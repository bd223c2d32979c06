import { describe, expect, it } from 'vitest';
import { cardCodeSchema, formatCardCode, normaliseCardCode } from './cards.js';

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
