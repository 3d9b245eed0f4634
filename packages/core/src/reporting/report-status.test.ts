import { describe, expect, it } from 'vitest';
import { figureStatus, reportStatus } from './report-status.ts';

describe('report status', () => {
  it('gives a figure its open revision’s status, else approved when a real figure is published', () => {
    expect(figureStatus({ openRevision: 'returned', hasRealFigure: true })).toBe('returned');
    expect(figureStatus({ openRevision: null, hasRealFigure: true })).toBe('approved');
    expect(figureStatus({ openRevision: null, hasRealFigure: false })).toBe('not_started');
  });

  it('puts what the staff must do first, then what waits for review', () => {
    expect(reportStatus(['approved', 'returned', 'submitted'])).toBe('returned');
    expect(reportStatus(['approved', 'draft', 'submitted'])).toBe('draft');
    expect(reportStatus(['approved', 'not_started', 'submitted'])).toBe('submitted');
    expect(reportStatus(['approved', 'not_started'])).toBe('approved');
    expect(reportStatus(['not_started', 'not_started'])).toBe('not_started');
    expect(reportStatus([])).toBe('not_started');
  });
});
