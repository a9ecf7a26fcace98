import { useT } from '@/lib/i18n/translate';
import { useFilterActions, useFilterNotices } from './filter-store';

/** Says which parameters of a link or of saved state were not used, and that defaults stand in. */
export function FilterNotices() {
  const t = useT();
  const notices = useFilterNotices();
  const { noticesDismissed } = useFilterActions();
  if (notices.length === 0) return null;
  return (
    <div className="notice" role="status">
      <p>{t('notices.title')}</p>
      <ul>
        {notices.map((notice, index) => (
          <li key={`${notice.param}-${index}`}>
            {t(`notices.${notice.reason}`, { param: notice.param, value: notice.value })}
          </li>
        ))}
      </ul>
      <button type="button" className="link-button" onClick={noticesDismissed}>
        {t('notices.dismiss')}
      </button>
    </div>
  );
}
