import { describe, expect, it } from 'vitest';
import type { ExtractedProposal } from '../../shared/drafts/proposal-drafts.ts';
import { groupProposals } from './proposal-groups.ts';

const p = (over: Partial<ExtractedProposal>): ExtractedProposal => ({
  unitId: 'v63-91',
  period: '2019',
  indicatorKey: 'bts_4g_added',
  kind: 'figure',
  value: 1,
  qualifier: 'exact',
  quote: 'x',
  start: 0,
  end: 1,
  ...over,
});

describe('proposals listed by the form they go to', () => {
  it('puts the report’s own form first, derived years after, plans apart, and says which may be edited', () => {
    const { forms, plans } = groupProposals(
      [
        p({ period: '2018', kind: 'derived', start: 50 }),
        p({ start: 30 }),
        p({ start: 10, indicatorKey: 'fibre_km_added' }),
        p({ period: '2025', kind: 'plan', start: 70 }),
      ],
      { unitId: 'v63-91', period: '2019' },
      (id) => id === 'v63-91',
    );
    expect(forms.map((f) => [f.period, f.isReport, f.canEdit, f.items.map((i) => i.index)])).toEqual([
      ['2019', true, true, [2, 1]],
      ['2018', false, true, [0]],
    ]);
    expect(plans.map((x) => x.index)).toEqual([3]);
  });
});
