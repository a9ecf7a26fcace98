import { afterEach, describe, expect, it, vi } from 'vitest';

// Fresh modules: the test setup loads English once for every other test.
async function freshI18n() {
  vi.resetModules();
  const dictionaries = await import('@/lib/i18n/dictionaries');
  const store = await import('@/lib/i18n/language-store');
  return { ...dictionaries, ...store };
}

afterEach(() => {
  localStorage.clear();
  vi.resetModules();
});

describe('English, loaded on demand', () => {
  it('is not on the first screen: Chinese answers until it has loaded', async () => {
    const { dictionaryOf, loadMessages, messagesLoaded } = await freshI18n();
    expect(messagesLoaded('en')).toBe(false);
    expect(dictionaryOf('en')['app.loading']).toBe(dictionaryOf('zh-CN')['app.loading']);
    await loadMessages('en');
    expect(messagesLoaded('en')).toBe(true);
    expect(dictionaryOf('en')['app.loading']).toBe('Loading data…');
  });

  it('a page opening in English switches once its messages are there, without saving a choice', async () => {
    localStorage.setItem('dashboard.language', 'en');
    const { currentLanguage, languageReady } = await freshI18n();
    expect(currentLanguage()).toBe('zh-CN');
    await languageReady;
    expect(currentLanguage()).toBe('en');
  });
});
