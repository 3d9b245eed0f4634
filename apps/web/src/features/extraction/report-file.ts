/**
 * A report file turned into its text, in the browser: `.txt` (UTF-8, UTF-16 with its byte-order
 * mark, else the Vietnamese Windows code page), `.docx` (mammoth's raw text: paragraphs kept as
 * lines) and `.pdf` (pdf.js's text layer, page by page, line breaks where the PDF has them). The
 * readers load only when such a file is chosen, so the pages that never read one never load them.
 * A scanned PDF has no text layer: it is refused with that reason, not read as empty.
 */

export type ReportFileKind = 'txt' | 'docx' | 'pdf';

/** Larger than any report of a province (the seeds are 4–8 KB of text; a 100-page PDF some 5 MB). */
export const MAX_REPORT_BYTES = 20 * 2 ** 20;

export class UnreadableReport extends Error {
  constructor(readonly reason: 'type' | 'size' | 'empty' | 'broken') {
    super(reason);
  }
}

export function reportFileKind(name: string): ReportFileKind | null {
  const extension = /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();
  return extension === 'txt' || extension === 'docx' || extension === 'pdf' ? extension : null;
}

/** The bytes of a `.txt` as text: a BOM says UTF-16 or UTF-8; without one, UTF-8 if valid, else windows-1258. */
export function decodeText(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1258').decode(bytes);
  }
}

async function docxText(bytes: ArrayBuffer): Promise<string> {
  const mammoth = await import('mammoth');
  const { value } = await mammoth.extractRawText({ arrayBuffer: bytes });
  return value;
}

async function pdfText(bytes: ArrayBuffer): Promise<string> {
  const pdfjs = await import('pdfjs-dist');
  const worker = await import('pdfjs-dist/build/pdf.worker.min.mjs?url');
  pdfjs.GlobalWorkerOptions.workerSrc = worker.default;
  const pdf = await pdfjs.getDocument({ data: new Uint8Array(bytes) }).promise;
  const pages: string[] = [];
  for (let n = 1; n <= pdf.numPages; n++) {
    const content = await (await pdf.getPage(n)).getTextContent();
    let page = '';
    for (const item of content.items) {
      if (!('str' in item)) continue;
      page += item.str + (item.hasEOL ? '\n' : '');
    }
    pages.push(page.trim());
  }
  await pdf.destroy();
  return pages.join('\n\n');
}

/** The text of a chosen report file, with line endings made `\n` and Unicode composed (NFC). */
export async function readReportFile(file: File): Promise<string> {
  const kind = reportFileKind(file.name);
  if (!kind) throw new UnreadableReport('type');
  if (file.size > MAX_REPORT_BYTES) throw new UnreadableReport('size');
  const bytes = await file.arrayBuffer();
  let text: string;
  try {
    text =
      kind === 'txt'
        ? decodeText(new Uint8Array(bytes))
        : kind === 'docx'
          ? await docxText(bytes)
          : await pdfText(bytes);
  } catch {
    throw new UnreadableReport('broken');
  }
  text = text.replace(/\r\n?/g, '\n').normalize('NFC');
  if (text.trim() === '') throw new UnreadableReport('empty');
  return text;
}
