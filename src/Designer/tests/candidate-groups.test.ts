import { describe, expect, it } from 'vitest';
import { addCandidateGroup } from '../src/candidate-groups/add-group';

describe('addCandidateGroup', () => {
  it('fills an empty field', () => {
    expect(addCandidateGroup(undefined, 'agency:UBND-TINH')).toBe('agency:UBND-TINH');
    expect(addCandidateGroup('  ', 'leaders:SO-GTVT')).toBe('leaders:SO-GTVT');
  });

  it('adds to a comma-separated list once', () => {
    expect(addCandidateGroup('agency:SO-GTVT, officers', 'leaders:SO-GTVT')).toBe('agency:SO-GTVT,officers,leaders:SO-GTVT');
    expect(addCandidateGroup('agency:SO-GTVT', 'agency:SO-GTVT')).toBe('agency:SO-GTVT');
  });

  it('adds a string to a FEEL list literal, once', () => {
    const feel = '=["agency:" + leadAgency]';
    expect(addCandidateGroup(feel, 'agency:SOC-IOC')).toBe('=["agency:" + leadAgency, "agency:SOC-IOC"]');
    expect(addCandidateGroup('=["agency:SOC-IOC"]', 'agency:SOC-IOC')).toBe('=["agency:SOC-IOC"]');
    expect(addCandidateGroup('=[]', 'agency:SOC-IOC')).toBe('=["agency:SOC-IOC"]');
  });

  it('replaces another FEEL expression it cannot extend', () => {
    expect(addCandidateGroup('=groupsOf(report)', 'leaders:UBND-TINH')).toBe('leaders:UBND-TINH');
  });
});
