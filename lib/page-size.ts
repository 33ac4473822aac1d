/**
 * The page a list serves when `first` is omitted or null: the subgraphs serve it, and the gateway's
 * cost estimate counts it, from this one value (the SDL's `first: Int = 20` defaults say the same).
 */
export const DEFAULT_PAGE_SIZE = 20;
