import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { redrawnOnChange, sameContents } from '@/features/charts/same-props';

describe('sameContents (whether a chart would draw the same picture)', () => {
  const rows = () => [
    { unitId: 'hohhot', value: 60.8, tone: 'better', note: null, revision: undefined },
    { unitId: 'baotou', value: Number.NaN, tone: 'neutral', note: '※', revision: { from: 1 } },
  ];

  it('takes rows built afresh with the same figures as the same', () => {
    expect(sameContents({ rows: rows(), unit: '%' }, { rows: rows(), unit: '%' })).toBe(true);
    expect(sameContents(new Map([['2024-06', '修订']]), new Map([['2024-06', '修订']]))).toBe(true);
  });

  it('sees any changed figure, order, length, key or map entry', () => {
    const changed = rows();
    changed[1]!.revision = { from: 2 };
    expect(sameContents(rows(), changed)).toBe(false);
    expect(sameContents(rows(), rows().reverse())).toBe(false);
    expect(sameContents(rows(), rows().slice(1))).toBe(false);
    expect(sameContents({ a: 1, b: undefined }, { a: 1, c: undefined })).toBe(false);
    expect(sameContents({ a: 1 }, { a: 1, b: undefined })).toBe(false);
    expect(sameContents(new Map([['2024-06', '修订']]), new Map([['2024-05', '修订']]))).toBe(
      false,
    );
    expect(sameContents(new Map([['k', 1]]), { k: 1 })).toBe(false);
    expect(sameContents([1, 2], { 0: 1, 1: 2, length: 2 })).toBe(false);
    expect(sameContents(0, -0)).toBe(false);
  });

  it('compares functions and other objects by identity: a new callback draws again', () => {
    const onClick = () => undefined;
    expect(sameContents({ onClick }, { onClick })).toBe(true);
    expect(sameContents({ onClick }, { onClick: () => undefined })).toBe(false);
    expect(sameContents(new Date(0), new Date(0))).toBe(false);
  });
});

describe('redrawnOnChange', () => {
  it('renders the chart again only when what it is given changes', () => {
    let renders = 0;
    function Chart({ rows }: { rows: Array<{ value: number }>; onClick?: () => void }) {
      renders += 1;
      return <p>{rows.map((row) => row.value).join(',')}</p>;
    }
    const Redrawn = redrawnOnChange(Chart);
    const onClick = () => undefined;
    const view = render(<Redrawn rows={[{ value: 1 }]} onClick={onClick} />);
    view.rerender(<Redrawn rows={[{ value: 1 }]} onClick={onClick} />);
    expect(renders).toBe(1);
    view.rerender(<Redrawn rows={[{ value: 2 }]} onClick={onClick} />);
    expect(renders).toBe(2);
    expect(view.container.textContent).toBe('2');
    view.rerender(<Redrawn rows={[{ value: 2 }]} onClick={() => undefined} />);
    expect(renders).toBe(3);
  });
});
