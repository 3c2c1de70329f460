import { createId } from '../../model/common.js';
import { defineBlockFields, type BlockFieldsProps } from '../../admin/HomePageEditor/types.js';
import { ColorField } from '../../admin/HomePageEditor/parts/ColorField.js';
import { ContrastNotice } from '../../admin/HomePageEditor/parts/ContrastNotice.js';
import { HrefField } from '../../admin/HomePageEditor/parts/HrefField.js';
import { ImageField } from '../../admin/HomePageEditor/parts/ImageField.js';
import { ItemControls, moveItem } from '../../admin/HomePageEditor/parts/ItemControls.js';
import { inLanguage, optionalText, patchLocalized } from '../../admin/HomePageEditor/parts/localized.js';
import { Columns, FieldGroup, HeaderRow, Hint, Stack } from '../../admin/HomePageEditor/parts/styles.js';
import { useHomeEditorTranslation } from '../../admin/HomePageEditor/i18n.js';
import { TextAreaField, TextField } from '../../admin/kit/Field/index.js';
import { Button } from '../../admin/kit/primitives.styles.js';
import { PublishWindowField } from '../../admin/kit/PublishWindowField/PublishWindowField.js';
import type { ImageTeaser } from './block.js';

const MAX_TEASERS = 12;

/** The image teasers' form: add ("Add" at the top-end corner), edit, remove (after a confirmation) and reorder teasers. */
function ImageTeasersFields({ blockId, props, onPropsChange, language, errorFor, timeZone }: BlockFieldsProps<'image-teasers'>) {
  const { t } = useHomeEditorTranslation();
  const { teasers } = props;
  const setTeasers = (next: ImageTeaser[]) => onPropsChange({ ...props, teasers: next });
  const update = (index: number, patch: Partial<ImageTeaser>) => setTeasers(teasers.map((teaser, at) => (at === index ? { ...teaser, ...patch } : teaser)));
  const headingId = `${blockId}-teasers-heading`;

  return (
    <Stack data-slot="image-teasers-fields" role="group" aria-labelledby={headingId}>
      <HeaderRow>
        <h4 id={headingId}>{t('homeEditor.teasersHeading')}</h4>
        <Button
          type="button"
          $variant="primary"
          disabled={teasers.length >= MAX_TEASERS}
          aria-label={t('homeEditor.teaserAdd')}
          onClick={() => setTeasers([...teasers, { id: createId('teaser-'), image: null, content: { [language]: { title: '' } } }])}
          data-slot="teaser-add"
        >
          {t('homeEditor.add')}
        </Button>
      </HeaderRow>
      {teasers.length === 0 && <Hint>{t('homeEditor.teasersEmpty')}</Hint>}
      {teasers.map((teaser, index) => {
        const name = t('homeEditor.teaserName', { number: index + 1 });
        const content = inLanguage(teaser.content, language);
        const setText = (patch: Partial<NonNullable<typeof content>>) => update(index, { content: patchLocalized(teaser.content, language, { title: '' }, patch) });
        const path = (field: string) => `teasers.${index}.${field}`;
        return (
          <FieldGroup key={teaser.id} data-slot="teaser-fields">
            <legend>{name}</legend>
            <TextField
              label={t('homeEditor.teaserTitle')}
              required
              lang={language}
              autoComplete="off"
              value={content?.title ?? ''}
              onChange={(event) => setText({ title: event.target.value })}
              error={errorFor(path(`content.${language}.title`))}
            />
            <TextAreaField
              label={t('homeEditor.teaserText')}
              lang={language}
              rows={2}
              value={content?.text ?? ''}
              onChange={(event) => setText({ text: optionalText(event.target.value) })}
              error={errorFor(path(`content.${language}.text`))}
            />
            <HrefField label={t('homeEditor.teaserHref')} value={teaser.href} onValueChange={(href) => update(index, { href })} error={errorFor(path('href'))} />
            <ImageField
              label={t('homeEditor.teaserImage')}
              image={teaser.image}
              onImageChange={(image) => update(index, { image })}
              alt={content?.imageAlt}
              onAltChange={(imageAlt) => setText({ imageAlt })}
              language={language}
              altError={errorFor(path(`content.${language}.imageAlt`))}
            />
            <Columns>
              <ColorField
                label={t('homeEditor.backgroundColor')}
                value={teaser.backgroundColor}
                onValueChange={(backgroundColor) => update(index, { backgroundColor })}
                error={errorFor(path('backgroundColor'))}
              />
              <ColorField label={t('homeEditor.textColor')} value={teaser.textColor} onValueChange={(textColor) => update(index, { textColor })} error={errorFor(path('textColor'))} />
            </Columns>
            <ContrastNotice background={teaser.backgroundColor} text={teaser.textColor} />
            <PublishWindowField
              idPrefix={`${teaser.id}-window`}
              value={{ visibleFrom: teaser.visibleFrom, visibleUntil: teaser.visibleUntil }}
              onValueChange={(window) => update(index, { visibleFrom: window.visibleFrom, visibleUntil: window.visibleUntil })}
              timeZone={timeZone}
              errors={{ visibleUntil: errorFor(path('visibleUntil')) }}
              data-teaser-id={teaser.id}
            />
            <ItemControls
              name={name}
              index={index}
              count={teasers.length}
              onMove={(from, to) => setTeasers(moveItem(teasers, from, to))}
              onRemove={() => setTeasers(teasers.filter((_, at) => at !== index))}
            />
          </FieldGroup>
        );
      })}
    </Stack>
  );
}

/** The editor side of the image teasers. */
export const imageTeasersFields = defineBlockFields({ type: 'image-teasers', labelKey: 'homeEditor.blockImageTeasers', Component: ImageTeasersFields });
