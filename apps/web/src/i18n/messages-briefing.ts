/** A province's page for a leader: the summary strip, pace to the plan, the printed report. */
export const briefingVi = {
  'briefing.printTitle': 'Báo cáo kỳ',
};

export const briefingEn: Record<keyof typeof briefingVi, string> = {
  'briefing.printTitle': 'Period report',
};
