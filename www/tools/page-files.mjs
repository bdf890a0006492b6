// Which files in dist/ belong to the page: the service worker's precache list (stamp.mjs). Not
// the page: the integrators' JS API module, the embed snippet and example host page (they run
// on other sites), robots.txt. The page never loads them, so the service worker does not
// precache them either (that cost every first visit ~32 KB). What the page actually fetches,
// on its landing and on a tour of its tabs, is weighed in a browser by weigh.mjs.
export const NOT_THE_PAGE = /^(rox_api|embed-|robots\.txt$)/;

/** True for a dist/ path (forward slashes) the page loads or needs offline. */
export const isPageFile = (path) => !NOT_THE_PAGE.test(path);
