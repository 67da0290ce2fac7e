import { describe, expect, it } from 'vitest';
import { statisticsLabel } from '../src/statistics-view';

describe('statisticsLabel', () => {
  it('shows only the waiting count when nothing is late', () => {
    expect(statisticsLabel({ elementId: 'T', waiting: 3, overdue: 0, incidents: 0, instanceIds: [] })).toBe('3 đang chờ');
  });

  it('adds overdue and incidents when there are some', () => {
    expect(statisticsLabel({ elementId: 'T', waiting: 3, overdue: 1, incidents: 2, instanceIds: [] })).toBe('3 đang chờ · 1 quá hạn · 2 sự cố');
  });
});
