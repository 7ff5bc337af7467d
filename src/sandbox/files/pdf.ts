// A minimal, valid PDF 1.4 of plain text lines (Helvetica, A4 pages, uncompressed content
// streams): what the sandbox serves where Wise answers a PDF (statements, receipts). The
// cross-reference table holds each object's exact byte offset, so strict readers open it.

const PAGE_WIDTH = 595;
const PAGE_HEIGHT = 842;
const LINES_PER_PAGE = 60;
const FONT_SIZE = 10;
const LEADING = 12;

/** Text as a PDF literal string: printable ASCII only (others become "?"), with ( ) \ escaped. */
function literal(text: string): string {
  const ascii = text.replace(/[^\x20-\x7e]/g, "?");
  return `(${ascii.replace(/[\\()]/g, (c) => `\\${c}`)})`;
}

/** A PDF holding `lines` of text, `LINES_PER_PAGE` to a page, under `title` (the document's Title). */
export function textPdf(title: string, lines: readonly string[]): Buffer {
  const pages: string[][] = [];
  for (let i = 0; i < Math.max(1, lines.length); i += LINES_PER_PAGE) pages.push(lines.slice(i, i + LINES_PER_PAGE));
  // Objects: 1 catalog, 2 pages, 3 font, 4 info, then a page and its content stream per page.
  const objects: string[] = [];
  const pageIds = pages.map((_, index) => 5 + index * 2);
  objects[1] = "<< /Type /Catalog /Pages 2 0 R >>";
  objects[2] = `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(" ")}] /Count ${pages.length} >>`;
  objects[3] = "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>";
  objects[4] = `<< /Title ${literal(title)} /Producer (Wise sandbox) >>`;
  pages.forEach((pageLines, index) => {
    const pageId = pageIds[index]!;
    const content = [`BT /F1 ${FONT_SIZE} Tf ${LEADING} TL 40 ${PAGE_HEIGHT - 50} Td`, ...pageLines.map((line) => `${literal(line)} Tj T*`), "ET"].join("\n");
    objects[pageId] = `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${PAGE_WIDTH} ${PAGE_HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${pageId + 1} 0 R >>`;
    objects[pageId + 1] = `<< /Length ${Buffer.byteLength(content, "latin1")} >>\nstream\n${content}\nendstream`;
  });
  let body = "%PDF-1.4\n%\xe2\xe3\xcf\xd3\n";
  const offsets: number[] = [];
  for (let id = 1; id < objects.length; id++) {
    offsets[id] = Buffer.byteLength(body, "latin1");
    body += `${id} 0 obj\n${objects[id]}\nendobj\n`;
  }
  const xref = Buffer.byteLength(body, "latin1");
  body += `xref\n0 ${objects.length}\n0000000000 65535 f \n`;
  for (let id = 1; id < objects.length; id++) body += `${String(offsets[id]).padStart(10, "0")} 00000 n \n`;
  body += `trailer\n<< /Size ${objects.length} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, "latin1");
}
