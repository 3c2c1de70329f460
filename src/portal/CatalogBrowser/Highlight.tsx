import { useMemo } from 'react';
import { findHighlightRanges, splitByRanges, type HighlightRange } from '../../catalog/fold.js';
import { Mark } from './CatalogBrowser.styles.js';

export interface HighlightProps {
  /** The text to show. */
  text: string;
  /** Folded search terms to mark. */
  terms?: readonly string[] | undefined;
  /** Ranges already found (an excerpt's); `terms` is then ignored. */
  ranges?: readonly HighlightRange[] | undefined;
}

/** `text` with the parts that match the search wrapped in `<mark>`. */
export function Highlight({ text, terms, ranges }: HighlightProps) {
  const parts = useMemo(() => splitByRanges(text, ranges ?? findHighlightRanges(text, terms ?? [])), [text, terms, ranges]);
  return (
    <>
      {parts.map((part, index) =>
        part.match ? (
          <Mark key={index} data-slot="catalog-highlight">
            {part.text}
          </Mark>
        ) : (
          part.text
        ),
      )}
    </>
  );
}
