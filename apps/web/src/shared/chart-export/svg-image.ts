/**
 * A chart's SVG as a standalone file and as a PNG. Recharts styles its SVG partly from the page's
 * CSS (fonts, colours of text); a file has no page, so each element's computed style is written
 * onto its copy. The PNG is drawn at twice the size (sharp on a slide or a high-density screen).
 */

/** Properties that change how an SVG element looks; the rest of getComputedStyle is noise. */
const STYLE_PROPS = [
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-dasharray',
  'stroke-opacity',
  'opacity',
  'font-family',
  'font-size',
  'font-weight',
  'font-style',
  'text-anchor',
  'dominant-baseline',
  'visibility',
  'display',
] as const;

function inlineStyles(source: Element, copy: Element): void {
  const style = getComputedStyle(source);
  const text = STYLE_PROPS.map((p) => `${p}:${style.getPropertyValue(p)}`).join(';');
  copy.setAttribute('style', `${copy.getAttribute('style') ?? ''};${text}`);
  const children = source.children;
  for (let i = 0; i < children.length; i++) {
    const child = copy.children[i];
    if (child) inlineStyles(children[i] as Element, child);
  }
}

/** A series as the picture's legend names it: its line's colour and dash pattern. */
export interface LegendEntry {
  label: string;
  color: string;
  dash: string;
}

export interface PictureOptions {
  /** Written above the chart. */
  title?: string | undefined;
  /** Drawn below the chart, wrapped to its width. */
  legend?: readonly LegendEntry[] | undefined;
}

const NS = 'http://www.w3.org/2000/svg';
const LEGEND_ROW = 20;

/** Lays the legend's entries out in rows within the width (text measured roughly, 7 px a character). */
function legendRows(
  legend: readonly LegendEntry[],
  width: number,
): { entry: LegendEntry; x: number; row: number }[] {
  let x = 8;
  let row = 0;
  return legend.map((entry) => {
    const w = 40 + entry.label.length * 7 + 16;
    if (x + w > width && x > 8) {
      x = 8;
      row += 1;
    }
    const placed = { entry, x, row };
    x += w;
    return placed;
  });
}

function svgElement(name: string, attributes: Record<string, string | number>): SVGElement {
  const element = document.createElementNS(NS, name);
  for (const [key, value] of Object.entries(attributes)) element.setAttribute(key, String(value));
  return element;
}

/** The SVG as standalone text: a white background, the title above, the legend below. */
export function svgText(svg: SVGSVGElement, { title, legend = [] }: PictureOptions = {}): string {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  const font = getComputedStyle(svg).fontFamily;
  const top = title ? 28 : 0;
  const placed = legendRows(legend, width);
  const bottom = placed.length ? (Math.max(...placed.map((p) => p.row)) + 1) * LEGEND_ROW + 8 : 0;
  const total = Math.ceil(height + top + bottom);
  copy.setAttribute('xmlns', NS);
  copy.setAttribute('width', String(Math.ceil(width)));
  copy.setAttribute('height', String(total));
  copy.setAttribute('viewBox', `0 ${-top} ${Math.ceil(width)} ${total}`);
  for (const { entry, x, row } of placed) {
    const y = height + 8 + row * LEGEND_ROW + LEGEND_ROW / 2;
    copy.append(
      svgElement('line', {
        x1: x,
        x2: x + 32,
        y1: y,
        y2: y,
        stroke: entry.color,
        'stroke-width': 2.5,
        ...(entry.dash ? { 'stroke-dasharray': entry.dash } : {}),
      }),
    );
    const text = svgElement('text', { x: x + 38, y: y + 4, style: `font: 12px ${font}; fill: #1d1b1a` });
    text.textContent = entry.label;
    copy.append(text);
  }
  const background = document.createElementNS(NS, 'rect');
  background.setAttribute('x', '0');
  background.setAttribute('y', String(-top));
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  if (title) {
    const heading = document.createElementNS(NS, 'text');
    heading.setAttribute('x', '8');
    heading.setAttribute('y', String(-top + 18));
    heading.setAttribute('style', `font: 600 14px ${font}; fill: #1d1b1a`);
    heading.textContent = title;
    copy.insertBefore(heading, background.nextSibling);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export function svgBlob(svg: SVGSVGElement, options: PictureOptions = {}): Blob {
  return new Blob([svgText(svg, options)], { type: 'image/svg+xml;charset=utf-8' });
}

/** The SVG drawn onto a canvas at `scale` × its size, as a PNG. */
export async function pngBlob(svg: SVGSVGElement, options: PictureOptions = {}, scale = 2): Promise<Blob> {
  const image = new Image();
  // A data: URL, not a blob: one — the site's Content-Security-Policy allows images from data:.
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svgText(svg, options))}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = Math.ceil(image.naturalWidth * scale);
  canvas.height = Math.ceil(image.naturalHeight * scale);
  const context = canvas.getContext('2d');
  if (!context) throw new Error('no 2D canvas');
  context.scale(scale, scale);
  context.drawImage(image, 0, 0);
  return await new Promise<Blob>((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}
