import { createId } from '../../model/common.js';
import { defineBlockFields, type BlockFieldsProps } from '../../admin/HomePageEditor/types.js';
import { HrefField } from '../../admin/HomePageEditor/parts/HrefField.js';
import { ItemControls, moveItem } from '../../admin/HomePageEditor/parts/ItemControls.js';
import { inLanguage, optionalText, patchLocalized } from '../../admin/HomePageEditor/parts/localized.js';
import { FieldGroup, HeaderRow, Hint, Stack } from '../../admin/HomePageEditor/parts/styles.js';
import { useHomeEditorTranslation } from '../../admin/HomePageEditor/i18n.js';
import { TextAreaField, TextField } from '../../admin/kit/Field/index.js';
import { Button } from '../../admin/kit/primitives.styles.js';
import { MAX_CONTENT_CARDS, type ContentCard } from './block.js';

/** The content cards' form: up to three cards; "Add" is disabled at three and says why. */
function ContentCardsFields({ blockId, props, onPropsChange, language, errorFor }: BlockFieldsProps<'content-cards'>) {
  const { t } = useHomeEditorTranslation();
  const { cards } = props;
  const full = cards.length >= MAX_CONTENT_CARDS;
  const setCards = (next: ContentCard[]) => onPropsChange({ ...props, cards: next });
  const update = (index: number, patch: Partial<ContentCard>) => setCards(cards.map((card, at) => (at === index ? { ...card, ...patch } : card)));
  const headingId = `${blockId}-cards-heading`;
  const reasonId = `${blockId}-cards-full`;

  return (
    <Stack data-slot="content-cards-fields" role="group" aria-labelledby={headingId}>
      <HeaderRow>
        <h4 id={headingId}>{t('homeEditor.cardsHeading')}</h4>
        <Button
          type="button"
          $variant="primary"
          disabled={full}
          aria-label={t('homeEditor.cardAdd')}
          aria-describedby={full ? reasonId : undefined}
          onClick={() => {
            if (!full) setCards([...cards, { id: createId('card-'), content: { [language]: { title: '', text: '' } } }]);
          }}
          data-slot="card-add"
        >
          {t('homeEditor.add')}
        </Button>
      </HeaderRow>
      {full && (
        <Hint id={reasonId} data-slot="cards-full">
          {t('homeEditor.cardsFull', { count: MAX_CONTENT_CARDS })}
        </Hint>
      )}
      {errorFor('cards') && (
        <Hint role="alert" data-slot="cards-error">
          {errorFor('cards')}
        </Hint>
      )}
      {cards.length === 0 && <Hint>{t('homeEditor.cardsEmpty')}</Hint>}
      {cards.map((card, index) => {
        const name = t('homeEditor.cardName', { number: index + 1 });
        const content = inLanguage(card.content, language);
        const setText = (patch: Partial<NonNullable<typeof content>>) => update(index, { content: patchLocalized(card.content, language, { title: '', text: '' }, patch) });
        const path = (field: string) => `cards.${index}.${field}`;
        return (
          <FieldGroup key={card.id} data-slot="card-fields">
            <legend>{name}</legend>
            <TextField
              label={t('homeEditor.cardTitle')}
              required
              lang={language}
              autoComplete="off"
              value={content?.title ?? ''}
              onChange={(event) => setText({ title: event.target.value })}
              error={errorFor(path(`content.${language}.title`))}
            />
            <TextAreaField
              label={t('homeEditor.cardText')}
              lang={language}
              rows={3}
              value={content?.text ?? ''}
              onChange={(event) => setText({ text: event.target.value })}
              error={errorFor(path(`content.${language}.text`))}
            />
            <TextField
              label={t('homeEditor.readMoreLabel')}
              description={t('homeEditor.defaultTitleDescription')}
              lang={language}
              autoComplete="off"
              value={content?.readMoreLabel ?? ''}
              onChange={(event) => setText({ readMoreLabel: optionalText(event.target.value) })}
              error={errorFor(path(`content.${language}.readMoreLabel`))}
            />
            <HrefField label={t('homeEditor.readMoreHref')} value={card.readMoreHref} onValueChange={(readMoreHref) => update(index, { readMoreHref })} error={errorFor(path('readMoreHref'))} />
            <ItemControls
              name={name}
              index={index}
              count={cards.length}
              onMove={(from, to) => setCards(moveItem(cards, from, to))}
              onRemove={() => setCards(cards.filter((_, at) => at !== index))}
            />
          </FieldGroup>
        );
      })}
    </Stack>
  );
}

/** The editor side of the content cards. */
export const contentCardsFields = defineBlockFields({ type: 'content-cards', labelKey: 'homeEditor.blockContentCards', Component: ContentCardsFields });
