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

/** The SVG as standalone text, with a white background and an optional title on top. */
export function svgText(svg: SVGSVGElement, title?: string): string {
  const { width, height } = svg.getBoundingClientRect();
  const copy = svg.cloneNode(true) as SVGSVGElement;
  inlineStyles(svg, copy);
  const top = title ? 28 : 0;
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  copy.setAttribute('width', String(Math.ceil(width)));
  copy.setAttribute('height', String(Math.ceil(height + top)));
  copy.setAttribute('viewBox', `0 ${-top} ${Math.ceil(width)} ${Math.ceil(height + top)}`);
  const ns = 'http://www.w3.org/2000/svg';
  const background = document.createElementNS(ns, 'rect');
  background.setAttribute('x', '0');
  background.setAttribute('y', String(-top));
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', '#ffffff');
  copy.insertBefore(background, copy.firstChild);
  if (title) {
    const heading = document.createElementNS(ns, 'text');
    heading.setAttribute('x', '8');
    heading.setAttribute('y', String(-top + 18));
    heading.setAttribute('style', `font: 600 14px ${getComputedStyle(svg).fontFamily}; fill: #1d1b1a`);
    heading.textContent = title;
    copy.insertBefore(heading, background.nextSibling);
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

export function svgBlob(svg: SVGSVGElement, title?: string): Blob {
  return new Blob([svgText(svg, title)], { type: 'image/svg+xml;charset=utf-8' });
}

/** The SVG drawn onto a canvas at `scale` × its size, as a PNG. */
export async function pngBlob(svg: SVGSVGElement, title?: string, scale = 2): Promise<Blob> {
  const text = svgText(svg, title);
  const image = new Image();
  const url = URL.createObjectURL(new Blob([text], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    image.src = url;
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
  } finally {
    URL.revokeObjectURL(url);
  }
}
