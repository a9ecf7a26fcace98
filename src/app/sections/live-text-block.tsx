import { useState, type MouseEvent } from 'react';
import { useLanguage } from '@/lib/i18n/language-store';
import { useT } from '@/lib/i18n/translate';
import { useDashboardView } from '../dashboard-view';
import { plainText, type LiveParagraph } from '../live-text';
import { useLiveTexts, type LiveTexts } from '../live-text-data';
import { chartOf } from '../pace-report';
import { useCatalog } from '../use-catalog';

/** Goes to the card that draws an indicator, when it is on the page. */
function goToChart(event: MouseEvent<HTMLAnchorElement>, card: string) {
  const node = document.querySelector<HTMLElement>(`[data-card="${CSS.escape(card)}"]`);
  if (!node) return;
  event.preventDefault();
  node.scrollIntoView({ block: 'start' });
  const heading = node.querySelector<HTMLElement>('h3');
  heading?.setAttribute('tabindex', '-1');
  heading?.focus();
}

/** Every section's heading and text, in page order, as plain text for Word or WPS. */
export function allText(texts: LiveTexts, root: ParentNode): string {
  const sections = [...root.querySelectorAll('section[aria-labelledby] > h2[id]')].map((h2) => ({
    id: h2.id,
    heading: (h2.textContent ?? '').trim(),
  }));
  return sections
    .flatMap(({ id, heading }) => {
      const paragraphs = texts[id] ?? [];
      return paragraphs.length > 0 ? [[heading, ...paragraphs.map(plainText)].join('\n')] : [];
    })
    .join('\n\n');
}

async function copyText(text: string) {
  if (!navigator.clipboard?.writeText) throw new Error('The clipboard is not available');
  await navigator.clipboard.writeText(text);
}

/** About how wide the opening text runs on one line, at the page's 16 px: Chinese, English. */
const TEXT_WIDTH = { 'zh-CN': 3200, en: 4550 } as const;
const LINE_HEIGHT_EM = 1.8;

/**
 * Room for the opening text while it loads: as many lines as the text usually takes at this width,
 * and its links, so that the cards below stay where they are when it arrives (no layout shift).
 */
function LiveTextRoom() {
  const language = useLanguage();
  // innerWidth, not the root's clientWidth: reading that in render forced a layout of the whole
  // page each time the dashboard redrew (a scrollbar's width more or less makes no line's difference).
  const width = Math.max(200, window.innerWidth - PAGE_PADDING);
  const lines = Math.ceil(TEXT_WIDTH[language] / width);
  return (
    <div
      className="live-text live-text--room"
      aria-hidden="true"
      style={{ height: `calc(${lines * LINE_HEIGHT_EM}em + ${ACTIONS_HEIGHT}px)` }}
    />
  );
}
/** The main column's side padding, both sides, and the height of the row of copy links. */
const PAGE_PADDING = 48;
const ACTIONS_HEIGHT = 30;

/**
 * The text a section opens with, in the report's own wording for the current view: numbers stand
 * out and lead to their chart; "复制本段" and (on the first section) "复制全部文字" copy plain text.
 */
export function LiveTextBlock({ headingId, first }: { headingId: string; first: boolean }) {
  const t = useT();
  const view = useDashboardView();
  const { catalog } = useCatalog();
  const { texts, complete } = useLiveTexts(catalog?.units ?? []);
  const [status, setStatus] = useState<string | null>(null);
  const paragraphs = texts?.[headingId] ?? [];
  if (!texts) return first ? <LiveTextRoom /> : null;
  if (paragraphs.length === 0 && !first) return null;

  const copy = async (text: string) => {
    try {
      await copyText(text);
      setStatus(t('live.copied'));
    } catch {
      setStatus(t('live.copyFailed'));
    }
  };
  const chartLink = (indicatorId: string | null) => {
    const indicator = indicatorId ? view.indicator(indicatorId) : undefined;
    return indicator ? chartOf(indicator) : null;
  };

  return (
    <div className="live-text" data-live-text={headingId}>
      {paragraphs.map((paragraph: LiveParagraph, index) => (
        <p key={index} className="live-text__paragraph">
          {paragraph.segments.map((segment, position) => {
            if (segment.kind === 'text') return segment.text;
            const link = chartLink(segment.indicatorId);
            return link ? (
              <a
                key={position}
                className="live-text__figure"
                href={`#${link.headingId}`}
                onClick={(event) => goToChart(event, link.card)}
              >
                {segment.text}
              </a>
            ) : (
              <strong key={position} className="live-text__figure">
                {segment.text}
              </strong>
            );
          })}
        </p>
      ))}
      <div className="live-text__actions">
        {paragraphs.length > 0 && (
          <button
            type="button"
            className="link-button"
            onClick={() => void copy(paragraphs.map(plainText).join('\n'))}
          >
            {t('live.copyParagraph')}
          </button>
        )}
        {first && (
          <button
            type="button"
            className="link-button"
            // The other sections' texts are still on their way: the whole text cannot be copied yet.
            disabled={!complete}
            onClick={() => void copy(allText(texts, document.querySelector('main') ?? document))}
          >
            {t('live.copyAll')}
          </button>
        )}
        <span role="status" className="live-text__status">
          {status}
        </span>
      </div>
    </div>
  );
}
