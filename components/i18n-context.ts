import { createContext, h, render, type ComponentType } from 'preact';
import { useContext } from 'preact/hooks';
import { browser } from 'wxt/browser';
import { translatorFor } from '@/utils/i18n/messages';
import { createTranslator, resolveLanguage, type Translate } from '@/utils/i18n/translate';
import { readSettings } from '@/utils/settings/settings';

const TranslateContext = createContext<Translate>(createTranslator({}));
export const TranslateProvider = TranslateContext.Provider;
export const useT = (): Translate => useContext(TranslateContext);

/** The translator for the user's interface language, for an extension page; the page's `lang` follows it. */
export async function pageTranslator(): Promise<Translate> {
  const settings = await readSettings().catch(() => null);
  const language = resolveLanguage(settings?.language ?? 'browser', browser.i18n.getUILanguage());
  document.documentElement.lang = language;
  return translatorFor(language);
}

/** Renders an extension page's root component in the user's language, into `#app`. */
export async function renderExtensionPage(Page: ComponentType): Promise<void> {
  const t = await pageTranslator();
  render(h(TranslateProvider, { value: t }, h(Page, {})), document.getElementById('app')!);
}
