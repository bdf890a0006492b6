// The slides module: a deck (`crate::slides::Deck`, made by the page or the JS API) in, the
// bytes of a .pptx out, written by pptxgenjs. A pure function, no UI: the page fetches this
// module the first time someone asks for slides. 16:9; every figure is text or a native chart
// with its data, so the rep can edit both in PowerPoint, Keynote, Google Slides or Impress.
import PptxGenJS from 'pptxgenjs';

const INK = '1F2937';
const MUTED = '6B7280';
const BRAND = '0F766E';
const FONT = 'Calibri';
// The 16:9 layout is 10 × 5.625 inches.
const W = 10;
const MARGIN = 0.5;

function frame(pptx, deck, title) {
  const slide = pptx.addSlide();
  // Long titles (Turkish, Dutch) take a smaller size rather than a second line.
  const size = title.length > 56 ? 16 : title.length > 46 ? 18 : title.length > 36 ? 20 : 24;
  slide.addText(title, { x: MARGIN, y: 0.25, w: W - 2 * MARGIN, h: 0.7, fontFace: FONT, fontSize: size, bold: true, color: INK, valign: 'bottom', lang: deck.lang });
  slide.addShape(pptx.ShapeType.rect, { x: MARGIN, y: 1.0, w: 1.2, h: 0.05, fill: { color: BRAND }, line: { color: BRAND } });
  slide.addText(deck.footer, { x: MARGIN, y: 5.2, w: W - 2 * MARGIN, h: 0.3, fontFace: FONT, fontSize: 9, color: MUTED, lang: deck.lang });
  return slide;
}

function note(slide, deck, text) {
  if (text) slide.addText(text, { x: MARGIN, y: 4.5, w: W - 2 * MARGIN, h: 0.7, fontFace: FONT, fontSize: 12, color: INK, valign: 'top', lang: deck.lang });
}

const LAYOUTS = {
  title(pptx, deck, s) {
    const slide = pptx.addSlide();
    slide.background = { color: BRAND };
    slide.addText(s.title, { x: MARGIN, y: 1.4, w: W - 2 * MARGIN, h: 1.2, fontFace: FONT, fontSize: 34, bold: true, color: 'FFFFFF', lang: deck.lang });
    slide.addText(s.lines.map((line) => ({ text: line, options: { breakLine: true } })), {
      x: MARGIN, y: 2.8, w: W - 2 * MARGIN, h: 1.8, fontFace: FONT, fontSize: 16, color: 'FFFFFF', valign: 'top', lang: deck.lang,
    });
  },
  figures(pptx, deck, s) {
    const slide = frame(pptx, deck, s.title);
    // Two by two: wide enough for a long amount in a large size.
    const gap = 0.2;
    const w = (W - 2 * MARGIN - gap) / 2;
    const h = 1.35;
    s.figures.forEach((f, i) => {
      const x = MARGIN + (i % 2) * (w + gap);
      const y = 1.25 + Math.floor(i / 2) * (h + gap);
      slide.addShape(pptx.ShapeType.rect, { x, y, w, h, fill: { color: 'F3F4F6' }, line: { color: 'E5E7EB' } });
      slide.addText(f.label, { x: x + 0.15, y: y + 0.08, w: w - 0.3, h: 0.45, fontFace: FONT, fontSize: 13, color: MUTED, valign: 'top', lang: deck.lang });
      slide.addText(f.value, { x: x + 0.15, y: y + 0.5, w: w - 0.3, h: 0.75, fontFace: FONT, fontSize: f.value.length > 16 ? 20 : 26, bold: true, color: INK, lang: deck.lang });
    });
    note(slide, deck, s.note);
  },
  chart(pptx, deck, s) {
    const slide = frame(pptx, deck, s.title);
    const data = s.series.map((series) => ({ name: series.name, labels: s.categories, values: series.values }));
    slide.addChart(pptx.ChartType.bar, data, {
      x: MARGIN, y: 1.2, w: W - 2 * MARGIN, h: 3.2, barDir: 'col', barGrouping: 'clustered',
      chartColors: s.series.length > 1 ? [BRAND, 'B45309', '1D4ED8'] : [BRAND], showLegend: s.series.length > 1, legendPos: 'b', legendFontSize: 11,
      catAxisLabelFontSize: 11, valAxisLabelFontSize: 10, valAxisLabelFormatCode: '#,##0', dataLabelFormatCode: '#,##0',
      catAxisLabelFontFace: FONT, valAxisLabelFontFace: FONT, lang: deck.lang,
    });
    note(slide, deck, s.note);
  },
  table(pptx, deck, s) {
    const slide = frame(pptx, deck, s.title);
    const cell = (text, head) => ({ text, options: { bold: head, color: INK, fill: { color: head ? 'E5E7EB' : 'FFFFFF' } } });
    const rows = [];
    if (s.head.length) rows.push(s.head.map((h) => cell(h, true)));
    for (const row of s.rows) rows.push(row.map((c) => cell(c, false)));
    const size = rows.length > 9 ? 10 : 12;
    // The first column holds the names, the others figures.
    const width = W - 2 * MARGIN;
    const first = s.head.length > 2 ? width * 0.34 : width * 0.62;
    const colW = [first, ...Array(Math.max(0, (s.head.length || s.rows[0]?.length || 1) - 1)).fill((width - first) / Math.max(1, (s.head.length || s.rows[0]?.length || 1) - 1))];
    slide.addTable(rows, {
      x: MARGIN, y: 1.2, w: width, colW, fontFace: FONT, fontSize: size, border: { type: 'solid', pt: 0.5, color: 'D1D5DB' },
      autoPage: false, valign: 'middle', lang: deck.lang,
    });
    note(slide, deck, s.note);
  },
  points(pptx, deck, s) {
    const slide = frame(pptx, deck, s.title);
    slide.addText(s.points.map((p) => ({ text: p, options: { bullet: true, breakLine: true } })), {
      x: MARGIN, y: 1.3, w: W - 2 * MARGIN, h: 3, fontFace: FONT, fontSize: 18, color: INK, valign: 'top', paraSpaceAfter: 10, lang: deck.lang,
    });
  },
};

/** The .pptx bytes (a Uint8Array) of `deck`. */
export async function pptx(deck) {
  const p = new PptxGenJS();
  p.layout = 'LAYOUT_16x9';
  p.title = deck.title;
  p.author = deck.author;
  p.company = deck.author;
  p.subject = deck.title;
  p.lang = deck.lang;
  for (const s of deck.slides) LAYOUTS[s.kind](p, deck, s);
  return p.write({ outputType: 'uint8array' });
}
