import { useMeta } from '@/features/reports/api/get-meta';
import { formatDate } from '@/lib/format';
import { useLanguage, useLanguageActions, languages } from '@/lib/i18n/language-store';
import { pickLabel, useT } from '@/lib/i18n/translate';
import { SampleBadge } from '@/components/ui/sample-badge';
import {
  DatasetLabel,
  DatasetNotice,
  ImportActions,
} from '@/features/import/components/dataset-bar';
import { saveFile } from '@/features/export/save-file';
import { DashboardExport } from './dashboard-export';
import { useCatalog } from './use-catalog';

export function DashboardHeader() {
  const t = useT();
  const language = useLanguage();
  const { languageChosen } = useLanguageActions();
  const meta = useMeta();
  const { catalog } = useCatalog();

  return (
    <header
      className={`dashboard-header${!meta.data && !meta.isError ? ' dashboard-header--loading' : ''}`}
    >
      <div className="dashboard-header__titles">
        {meta.data ? (
          <>
            <div className="dashboard-header__title-row">
              <h1>{pickLabel(language, meta.data.title, meta.data.titleEn)}</h1>
              {meta.data.isSample && <SampleBadge />}
            </div>
            <p className="dashboard-header__meta">
              <span data-testid="as-of">
                {t('app.asOf', { date: formatDate(meta.data.asOf, language) })}
              </span>
              <span>
                {t('app.source', {
                  source: pickLabel(language, meta.data.source, meta.data.sourceEn),
                })}
              </span>
              <span>{t('app.version', { version: meta.data.version })}</span>
              <DatasetLabel isSample={meta.data.isSample} />
            </p>
          </>
        ) : meta.isError ? (
          <h1 role="alert">{t('app.metaError')}</h1>
        ) : (
          <>
            <div className="dashboard-header__title-row">
              <h1 aria-busy="true">{t('app.loading')}</h1>
            </div>
            {/* The line of facts to come: keeps its height while the title loads. */}
            <p className="dashboard-header__meta" aria-hidden="true">
              &nbsp;
            </p>
          </>
        )}
      </div>
      <div className="dashboard-header__actions">
        <ImportActions catalogue={catalog ?? undefined} saveFile={saveFile} />
        <DashboardExport />
        <div role="group" aria-label={t('app.language')} className="segmented">
          {languages.map((option) => (
            <button
              key={option}
              type="button"
              lang={option}
              aria-pressed={language === option}
              onClick={() => languageChosen(option)}
            >
              {option === 'en' ? 'English' : '中文'}
            </button>
          ))}
        </div>
      </div>
      <DatasetNotice />
    </header>
  );
}
