import { startTransition, useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent, type KeyboardEvent } from 'react';
import { useCatalogBrowserContext } from './context.js';
import { ClearButton, SearchField, SearchForm, SearchInput, SearchLabel } from './CatalogParts.styles.js';

const NAME = 'CatalogSearchBox';

export interface CatalogSearchBoxProps {
  /** Wait after the last keystroke before searching, in ms. */
  delay: number;
  /** Called when the input gets focus (the search index is then built ahead of the first keystroke). */
  onFocus?: (() => void) | undefined;
}

/**
 * The search field. Typing only updates the field; the search runs `delay` ms after the last
 * keystroke (or at once on Enter), as a transition, so typing is never held up. Escape clears.
 */
export function CatalogSearchBox({ delay, onFocus }: CatalogSearchBoxProps) {
  const { t, location, navigate } = useCatalogBrowserContext(NAME);
  const inputId = useId();
  const [text, setText] = useState(location.query);
  // The last query this field asked for, to tell its own echo from a change made elsewhere.
  const [committed, setCommitted] = useState(location.query);
  const timer = useRef<ReturnType<typeof setTimeout> | undefined>(undefined);
  const latest = useRef({ location, navigate });
  useEffect(() => {
    latest.current = { location, navigate };
  });
  const inputRef = useRef<HTMLInputElement>(null);

  // A query set from outside (back button, deep link) replaces what the field shows.
  const [shownQuery, setShownQuery] = useState(location.query);
  if (shownQuery !== location.query) {
    setShownQuery(location.query);
    if (location.query !== committed) {
      setCommitted(location.query);
      setText(location.query);
    }
  }

  useEffect(() => () => clearTimeout(timer.current), []);

  const commit = (value: string) => {
    clearTimeout(timer.current);
    const query = value.trim() === '' ? '' : value;
    const { location: current, navigate: go } = latest.current;
    if (query === current.query) return;
    setCommitted(query);
    startTransition(() => {
      go({ categoryId: current.categoryId, itemId: null, query }, { reason: 'search', focus: { kind: 'none' } });
    });
  };

  const onChange = (event: ChangeEvent<HTMLInputElement>) => {
    const value = event.target.value;
    setText(value);
    clearTimeout(timer.current);
    timer.current = setTimeout(() => commit(value), delay);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    if (event.key === 'Escape' && text !== '') {
      event.preventDefault();
      setText('');
      commit('');
    }
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    commit(text);
  };

  return (
    <SearchForm role="search" data-slot="catalog-search" onSubmit={onSubmit}>
      <SearchLabel htmlFor={inputId}>{t('catalog.searchLabel')}</SearchLabel>
      <SearchField>
        <SearchInput
          ref={inputRef}
          id={inputId}
          type="search"
          data-slot="catalog-search-input"
          value={text}
          placeholder={t('catalog.searchPlaceholder')}
          autoComplete="off"
          spellCheck={false}
          enterKeyHint="search"
          onChange={onChange}
          onKeyDown={onKeyDown}
          onFocus={onFocus}
        />
        {text !== '' ? (
          <ClearButton
            type="button"
            data-slot="catalog-search-clear"
            onClick={() => {
              setText('');
              commit('');
              inputRef.current?.focus();
            }}
          >
            {t('catalog.clearSearch')}
          </ClearButton>
        ) : null}
      </SearchField>
    </SearchForm>
  );
}
CatalogSearchBox.displayName = NAME;
