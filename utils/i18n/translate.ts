import type enMessages from '@/public/_locales/en/messages.json';

/** Every user-facing string's key: `public/_locales/en/messages.json` is the list. */
export type MessageKey = keyof typeof enMessages;
export type Language = 'id' | 'en';
export const LANGUAGES: readonly Language[] = ['id', 'en'];

/** The browser's `_locales/<lang>/messages.json` shape. */
export type ChromeMessages = Record<string, { message: string; placeholders?: Record<string, { content: string }> }>;

/** A language's strings with placeholders already resolved to `$1`…`$9`: small enough to send to a content script. */
export type Strings = Partial<Record<MessageKey, string>>;

export function stringsFrom(messages: ChromeMessages): Strings {
  const strings: Record<string, string> = {};
  for (const [key, { message, placeholders = {} }] of Object.entries(messages)) {
    strings[key] = message.replace(/\$([A-Za-z0-9_]+)\$/g, (whole, name: string) => placeholders[name.toLowerCase()]?.content ?? whole);
  }
  return strings as Strings;
}

/** `$1`…`$9` take the arguments in order; substitutions are plain text, never markup. */
export function fillIn(template: string, args: readonly (string | number)[]): string {
  return template.replace(/\$(\d)/g, (whole, digit: string) => {
    const value = args[Number(digit) - 1];
    return value === undefined ? whole : String(value);
  });
}

export type Translate = (key: MessageKey, ...args: (string | number)[]) => string;

/** A missing key shows the key itself: visible in review, never a blank button. */
export function createTranslator(strings: Strings): Translate {
  return (key, ...args) => fillIn(strings[key] ?? key, args);
}

/** The interface language: the user's choice, or the browser's when they chose none. */
export function resolveLanguage(choice: Language | 'browser', browserLanguage: string): Language {
  if (choice !== 'browser') return choice;
  return browserLanguage.toLowerCase().startsWith('id') || browserLanguage.toLowerCase().startsWith('in') ? 'id' : 'en';
}
