import en from '@/public/_locales/en/messages.json';
import id from '@/public/_locales/id/messages.json';
import { createTranslator, stringsFrom, type Language, type Strings, type Translate } from './translate';

// Bundled where size does not matter (background, extension pages); content scripts get one language from the background.
const STRINGS: Record<Language, Strings> = { en: stringsFrom(en), id: stringsFrom(id) };

export const stringsFor = (language: Language): Strings => STRINGS[language];
export const translatorFor = (language: Language): Translate => createTranslator(STRINGS[language]);
