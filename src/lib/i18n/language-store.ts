import { create } from 'zustand';
import { loadMessages, messagesLoaded } from './dictionaries';

export const languages = ['zh-CN', 'en'] as const;
export type Language = (typeof languages)[number];

const STORAGE_KEY = 'dashboard.language';

/** A link's ?lang= wins over the language saved on this machine. */
function linkedLanguage(): Language | null {
  try {
    const value = new URLSearchParams(globalThis.location?.search ?? '').get('lang');
    return value === 'en' ? 'en' : value === 'zh-CN' || value === 'zh' ? 'zh-CN' : null;
  } catch {
    return null;
  }
}

function storedLanguage(): Language {
  const linked = linkedLanguage();
  if (linked) return linked;
  try {
    const value = globalThis.localStorage?.getItem(STORAGE_KEY);
    return value === 'en' ? 'en' : 'zh-CN';
  } catch {
    return 'zh-CN';
  }
}

type LanguageState = {
  language: Language;
  actions: { languageChosen: (language: Language) => void };
};

const wanted = storedLanguage();

const useLanguageStore = create<LanguageState>()((set) => ({
  // Chinese until the wanted language's messages are there (main.tsx waits for them before the
  // first render, so the page does not flash in Chinese).
  language: messagesLoaded(wanted) ? wanted : 'zh-CN',
  actions: {
    languageChosen: (language) => {
      // The page switches once the language's messages are there (at once when they are).
      if (messagesLoaded(language)) set({ language });
      else
        loadMessages(language).then(
          () => set({ language }),
          (error: unknown) => console.error('The messages of', language, 'could not load', error),
        );
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, language);
      } catch {
        // Storage may be full or blocked; the choice still holds for this visit.
      }
    },
  },
}));

/**
 * Resolves once the language the page opens in has its messages, at once for Chinese; rejects if
 * they cannot load (the page stays in Chinese).
 */
export const languageReady: Promise<void> = messagesLoaded(wanted)
  ? Promise.resolve()
  : loadMessages(wanted).then(() => {
      // Unless the user chose another language meanwhile.
      if (useLanguageStore.getState().language === 'zh-CN')
        useLanguageStore.setState({ language: wanted });
    });

export const useLanguage = () => useLanguageStore((state) => state.language);
export const useLanguageActions = () => useLanguageStore((state) => state.actions);
export const currentLanguage = () => useLanguageStore.getState().language;
