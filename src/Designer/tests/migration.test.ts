import { describe, expect, it } from 'vitest';
import { describeMigration, suggestMapping } from '../src/migration-view';
import { describeBulkMigration } from '../src/bulk-migration-view';
import type { BulkMigrationResult } from '../src/api/client';

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

describe('bulk migration', () => {
  const result = (over: Partial<BulkMigrationResult>): BulkMigrationResult => ({
    key: 'p', sourceVersion: 1, targetVersion: 3, dryRun: true, instances: 4, migrated: 0, refused: [], ...over,
  });

  it('tells an accepted dry run, then the migration done', () => {
    expect(describeBulkMigration(result({}))).toBe('Có thể chuyển cả 4 hồ sơ sang phiên bản 3 (thử, chưa chuyển).');
    expect(describeBulkMigration(result({ dryRun: false, migrated: 4 }))).toBe('Đã chuyển 4 hồ sơ sang phiên bản 3.');
  });

  it('says that nothing moved while some instance is refused', () => {
    const refused = [{ instanceId: 'i-1', errors: [{ elementInstanceId: null, elementId: 'Task_1', message: 'gone' }] }];
    expect(describeBulkMigration(result({ dryRun: false, refused }))).toBe(
      'Không chuyển hồ sơ nào: 1/4 hồ sơ không chuyển được sang phiên bản 3 (xem danh sách).');
  });
});
