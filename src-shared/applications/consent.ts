// How the person a station clerk files for (代办) gave their consent: the ways a village station records it.
// A plain table (no zod) so the mini-program reads it without the contracts.
export const consentMethods = ['signature', 'fingerprint', 'verbal_witnessed'] as const;
export type ConsentMethod = (typeof consentMethods)[number];

export const consentMethodLabels: Record<ConsentMethod, string> = {
  signature: '本人签字',
  fingerprint: '本人按手印',
  verbal_witnessed: '口头同意（有见证人）',
};

/** The note that goes with it: at least this many characters (who witnessed, where the signed form is kept). */
export const CONSENT_NOTE_MIN = 4;
export const CONSENT_NOTE_MAX = 200;
