type SegmentedControlProps<T extends string> = {
  label: string;
  options: ReadonlyArray<{ value: T; label: string }>;
  value: T;
  onChange: (value: T) => void;
  hideLabel?: boolean;
};

/** A row of toggle buttons, one pressed: the choice between a few modes. */
export function SegmentedControl<T extends string>({
  label,
  options,
  value,
  onChange,
  hideLabel,
}: SegmentedControlProps<T>) {
  return (
    <div className="field">
      {!hideLabel && (
        <span className="field-label" aria-hidden="true">
          {label}
        </span>
      )}
      <div role="group" aria-label={label} className="segmented">
        {options.map((option) => (
          <button
            key={option.value}
            type="button"
            aria-pressed={option.value === value}
            onClick={() => onChange(option.value)}
          >
            {option.label}
          </button>
        ))}
      </div>
    </div>
  );
}
