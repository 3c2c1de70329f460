import { useEffect, useRef, type ComponentProps } from 'react';
import { MAX_CONTENT_CARDS, type ContentCard } from '../../blocks/ContentCards/block.js';
import { hasContent } from '../../model/index.js';
import { useLocalizedContent, warnOnce } from '../HomePage/content.js';
import { usePortalTranslation } from '../PortalProvider/usePortalTranslation.js';
import { SafeLink } from '../SafeLink/index.js';
import { VisuallyHidden } from '../../internal/visuallyHidden.js';
import { CardsRoot } from './ContentCards.styles.js';

const NAME = 'ContentCards';

/** A problem with the cards' configuration that the component worked around. */
export interface ContentCardsWarning {
  /** `too-many-cards`: more than three cards were given; the first three are shown. */
  code: 'too-many-cards';
  /** A developer-facing English description. */
  message: string;
}

export interface ContentCardsProps extends Omit<ComponentProps<'ul'>, 'children'> {
  /** The cards, in display order; at most three are shown. */
  cards: readonly ContentCard[];
  /** Level of the cards' title headings. @default 3 */
  headingLevel?: 2 | 3 | 4 | undefined;
  /** Called when the configuration had to be corrected (e.g. more than three cards). A console warning is logged as well. */
  onValidationWarning?: ((warning: ContentCardsWarning) => void) | undefined;
}

function ContentCardView({ card, headingLevel }: { card: ContentCard; headingLevel: 2 | 3 | 4 }) {
  const { t } = usePortalTranslation();
  const localized = useLocalizedContent(card.content);
  if (!localized) return null;
  const { title, text, readMoreLabel } = localized.value;
  const Heading = `h${headingLevel}` as const;
  // Plain elements: CardsRoot styles them by their data-slot.
  return (
    <article data-slot="content-card" lang={localized.lang}>
      <Heading data-slot="content-card-title">{title}</Heading>
      {text && <p data-slot="content-card-text">{text}</p>}
      {card.readMoreHref && (
        <p data-slot="content-card-footer">
          <SafeLink href={card.readMoreHref}>
            {readMoreLabel?.trim() || t('home.readMore')}
            {/* Three "Read more" links must still be told apart by a screen reader user. */}
            {title && ' '}
            {title && <VisuallyHidden>{t('home.readMoreAbout', { title })}</VisuallyHidden>}
          </SafeLink>
        </p>
      )}
    </article>
  );
}

/**
 * Up to three cards side by side, each with a title, text and a "read more" link. Given more
 * than three (a stored configuration the editor should have refused), it shows the first three
 * and reports a validation warning.
 */
export function ContentCards({ cards, headingLevel = 3, onValidationWarning, ...rest }: ContentCardsProps) {
  const { t } = usePortalTranslation();
  const tooMany = cards.length > MAX_CONTENT_CARDS;
  const count = cards.length;

  // Reported once per configuration, however often the host's callback changes identity.
  const onWarningRef = useRef(onValidationWarning);
  useEffect(() => {
    onWarningRef.current = onValidationWarning;
  });
  useEffect(() => {
    if (!tooMany) return;
    const warning: ContentCardsWarning = {
      code: 'too-many-cards',
      message: `${NAME}: ${count} cards configured, at most ${MAX_CONTENT_CARDS} are shown.`,
    };
    warnOnce(warning.message);
    onWarningRef.current?.(warning);
  }, [tooMany, count]);

  const shown = cards.slice(0, MAX_CONTENT_CARDS).filter((card) => hasContent(card.content));
  if (shown.length === 0) return null;
  return (
    <CardsRoot aria-label={t('home.cardsLabel')} {...rest} data-slot="content-cards">
      {shown.map((card) => (
        <li key={card.id} data-slot="content-cards-item">
          <ContentCardView card={card} headingLevel={headingLevel} />
        </li>
      ))}
    </CardsRoot>
  );
}
ContentCards.displayName = NAME;
