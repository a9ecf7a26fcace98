import { useEffect, useId, useRef, useState } from 'react';

export type Option = { id: string; label: string };
export type QuickChoice = { label: string; ids: string[] };

type MultiSelectProps = {
  label: string;
  options: Option[];
  selected: string[];
  /** What the button says when nothing is selected (which means "all"). */
  allLabel: string;
  quickChoices?: QuickChoice[];
  clearLabel: string;
  onChange: (ids: string[]) => void;
  summarise: (count: number) => string;
};

/** A disclosure with checkboxes: keyboard-usable (Tab, Space, Escape) and readable by screen readers. */
export function MultiSelect({
  label,
  options,
  selected,
  allLabel,
  quickChoices = [],
  clearLabel,
  onChange,
  summarise,
}: MultiSelectProps) {
  const [open, setOpen] = useState(false);
  const panelId = useId();
  const containerRef = useRef<HTMLDivElement>(null);
  const buttonRef = useRef<HTMLButtonElement>(null);
  const selectedSet = new Set(selected);
  const buttonText =
    selected.length === 0
      ? allLabel
      : selected.length === 1
        ? (options.find((option) => option.id === selected[0])?.label ?? selected[0])
        : summarise(selected.length);

  useEffect(() => {
    if (!open) return;
    const onPointerDown = (event: PointerEvent) => {
      if (!containerRef.current?.contains(event.target as Node)) setOpen(false);
    };
    document.addEventListener('pointerdown', onPointerDown);
    return () => document.removeEventListener('pointerdown', onPointerDown);
  }, [open]);

  const toggle = (id: string) =>
    onChange(selectedSet.has(id) ? selected.filter((item) => item !== id) : [...selected, id]);

  return (
    <div
      className="multi-select"
      ref={containerRef}
      onKeyDown={(event) => {
        if (event.key === 'Escape' && open) {
          setOpen(false);
          buttonRef.current?.focus();
        }
      }}
    >
      <span className="field-label" id={`${panelId}-label`}>
        {label}
      </span>
      <button
        ref={buttonRef}
        type="button"
        className="multi-select__button"
        aria-expanded={open}
        aria-controls={panelId}
        aria-labelledby={`${panelId}-label ${panelId}-value`}
        onClick={() => setOpen((value) => !value)}
      >
        <span id={`${panelId}-value`}>{buttonText}</span>
        <span aria-hidden="true">▾</span>
      </button>
      {open && (
        <div
          className="multi-select__panel"
          id={panelId}
          role="group"
          aria-labelledby={`${panelId}-label`}
        >
          <div className="multi-select__quick">
            <button type="button" onClick={() => onChange([])} aria-pressed={selected.length === 0}>
              {clearLabel}
            </button>
            {quickChoices.map((choice) => (
              <button key={choice.label} type="button" onClick={() => onChange(choice.ids)}>
                {choice.label}
              </button>
            ))}
          </div>
          <ul className="multi-select__options">
            {options.map((option) => (
              <li key={option.id}>
                <label>
                  <input
                    type="checkbox"
                    checked={selectedSet.has(option.id)}
                    onChange={() => toggle(option.id)}
                  />
                  {option.label}
                </label>
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}
