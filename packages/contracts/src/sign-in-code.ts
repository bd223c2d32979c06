// Sign-in codes, without zod: the participant space's sign-in page reads them on a weak mobile
// connection (the package's `./sign-in-code` export).

/**
 * Sign-in codes use digits and capitals that cannot be mistaken for one another on a phone keyboard
 * or a printed sheet (no 0/O, 1/I/L, 5/S, 8/B, 2/Z, U/V).
 */
export const SIGN_IN_CODE_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
/**
 * Nine characters in three groups of three ("K7Q-M4T-2PX"): at a glance not the attendance card's
 * code, eight characters in two groups of four ("ABCD-EFGH"), so neither is typed for the other.
 */
export const SIGN_IN_CODE_LENGTH = 9;
/** The card's code length (cards.ts), known here without zod to tell the two apart on the sign-in page. */
export const CARD_CODE_SHAPE_LENGTH = 8;

/** What the participant typed, as stored: capitals, without the dash, spaces or dots they may add. */
export const normaliseSignInCode = (typed: string): string =>
  typed.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** Shown in three groups of three, "K7Q-M4T-2PX", easier to read out and type. */
export const formatSignInCode = (code: string): string =>
  code.length === SIGN_IN_CODE_LENGTH
    ? `${code.slice(0, 3)}-${code.slice(3, 6)}-${code.slice(6)}`
    : code;

/** What was typed has the card's shape (8 characters): the person has their card in hand, not a code. */
export const looksLikeCardCode = (typed: string): boolean =>
  normaliseSignInCode(typed).length === CARD_CODE_SHAPE_LENGTH;
