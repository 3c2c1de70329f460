// Placeholder until the search adapter and data hooks land: see the report.
export interface SearchLinkItemsProps {
  /** The search query, run in the customer's language. */
  query: string;
  /** How many results to show. */
  maxCount: number;
}

export function SearchLinkItems(_props: SearchLinkItemsProps) {
  return null;
}
