import { describe, expect, it } from 'vitest';
import { taskTable, withRisk } from '@/app/sections/task-table';
import { taskElapsedShare, taskRisk } from '@/lib/task-risk';
import type { Task } from '@/schemas/task';

const task = (due: string, progress: number, status: Task['status'] = 'in-progress'): Task => ({
  id: `task-${due}-${progress}`,
  initiativeId: 'research',
  title: '任务',
  titleEn: 'Task',
  owner: '自治区党委政法委',
  ownerEn: 'Committee',
  unitId: null,
  due,
  status,
  progress,
});

describe('tasks at risk', () => {
  const start = '2024-01-01';
  const today = '2024-06-30';

  it('marks a task due within 30 days whose progress lags the time elapsed', () => {
    // 181 of 201 days elapsed (90 %): 80 % done lags, 95 % does not.
    expect(taskElapsedShare(start, '2024-07-20', today)).toBeCloseTo(181 / 201, 9);
    expect(taskRisk(task('2024-07-20', 80), today, start)).toBe('at-risk');
    expect(taskRisk(task('2024-07-20', 95), today, start)).toBeNull();
  });

  it('leaves tasks due later than 30 days alone, however slow', () => {
    expect(taskRisk(task('2024-07-30', 10), today, start)).toBe('at-risk');
    expect(taskRisk(task('2024-07-31', 10), today, start)).toBeNull();
  });

  it('an unfinished task past its date is overdue; a done one is never at risk', () => {
    expect(taskRisk(task('2024-06-29', 99), today, start)).toBe('overdue');
    expect(taskRisk(task('2024-12-31', 50, 'overdue'), today, start)).toBe('overdue');
    expect(taskRisk(task('2024-07-01', 100, 'done'), today, start)).toBeNull();
    expect(taskRisk(task('2024-05-01', 100, 'done'), today, start)).toBeNull();
  });

  it('exports the warning beside the status, in words', () => {
    const rows = withRisk([task('2024-07-10', 20), task('2024-03-01', 40)], today, start);
    const table = taskTable(rows, 'zh-CN');
    expect(table.columns.map((column) => column.key)).toEqual([
      'task',
      'owner',
      'due',
      'status',
      'progress',
      'risk',
    ]);
    expect(table.rows.map((row) => row.risk)).toEqual(['临期滞后', '已逾期']);
    expect(taskTable(rows, 'en').rows.map((row) => row.risk)).toEqual(['At risk', 'Overdue']);
  });
});
