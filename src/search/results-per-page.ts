/** Results the search page shows at first and adds per "Weitere Treffer laden". */
export const RESULTS_PER_PAGE = 10;
