import { useT } from '@/lib/i18n/translate';

/** Marks synthetic figures so that no screenshot of them passes for an official statistic. */
export function SampleBadge() {
  const t = useT();
  return (
    <span className="sample-badge" title={t('app.sampleBadgeHint')}>
      {t('app.sampleBadge')}
    </span>
  );
}
