// Which files in dist/ belong to the page: the service worker's precache list (stamp.mjs). Not
// the page: the integrators' JS API module, the embed snippet and example host page (they run
// on other sites), robots.txt. The page never loads them, so the service worker does not
// precache them either (that cost every first visit ~32 KB). What the page actually fetches,
// on its landing and on a tour of its tabs, is weighed in a browser by weigh.mjs.
export const NOT_THE_PAGE = /^(rox_api|embed-|robots\.txt$)/;
// The slides module is the page's, but large (~127 KB) and wanted by few visitors: the service
// worker caches it when it is first fetched, as it does every file, not on every first visit.
export const ON_FIRST_USE = /^rox_slides\.js$/;

/** True for a dist/ path (forward slashes) the service worker fetches ahead, for offline use. */
export const isPageFile = (path) => !NOT_THE_PAGE.test(path) && !ON_FIRST_USE.test(path);
