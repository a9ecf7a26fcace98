import type { Language } from './language-store';
import { zhCN, type MessageKey } from './messages';

/*
 * The messages of each language. Chinese, the default, is part of the first screen; English is a
 * chunk of its own, loaded when it is chosen (or before the first render when a link or this
 * machine asks for it), so that the first screen does not carry both.
 */
export type Dictionary = Record<MessageKey, string>;

const loaded: Partial<Record<Language, Dictionary>> = { 'zh-CN': zhCN };
let english: Promise<void> | null = null;

/** The language's messages, once loaded; Chinese until then. */
export const dictionaryOf = (language: Language): Dictionary => loaded[language] ?? zhCN;

export const messagesLoaded = (language: Language) => loaded[language] !== undefined;

/** Loads a language's messages; resolves at once when they are there. */
export function loadMessages(language: Language): Promise<void> {
  if (messagesLoaded(language)) return Promise.resolve();
  english ??= import('./messages-en').then(
    (module) => {
      loaded.en = module.en;
    },
    (error: unknown) => {
      english = null;
      throw error;
    },
  );
  return english;
}
