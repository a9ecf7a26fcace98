import { render, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportPreview } from '@/features/import/components/import-preview';
import type { FigureChange, ImportPlan } from '@/features/import/plan';

function planWith(added: number, changed: number): ImportPlan {
  const change = (index: number, before?: number): FigureChange => ({
    key: `a|u${index}|2024-01`,
    indicatorId: 'a',
    unitId: `u${index}`,
    period: '2024-01',
    after: index,
    ...(before !== undefined && { before }),
    from: {
      indicatorId: 'a',
      unitId: `u${index}`,
      period: '2024-01',
      value: index,
      file: 'a.csv',
      row: index + 2,
      column: '数值',
    },
  });
  return {
    files: [{ file: 'a.csv', format: 'csv', figures: added + changed }],
    problems: [],
    errors: 0,
    added: Array.from({ length: added }, (_, index) => change(index)),
    changed: Array.from({ length: changed }, (_, index) => change(index, -1)),
    addedCount: added + 1000,
    changedCount: changed,
    unchanged: 0,
    conflicts: [],
    missing: [],
    period: { from: '2024-01', to: '2024-01' },
  };
}

const names = { unit: (id: string) => `单位${id}`, indicator: (id: string) => `指标${id}` };

describe('the import preview', () => {
  it('lists a first screenful of rows at once, then every row received, frame by frame', async () => {
    render(
      <ImportPreview
        plan={planWith(200, 90)}
        names={names}
        choices={new Map()}
        onChoose={() => {}}
      />,
    );
    const added = screen.getByRole('table', { name: '新增的数' });
    const changed = screen.getByRole('table', { name: /更正/ });
    // Header row plus the first forty.
    expect(within(added).getAllByRole('row')).toHaveLength(41);
    await waitFor(() => expect(within(added).getAllByRole('row')).toHaveLength(201), {
      timeout: 15_000,
    });
    expect(within(changed).getAllByRole('row')).toHaveLength(91);
    expect(within(added).getByText('单位u199')).toBeInTheDocument();
    // Rows beyond those received are counted, not listed.
    expect(screen.getByText('另有1000项未列出')).toBeInTheDocument();
  });
});
