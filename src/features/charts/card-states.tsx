import { ApiError } from '@/lib/api-client';
import type { MessageKey } from '@/lib/i18n/messages';
import { useT } from '@/lib/i18n/translate';

export function errorMessageKey(error: unknown): MessageKey {
  return error instanceof ApiError ? `error.${error.kind}` : 'error.unknown';
}

/** A card whose data could not be loaded: what went wrong, in words and in detail, and a retry. */
export function CardError({ error, onRetry }: { error: unknown; onRetry: () => unknown }) {
  const t = useT();
  return (
    <div className="card-error" role="alert">
      <p>{t(errorMessageKey(error))}</p>
      {error instanceof Error && <p className="card-error__detail">{error.message}</p>}
      <button type="button" className="button" onClick={() => void onRetry()}>
        {t('error.retry')}
      </button>
    </div>
  );
}

/** Figures still on screen after a failed update: say they are old, and offer a retry. */
export function StaleNotice({ error, onRetry }: { error: unknown; onRetry: () => unknown }) {
  const t = useT();
  return (
    <div className="card__stale" role="alert">
      {t('card.stale', { reason: t(errorMessageKey(error)) })}
      <button type="button" className="link-button" onClick={() => void onRetry()}>
        {t('error.retry')}
      </button>
    </div>
  );
}

/**
 * A chart that could not be drawn (its code did not load, or it failed): the card stays, with a
 * retry, and a reload of the page for a browser that will not fetch a failed chunk again (the
 * view is in the address and an imported dataset is stored, so a reload loses nothing).
 */
export function ChartFailed({ error, onRetry }: { error: unknown; onRetry: () => void }) {
  const t = useT();
  return (
    <div className="card-error" role="alert">
      <p>{t('card.chartFailed')}</p>
      {error instanceof Error && <p className="card-error__detail">{error.message}</p>}
      <button type="button" className="button" onClick={onRetry}>
        {t('error.retry')}
      </button>{' '}
      <button type="button" className="link-button" onClick={() => window.location.reload()}>
        {t('card.reloadPage')}
      </button>
    </div>
  );
}
