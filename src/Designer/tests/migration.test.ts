import { describe, expect, it } from 'vitest';
import { describeMigration, suggestMapping } from '../src/migration-view';

describe('migration', () => {
  it('suggests keeping each waiting element id', () => {
    expect(suggestMapping(['Task_1', 'Timer_2'])).toEqual({ Task_1: 'Task_1', Timer_2: 'Timer_2' });
  });

  it('describes a refused migration with the elements named', () => {
    const text = describeMigration({
      isValid: false, targetVersion: 3, dryRun: true,
      errors: [{ elementInstanceId: null, elementId: 'Task_1', message: 'no such element in version 3' }],
    });
    expect(text).toBe('Không chuyển được sang phiên bản 3: [Task_1] no such element in version 3');
  });

  it('tells a dry run from a done migration', () => {
    expect(describeMigration({ isValid: true, targetVersion: 2, dryRun: true, errors: [] })).toContain('thử, chưa chuyển');
    expect(describeMigration({ isValid: true, targetVersion: 2, dryRun: false, errors: [] })).toBe('Đã chuyển hồ sơ sang phiên bản 2.');
  });
});
