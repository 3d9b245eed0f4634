import { describe, expect, it } from 'vitest';
import type { ExtractedProposal } from '../../shared/drafts/proposal-drafts.ts';
import { proposalText } from './proposal-text.ts';

const base: ExtractedProposal = {
  unitId: 'v63-14',
  period: '2023',
  indicatorKey: 'x',
  kind: 'figure',
  value: 1463,
  qualifier: 'exact',
  quote: '',
  start: 0,
  end: 0,
};

describe('a proposal’s figure as listed', () => {
  it('writes the value with its unit, parts, rank and bound', () => {
    expect(proposalText({ ...base, qualifier: 'above' }, 'billion_vnd', 'vi')).toMatch(/^trên 1\.463/);
    expect(
      proposalText({ ...base, value: (212 / 216) * 100, numerator: 212, denominator: 216 }, 'percent', 'vi'),
    ).toMatch(/98,1\d?\s?% \(212\/216\)$/);
    expect(proposalText({ ...base, value: 12, rankedOf: 63 }, 'rank', 'vi')).toBe('hạng 12/63');
    expect(proposalText({ ...base, value: 12, rankedOf: 63 }, 'rank', 'en')).toBe('rank 12/63');
    const nearly = { ...base, value: 100, qualifier: 'below' as const, quote: 'gần 100% văn bản' };
    expect(proposalText(nearly, 'percent', 'vi')).toMatch(/^gần 100/);
    expect(proposalText({ ...nearly, quote: 'dưới 100%' }, 'percent', 'vi')).toMatch(/^dưới 100/);
  });
});
