// The slides module (www/slides.js, built as rox_slides.js beside the module that imports this
// file: the page's and the JS API's), fetched the first time slides are asked for.
let slides = null;
let tries = 0;

/** Resolves to the .pptx bytes of `deck` (a `crate::slides::Deck`). */
export function makeSlides(deck) {
  // A failed import stays failed for its URL: a retry asks for a new one.
  slides ??= import(new URL(`rox_slides.js${tries++ ? `?retry=${tries}` : ''}`, import.meta.url).href);
  return slides.then((m) => m.pptx(deck)).catch((e) => {
    // Offline before it was ever fetched: the next click tries again.
    slides = null;
    throw e;
  });
}
