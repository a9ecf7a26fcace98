import { create } from 'zustand';

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

const useLanguageStore = create<LanguageState>()((set) => ({
  language: storedLanguage(),
  actions: {
    languageChosen: (language) => {
      set({ language });
      try {
        globalThis.localStorage?.setItem(STORAGE_KEY, language);
      } catch {
        // Storage may be full or blocked; the choice still holds for this visit.
      }
    },
  },
}));

export const useLanguage = () => useLanguageStore((state) => state.language);
export const useLanguageActions = () => useLanguageStore((state) => state.actions);
export const currentLanguage = () => useLanguageStore.getState().language;
