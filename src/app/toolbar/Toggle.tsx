import type { ReactNode } from 'react';

/** A labelled checkbox for a setting: the label is its accessible name. */
export function Toggle({
  label,
  checked,
  onChange,
  className = '',
}: {
  label: ReactNode;
  checked: boolean;
  onChange: (checked: boolean) => void;
  className?: string;
}) {
  return (
    <label className={`dl-toggle ${className}`.trim()}>
      <input
        type="checkbox"
        checked={checked}
        onChange={(e) => {
          onChange(e.target.checked);
        }}
      />{' '}
      {label}
    </label>
  );
}
