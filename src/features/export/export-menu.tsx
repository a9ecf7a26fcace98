import { useEffect, useId, useLayoutEffect, useRef, useState, type KeyboardEvent } from 'react';
import './export-menu.css';

export type ExportMenuItem<T extends string> = { id: T; label: string };

/** What the last export did: progress and success are announced politely, failures at once. */
export type ExportStatus = { tone: 'info' | 'error'; text: string };

type ExportMenuProps<T extends string> = {
  /** The button's visible label and accessible name; the card region around it names the chart. */
  label: string;
  items: ReadonlyArray<ExportMenuItem<T>>;
  onSelect: (id: T) => void;
  status: ExportStatus | null;
  busy?: boolean;
  /** Called when the menu opens, so that the owner can clear an old message. */
  onOpen?: () => void;
};

/**
 * A menu button as the WAI-ARIA practices describe it: Enter, Space or the arrow keys open it and
 * focus an item, the arrows move, Home and End jump, Escape closes and returns to the button.
 * It stays tiny, since every card has one on the first screen; the exports load on first use.
 */
export function ExportMenu<T extends string>(props: ExportMenuProps<T>) {
  const { label, items, onSelect, status, busy, onOpen } = props;
  const [open, setOpen] = useState(false);
  const buttonId = useId();
  const root = useRef<HTMLDivElement>(null);
  const button = useRef<HTMLButtonElement>(null);
  const menu = useRef<HTMLUListElement>(null);
  const focusItem = (index: number) => {
    const buttons = menu.current?.querySelectorAll<HTMLButtonElement>('[role="menuitem"]') ?? [];
    buttons[(index + buttons.length) % buttons.length]?.focus();
  };
  const pendingFocus = useRef<number | null>(null);

  // The list opens under the button, flush right; where that would pass the screen's left edge
  // (a button on the left of a phone's screen), it opens flush left instead.
  useLayoutEffect(() => {
    const list = menu.current;
    if (!open || !list) return;
    list.style.left = '';
    list.style.right = '';
    if (list.getBoundingClientRect().left < 4) {
      list.style.left = '0';
      list.style.right = 'auto';
    }
  }, [open]);

  useEffect(() => {
    if (!open) return;
    if (pendingFocus.current !== null) focusItem(pendingFocus.current);
    pendingFocus.current = null;
    const closeOutside = (event: PointerEvent) => {
      if (!root.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', closeOutside);
    return () => document.removeEventListener('pointerdown', closeOutside);
  }, [open]);

  const openAt = (index: number) => {
    pendingFocus.current = index;
    if (open) focusItem(index);
    else {
      setOpen(true);
      onOpen?.();
    }
  };
  const close = (returnFocus: boolean) => {
    setOpen(false);
    if (returnFocus) button.current?.focus();
  };

  const onButtonKeyDown = (event: KeyboardEvent) => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      openAt(event.key === 'ArrowDown' ? 0 : -1);
    }
  };
  const onMenuKeyDown = (event: KeyboardEvent) => {
    const buttons = [...(menu.current?.querySelectorAll('[role="menuitem"]') ?? [])];
    const current = buttons.indexOf(document.activeElement as Element);
    const moves: Record<string, number> = {
      ArrowDown: current + 1,
      ArrowUp: current - 1,
      Home: 0,
      End: -1,
    };
    if (event.key in moves) {
      event.preventDefault();
      focusItem(moves[event.key] ?? 0);
    } else if (event.key === 'Escape') {
      event.preventDefault();
      close(true);
    } else if (event.key === 'Tab') {
      close(false);
    }
  };

  return (
    <div className="export-menu" ref={root}>
      <button
        ref={button}
        id={buttonId}
        type="button"
        className="link-button"
        aria-haspopup="menu"
        aria-expanded={open}
        aria-busy={busy || undefined}
        onClick={() => (open ? close(false) : openAt(0))}
        onKeyDown={onButtonKeyDown}
      >
        {label}
      </button>
      {open && (
        <ul
          ref={menu}
          role="menu"
          aria-labelledby={buttonId}
          className="export-menu__list"
          onKeyDown={onMenuKeyDown}
        >
          {items.map((item) => (
            <li key={item.id} role="none">
              <button
                type="button"
                role="menuitem"
                tabIndex={-1}
                onClick={() => {
                  close(true);
                  onSelect(item.id);
                }}
              >
                {item.label}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ExportStatusLines status={status} />
    </div>
  );
}

/**
 * Progress is announced politely, failures at once; both live regions stay in the page so that
 * screen readers hear the first message too.
 */
export function ExportStatusLines({ status }: { status: ExportStatus | null }) {
  return (
    <>
      <p role="status" className="export-menu__status">
        {status?.tone === 'info' ? status.text : ''}
      </p>
      <p role="alert" className="export-menu__status export-menu__status--error">
        {status?.tone === 'error' ? status.text : ''}
      </p>
    </>
  );
}
