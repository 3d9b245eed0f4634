/** The report-text extractor: prose in, proposed figures out (issue #20). */
export * from './extract-figures.ts';
export { type ExtractionUnit, extractionUnitsFromCsv } from './find-province.ts';
export { compilePhrases, type IndicatorPhrase, parseIndicatorPhrases } from './indicator-phrases.ts';
export * from './score-extraction.ts';
