import { useState } from 'react';
import { useT } from '@/lib/i18n/translate';

/** Copies the view's link; where the clipboard is blocked, shows the link to copy by hand. */
export function CopyLinkButton() {
  const t = useT();
  const [status, setStatus] = useState<'idle' | 'copied' | 'manual'>('idle');
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(window.location.href);
      setStatus('copied');
    } catch {
      setStatus('manual');
    }
  };
  return (
    <div className="copy-link">
      <button type="button" className="button button--primary" onClick={() => void copy()}>
        {t('filters.copyLink')}
      </button>
      <span role="status" className="copy-link__status">
        {status === 'copied' && t('filters.linkCopied')}
      </span>
      {status === 'manual' && (
        <label className="copy-link__manual">
          {t('filters.copyManually')}
          <input readOnly value={window.location.href} onFocus={(event) => event.target.select()} />
        </label>
      )}
    </div>
  );
}
