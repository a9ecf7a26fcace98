import { useCallback } from 'react';
import { currentLanguage, useLanguage, type Language } from './language-store';
import { dictionaryOf } from './dictionaries';
import type { MessageKey } from './messages';

export type Translate = (key: MessageKey, values?: Record<string, string | number>) => string;

/** Fills {name} placeholders; values are plain text, never markup. */
export function translate(
  language: Language,
  key: MessageKey,
  values?: Record<string, string | number>,
): string {
  const template = dictionaryOf(language)[key];
  if (!values) return template;
  return template.replace(/\{(\w+)\}/g, (match, name: string) =>
    name in values ? String(values[name]) : match,
  );
}

export function useT(): Translate {
  const language = useLanguage();
  return useCallback((key, values) => translate(language, key, values), [language]);
}

/** For code outside React (exports, document title). */
export const t: Translate = (key, values) => translate(currentLanguage(), key, values);

/** Picks the Chinese or English variant of a data label (name / nameEn). */
export const pickLabel = (language: Language, chinese: string, english: string) =>
  language === 'en' ? english : chinese;

/** The level of the units a view shows: the 12 盟市, or the 旗县市区 of one 盟市 drilled into. */
export type ShownLevel = 'league-city' | 'county';

/** The words naming a level, as the placeholders every message about the shown units takes. */
export type LevelWords = { level: string; levelOne: string; Level: string; Levels: string };

export const levelWords = (language: Language, level: ShownLevel): LevelWords => ({
  level: translate(language, `level.${level}.many`),
  levelOne: translate(language, `level.${level}.one`),
  Level: translate(language, `level.${level}.title`),
  Levels: translate(language, `level.${level}.titleMany`),
});
