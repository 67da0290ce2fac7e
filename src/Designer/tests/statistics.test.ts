import { describe, expect, it } from 'vitest';
import { formatDuration, statisticsLabel } from '../src/statistics-view';

describe('statisticsLabel', () => {
  it('shows only the waiting count when nothing is late', () => {
    expect(statisticsLabel({ elementId: 'T', waiting: 3, overdue: 0, incidents: 0, instanceIds: [], completed: 0 })).toBe('3 đang chờ');
  });

  it('adds overdue and incidents when there are some', () => {
    expect(statisticsLabel({ elementId: 'T', waiting: 3, overdue: 1, incidents: 2, instanceIds: [], completed: 0 })).toBe('3 đang chờ · 1 quá hạn · 2 sự cố');
  });
});

describe('average time', () => {
  const none = { elementId: 'T', overdue: 0, incidents: 0, instanceIds: [], completed: 0 };

  it('adds the average in days with a Vietnamese decimal comma', () => {
    expect(statisticsLabel({ ...none, waiting: 2, averageSeconds: 1.5 * 86_400, completed: 4 })).toBe('2 đang chờ · TB 1,5 ngày');
  });

  it('shows only the average where nobody waits now', () => {
    expect(statisticsLabel({ ...none, waiting: 0, averageSeconds: 3 * 3_600, completed: 1 })).toBe('TB 3 giờ');
  });

  it('ignores an average under a second (the engine passing through)', () => {
    expect(statisticsLabel({ ...none, waiting: 1, averageSeconds: 0.2, completed: 9 })).toBe('1 đang chờ');
  });

  it.each([
    [40, '40 giây'],
    [12 * 60 + 20, '12,3 phút'],
    [2 * 3_600, '2 giờ'],
    [86_400 * 4, '4 ngày'],
  ])('formats %d seconds as %s', (seconds, text) => {
    expect(formatDuration(seconds)).toBe(text);
  });
});
