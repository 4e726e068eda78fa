/** Character codes the fast position scanner compares against (`charCodeAt`), in one place. */
export const TAB = 9;
export const LF = 10;
export const CR = 13;
export const SP = 32;
export const DQ = 34;
export const HASH = 35;
export const SQ = 39;
export const DASH = 45;
export const COLON = 58;
export const BACKSLASH = 92;
