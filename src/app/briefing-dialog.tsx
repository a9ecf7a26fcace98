import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import {
  briefingSettingsSchema,
  loadBriefingSettings,
  saveBriefingSettings,
  type BriefingSettings,
} from '@/features/export/briefing-settings';
import { chartKey, findCharts, findSections } from '@/features/export/report-slots';
import { useT } from '@/lib/i18n/translate';

export type BriefingChoice = { settings: BriefingSettings; include: ReadonlySet<string> };

const today = () => {
  const now = new Date();
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
};

type ChartOption = { key: string; title: string; section: string };

/** The charts ready on the page, by section, as the export will find them. */
function chartOptions(): ChartOption[] {
  const root = document.querySelector('main') ?? document;
  const headings = new Map(findSections(root).map((section) => [section.id, section.heading]));
  return findCharts(root).map((slot) => ({
    key: chartKey(slot),
    title: slot.title,
    section: headings.get(slot.sectionId) ?? '',
  }));
}

/**
 * Before a Word briefing: its head (报头, 期号, 编发单位, date), who it goes to (报送, 抄送), and
 * which charts go in. What is typed is remembered on this machine for the next issue.
 */
export function BriefingDialog({
  onConfirm,
  onCancel,
}: {
  onConfirm: (choice: BriefingChoice) => void;
  onCancel: () => void;
}) {
  const t = useT();
  const titleId = useId();
  const first = useRef<HTMLInputElement>(null);
  const [settings, setSettings] = useState<BriefingSettings>(() =>
    loadBriefingSettings({
      masthead: t('brief.defaultMasthead'),
      issue: '1',
      issuer: t('brief.defaultIssuer'),
      date: today(),
      sendTo: '',
      copyTo: '',
    }),
  );
  const [charts] = useState(chartOptions);
  const [chosen, setChosen] = useState<Set<string>>(() => new Set(charts.map((c) => c.key)));
  const [error, setError] = useState<string | null>(null);

  useEffect(() => first.current?.focus(), []);

  const labels: Record<keyof BriefingSettings, string> = {
    masthead: t('brief.masthead'),
    issue: t('brief.issueLabel'),
    issuer: t('brief.issuer'),
    date: t('brief.date'),
    sendTo: t('brief.sendToLabel'),
    copyTo: t('brief.copyToLabel'),
  };
  const field = (name: keyof BriefingSettings, type = 'text') => (
    <div className="field briefing-dialog__field" key={name}>
      <label className="field-label" htmlFor={`briefing-${name}`}>
        {labels[name]}
      </label>
      <input
        id={`briefing-${name}`}
        ref={name === 'masthead' ? first : undefined}
        type={type}
        value={settings[name]}
        onChange={(event) => setSettings({ ...settings, [name]: event.target.value })}
      />
    </div>
  );

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const parsed = briefingSettingsSchema.safeParse(settings);
    if (!parsed.success) {
      const name = parsed.error.issues[0]?.path[0] as keyof BriefingSettings | undefined;
      setError(t('brief.invalid', { field: name ? labels[name] : '' }));
      return;
    }
    saveBriefingSettings(parsed.data);
    onConfirm({ settings: parsed.data, include: chosen });
  };

  const toggle = (key: string) =>
    setChosen((previous) => {
      const next = new Set(previous);
      if (next.has(key)) next.delete(key);
      else next.add(key);
      return next;
    });

  return (
    <div className="briefing-dialog__backdrop">
      <div
        className="briefing-dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby={titleId}
        onKeyDown={(event) => {
          if (event.key === 'Escape') onCancel();
        }}
      >
        <form onSubmit={submit} noValidate>
          <h2 id={titleId}>{t('brief.dialogTitle')}</h2>
          <div className="briefing-dialog__fields">
            {field('masthead')}
            {field('issue')}
            {field('issuer')}
            {field('date', 'date')}
            {field('sendTo')}
            {field('copyTo')}
          </div>
          <p className="briefing-dialog__note">{t('brief.remembered')}</p>
          <fieldset className="briefing-dialog__charts">
            <legend>{t('brief.charts')}</legend>
            {charts.length === 0 ? (
              <p>{t('brief.noChartsOnPage')}</p>
            ) : (
              <>
                <div className="briefing-dialog__bulk">
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setChosen(new Set(charts.map((chart) => chart.key)))}
                  >
                    {t('brief.allCharts')}
                  </button>
                  <button
                    type="button"
                    className="link-button"
                    onClick={() => setChosen(new Set())}
                  >
                    {t('brief.noCharts')}
                  </button>
                </div>
                <ul>
                  {charts.map((chart) => (
                    <li key={chart.key}>
                      <label>
                        <input
                          type="checkbox"
                          checked={chosen.has(chart.key)}
                          onChange={() => toggle(chart.key)}
                        />{' '}
                        {chart.title}
                        <span className="briefing-dialog__section">{chart.section}</span>
                      </label>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </fieldset>
          {error && (
            <p className="briefing-dialog__error" role="alert">
              {error}
            </p>
          )}
          <div className="briefing-dialog__actions">
            <button type="button" className="button" onClick={onCancel}>
              {t('brief.cancel')}
            </button>
            <button type="submit" className="button button--primary">
              {t('brief.export')}
            </button>
          </div>
        </form>
      </div>
    </div>
  );
}
