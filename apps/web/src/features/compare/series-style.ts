/**
 * How each compared province is drawn: a colour from the Okabe–Ito palette (told apart by
 * the colour-blind) and a dash pattern of its own, so that a line is known by its shape too,
 * in grey print and for anyone who cannot tell the colours apart.
 */
export const SERIES_COLORS = ['#0072B2', '#D55E00', '#009E73', '#CC79A7', '#E69F00', '#56B4E9'] as const;
export const SERIES_DASHES = ['', '8 4', '2 3', '10 3 2 3', '5 5', '1 4'] as const;

/** The nation's line and the region's: grey, never a province's colour. */
export const NATIONAL_INK = '#4a4541';
export const REGION_INK = '#8a8580';

export const colorOf = (i: number): string => SERIES_COLORS[i % SERIES_COLORS.length] as string;
export const dashOf = (i: number): string => SERIES_DASHES[i % SERIES_DASHES.length] as string;
