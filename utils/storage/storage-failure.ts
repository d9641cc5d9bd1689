/** The browser refused a write because the profile's storage is full (IndexedDB quota). */
export function isQuotaError(error: unknown): boolean {
  // Firefox names it NS_ERROR_DOM_QUOTA_REACHED on some paths; both are the same thing for the user.
  return error instanceof Error && (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED');
}

export const errorText = (error: unknown): string => (error instanceof Error ? error.message : String(error));
