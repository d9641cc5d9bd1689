/** The pages Saring's content scripts run on (each entrypoint's `matches`); the report menu shows on these only. */
export const CONTENT_SCRIPT_PAGES = [
  'https://www.tiktok.com/*',
  'https://www.youtube.com/*',
  'https://www.instagram.com/*',
  'https://www.facebook.com/*',
  'https://web.facebook.com/*',
] as const;
