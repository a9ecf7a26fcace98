import { useId, useState } from 'react';
import { useLanguage } from '@/lib/i18n/language-store';
import { pickLabel, useT } from '@/lib/i18n/translate';
import type { Dataset } from '@/schemas/api';
import { monthsOf, templateCsv, templateFileName, templateXlsx } from '../template';
import { reportsFigures } from '../parse/catalogue';
import { ModalDialog } from './modal-dialog';

type Catalogue = Pick<Dataset, 'units' | 'indicators' | 'initiatives' | 'meta'>;

const nextMonth = (month: string) => {
  const [year, number] = month.split('-').map(Number) as [number, number];
  return number === 12 ? `${year + 1}-01` : `${year}-${String(number + 1).padStart(2, '0')}`;
};

/** 下载填报模板: the office picks 全部盟市 or one unit (each unit gets its own file) and the months. */
export default function TemplateDialog({
  catalogue,
  onClose,
  saveFile,
}: {
  catalogue: Catalogue;
  onClose: () => void;
  saveFile: (blob: Blob, fileName: string) => void;
}) {
  const t = useT();
  const language = useLanguage();
  const ids = { unit: useId(), from: useId(), to: useId() };
  // By default the months after the last reported one, to the end of that year.
  const start = nextMonth(catalogue.meta.lastMonth);
  const [unitId, setUnitId] = useState<string>('');
  const [from, setFrom] = useState(start);
  const [to, setTo] = useState(`${start.slice(0, 4)}-12`);
  const [format, setFormat] = useState<'xlsx' | 'csv'>('xlsx');
  const [busy, setBusy] = useState(false);
  const months = /^\d{4}-\d{2}$/.test(from) && /^\d{4}-\d{2}$/.test(to) ? monthsOf(from, to) : [];
  const valid = months.length > 0 && months.length <= 24;

  const download = async () => {
    const options = { unitId: unitId === '' ? null : unitId, from, to };
    setBusy(true);
    try {
      const blob =
        format === 'xlsx'
          ? await templateXlsx(catalogue, options)
          : templateCsv(catalogue, options);
      saveFile(blob, templateFileName(catalogue, options, format));
      onClose();
    } finally {
      setBusy(false);
    }
  };

  return (
    <ModalDialog
      title={t('template.title')}
      closeLabel={t('import.close')}
      onClose={onClose}
      busy={busy}
    >
      <form
        className="template-dialog"
        onSubmit={(event) => {
          event.preventDefault();
          if (valid) void download();
        }}
      >
        <label htmlFor={ids.unit}>{t('template.unit')}</label>
        <select id={ids.unit} value={unitId} onChange={(event) => setUnitId(event.target.value)}>
          <option value="">{t('template.allUnits')}</option>
          {catalogue.units.filter(reportsFigures).map((unit) => (
            <option key={unit.id} value={unit.id}>
              {pickLabel(language, unit.name, unit.nameEn)}
            </option>
          ))}
        </select>
        <label htmlFor={ids.from}>{t('template.from')}</label>
        <input
          id={ids.from}
          type="month"
          value={from}
          onChange={(event) => setFrom(event.target.value)}
        />
        <label htmlFor={ids.to}>{t('template.to')}</label>
        <input
          id={ids.to}
          type="month"
          value={to}
          onChange={(event) => setTo(event.target.value)}
        />
        <fieldset>
          <legend>{t('template.format')}</legend>
          <label>
            <input
              type="radio"
              name="template-format"
              checked={format === 'xlsx'}
              onChange={() => setFormat('xlsx')}
            />
            {t('template.xlsx')}
          </label>
          <label>
            <input
              type="radio"
              name="template-format"
              checked={format === 'csv'}
              onChange={() => setFormat('csv')}
            />
            {t('template.csv')}
          </label>
        </fieldset>
        {!valid && <p role="alert">{t('template.rangeError')}</p>}
        <div className="import-dialog__actions">
          <button type="submit" className="import-dialog__primary" disabled={!valid || busy}>
            {t('template.download')}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
