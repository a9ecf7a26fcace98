/*
 * Parts of the view that are not filters but belong in a shared link: the language, the chosen
 * e-service rate tab and the large sample mode (`sample=large`, read by the embedded mock API).
 * They ride in the URL beside the filters and survive every filter change.
 */

export const viewParamNames = ['lang', 'rate', 'sample'] as const;
export type ViewParamName = (typeof viewParamNames)[number];

const isViewParam = (name: string) => (viewParamNames as readonly string[]).includes(name);

const currentSearch = () => globalThis.location?.search ?? '';

/** A view parameter of the current URL, or null. */
export function readViewParam(name: ViewParamName, search = currentSearch()): string | null {
  try {
    return new URLSearchParams(search).get(name);
  } catch {
    return null;
  }
}

/** The view parameters of a query string, ready to append to the filters' own. */
export function viewParamsOf(search: string): string {
  const kept = new URLSearchParams();
  for (const [name, value] of new URLSearchParams(search))
    if (isViewParam(name)) kept.set(name, value);
  return kept.toString();
}

/** Whether a query string has anything besides view parameters (i.e. it carries filters). */
export const hasNonViewParams = (search: string) =>
  [...new URLSearchParams(search).keys()].some((name) => !isViewParam(name));

/** Sets (or with null removes) a view parameter in place, without a new history entry. */
export function writeViewParam(name: ViewParamName, value: string | null): void {
  const location = globalThis.location;
  if (!location) return;
  const params = new URLSearchParams(location.search);
  if (value === null) params.delete(name);
  else params.set(name, value);
  const search = params.toString().replaceAll('%2C', ',');
  if (search === location.search.replace(/^\?/, '')) return;
  window.history.replaceState(
    window.history.state,
    '',
    `${location.pathname}${search ? `?${search}` : ''}${location.hash}`,
  );
}
