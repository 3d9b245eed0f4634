/**
 * The proposals of one report as the page lists them: by the form they go to (province and period,
 * the report's own period first, then the others by period), plans apart, and which of them the
 * signed-in person may put in a form.
 */
import type { ExtractedProposal } from '../../shared/drafts/proposal-drafts.ts';

export interface ProposalGroup {
  unitId: string;
  period: string;
  /** The report's own province and period (the others are derived figures of other periods). */
  isReport: boolean;
  canEdit: boolean;
  items: { index: number; proposal: ExtractedProposal }[];
}

export function groupProposals(
  proposals: readonly ExtractedProposal[],
  report: { unitId?: string; period?: string },
  canEdit: (unitId: string) => boolean,
): { forms: ProposalGroup[]; plans: { index: number; proposal: ExtractedProposal }[] } {
  const forms = new Map<string, ProposalGroup>();
  const plans: { index: number; proposal: ExtractedProposal }[] = [];
  proposals.forEach((proposal, index) => {
    if (proposal.kind === 'plan') {
      plans.push({ index, proposal });
      return;
    }
    const key = `${proposal.unitId}|${proposal.period}`;
    const group = forms.get(key) ?? {
      unitId: proposal.unitId,
      period: proposal.period,
      isReport: proposal.unitId === report.unitId && proposal.period === report.period,
      canEdit: canEdit(proposal.unitId),
      items: [],
    };
    group.items.push({ index, proposal });
    forms.set(key, group);
  });
  const sorted = [...forms.values()].sort(
    (a, b) => Number(b.isReport) - Number(a.isReport) || b.period.localeCompare(a.period),
  );
  for (const group of sorted) group.items.sort((a, b) => a.proposal.start - b.proposal.start);
  return { forms: sorted, plans };
}
