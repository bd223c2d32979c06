// Sign-in codes, without zod: the participant space's sign-in page reads them on a weak mobile
// connection (the package's `./sign-in-code` export).

/**
 * Sign-in codes use digits and capitals that cannot be mistaken for one another on a phone keyboard
 * or a printed sheet (no 0/O, 1/I/L, 5/S, 8/B, 2/Z, U/V).
 */
export const SIGN_IN_CODE_ALPHABET = '34679ACDEFGHJKMNPQRTWXY';
export const SIGN_IN_CODE_LENGTH = 8;

/** What the participant typed, as stored: capitals, without the dash, spaces or dots they may add. */
export const normaliseSignInCode = (typed: string): string =>
  typed.toUpperCase().replace(/[^0-9A-Z]/g, '');

/** Shown in two groups of four, "K7QM-4T2P", easier to read out and type. */
export const formatSignInCode = (code: string): string =>
  code.length === SIGN_IN_CODE_LENGTH ? `${code.slice(0, 4)}-${code.slice(4)}` : code;
