// Which files in dist/ belong to the page, shared by the size budget and the service worker's
// precache list. Not the page: the integrators' JS API module, the embed snippet and example
// host page (they run on other sites), robots.txt. The page never loads them, so the service
// worker does not precache them either (that cost every first visit ~32 KB).
export const NOT_THE_PAGE = /^(rox_api|embed-|robots\.txt$)/;

// The page's, but not on its first load: the scenario-file module, fetched when a scenario file
// or saved scenario is first read or written, and the Monte Carlo worker's script (precached, so
// they work offline too).
export const LATER = /^(rox_files|mc-worker)/;

/** True for a dist/ path (forward slashes) the page loads or needs offline. */
export const isPageFile = (path) => !NOT_THE_PAGE.test(path);
