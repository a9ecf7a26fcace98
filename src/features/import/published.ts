import { datasetSchema, type Dataset } from '@/schemas/api';

/*
 * A published dataset: one JSON file (docs/api.md's dataset) placed next to the app on the intranet
 * web server. The app finds it through app-config.json, served with the app and editable without a
 * rebuild, or through VITE_PUBLISHED_DATASET_URL set at build time. Same origin only: the page's
 * Content-Security-Policy allows nothing else.
 */

export type AppConfig = { publishedDataset?: string | null };

const base = () => import.meta.env.BASE_URL ?? '/';

async function configuredUrl(): Promise<string | null> {
  const fromBuild = import.meta.env.VITE_PUBLISHED_DATASET_URL;
  if (fromBuild) return fromBuild;
  try {
    const response = await fetch(`${base()}app-config.json`, {
      headers: { Accept: 'application/json' },
      cache: 'no-cache',
    });
    if (!response.ok) return null;
    const config = (await response.json()) as AppConfig;
    return typeof config.publishedDataset === 'string' && config.publishedDataset !== ''
      ? config.publishedDataset
      : null;
  } catch {
    return null;
  }
}

export type PublishedLocation =
  | { status: 'none' }
  | { status: 'found'; url: string }
  | { status: 'failed'; url: string; reason: string };

/** Where the published dataset is, if one is configured; the file itself is read by a worker. */
export async function findPublishedDataset(): Promise<PublishedLocation> {
  const path = await configuredUrl();
  if (!path) return { status: 'none' };
  let url: string;
  try {
    url = new URL(path, new URL(base(), window.location.href)).toString();
  } catch {
    // An address that is no address ("http://"): the page opens on the default data and says so.
    return { status: 'failed', url: path, reason: '数据集地址无效' };
  }
  if (new URL(url).origin !== window.location.origin)
    return {
      status: 'failed',
      url,
      reason: '数据集必须与本页面同源（内容安全策略不允许其他来源）',
    };
  return { status: 'found', url };
}

/** Reads and checks the published file; throws an Error whose message says what is wrong. */
export async function readPublishedDataset(url: string): Promise<Dataset> {
  const response = await fetch(url, {
    headers: { Accept: 'application/json' },
    cache: 'no-cache',
  });
  if (!response.ok) throw new Error(`HTTP ${response.status}`);
  const parsed = datasetSchema.safeParse(await response.json());
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new Error(`不符合数据集格式：${issue?.path.join('.')}: ${issue?.message}`);
  }
  return parsed.data;
}
