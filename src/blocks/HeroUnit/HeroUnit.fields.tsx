import { defineBlockFields, type BlockFieldsProps } from '../../admin/HomePageEditor/types.js';
import { ColorField } from '../../admin/HomePageEditor/parts/ColorField.js';
import { ContrastNotice } from '../../admin/HomePageEditor/parts/ContrastNotice.js';
import { HrefField } from '../../admin/HomePageEditor/parts/HrefField.js';
import { ImageField } from '../../admin/HomePageEditor/parts/ImageField.js';
import { inLanguage, optionalText, patchLocalized } from '../../admin/HomePageEditor/parts/localized.js';
import { Columns, FieldGroup, Stack } from '../../admin/HomePageEditor/parts/styles.js';
import { useHomeEditorTranslation } from '../../admin/HomePageEditor/i18n.js';
import { Field, TextAreaField, TextField } from '../../admin/kit/Field/index.js';
import { Select } from '../../admin/kit/primitives.styles.js';
import { HERO_OVERLAYS, type HeroOverlay } from './block.js';

const OVERLAY_KEYS: Record<HeroOverlay, string> = {
  none: 'homeEditor.overlayNone',
  'dark-scrim': 'homeEditor.overlayDarkScrim',
  'light-scrim': 'homeEditor.overlayLightScrim',
  gradient: 'homeEditor.overlayGradient',
};

/** The hero unit's form: texts per language, image or background colour, colours with live contrast, overlay and call to action. */
function HeroUnitFields({ props, onPropsChange, language, errorFor }: BlockFieldsProps<'hero-unit'>) {
  const { t } = useHomeEditorTranslation();
  const content = inLanguage(props.content, language);
  const setText = (patch: Partial<NonNullable<typeof content>>) =>
    onPropsChange({ ...props, content: patchLocalized(props.content, language, { title: '' }, patch) });
  const path = (field: string) => `content.${language}.${field}`;

  return (
    <Stack data-slot="hero-unit-fields">
      <TextField
        label={t('homeEditor.heroTitle')}
        required
        lang={language}
        autoComplete="off"
        value={content?.title ?? ''}
        onChange={(event) => setText({ title: event.target.value })}
        error={errorFor(path('title'))}
      />
      <TextField
        label={t('homeEditor.heroSubtitle')}
        lang={language}
        autoComplete="off"
        value={content?.subtitle ?? ''}
        onChange={(event) => setText({ subtitle: optionalText(event.target.value) })}
        error={errorFor(path('subtitle'))}
      />
      <TextAreaField
        label={t('homeEditor.heroText')}
        lang={language}
        rows={3}
        value={content?.text ?? ''}
        onChange={(event) => setText({ text: optionalText(event.target.value) })}
        error={errorFor(path('text'))}
      />
      <ImageField
        label={t('homeEditor.heroImage')}
        image={props.image}
        onImageChange={(image) => onPropsChange({ ...props, image })}
        alt={content?.imageAlt}
        onAltChange={(imageAlt) => setText({ imageAlt })}
        language={language}
        altError={errorFor(path('imageAlt'))}
      />
      <FieldGroup>
        <legend>{t('homeEditor.colors')}</legend>
        <Columns>
          {!props.image && (
            <ColorField
              label={t('homeEditor.backgroundColor')}
              value={props.backgroundColor}
              onValueChange={(backgroundColor) => onPropsChange({ ...props, backgroundColor })}
              error={errorFor('backgroundColor')}
            />
          )}
          <ColorField
            label={t('homeEditor.textColor')}
            value={props.textColor}
            onValueChange={(textColor) => onPropsChange({ ...props, textColor })}
            error={errorFor('textColor')}
          />
        </Columns>
        {props.image && (
          <Field label={t('homeEditor.overlay')} description={t('homeEditor.overlayDescription')}>
            {(controlProps) => (
              <Select {...controlProps} value={props.overlay} onChange={(event) => onPropsChange({ ...props, overlay: event.target.value as HeroOverlay })}>
                {HERO_OVERLAYS.map((overlay) => (
                  <option key={overlay} value={overlay}>
                    {t(OVERLAY_KEYS[overlay])}
                  </option>
                ))}
              </Select>
            )}
          </Field>
        )}
        <ContrastNotice background={props.backgroundColor} text={props.textColor} image={props.image !== null} overlay={props.overlay} />
      </FieldGroup>
      <FieldGroup>
        <legend>{t('homeEditor.callToAction')}</legend>
        <TextField
          label={t('homeEditor.ctaLabel')}
          lang={language}
          autoComplete="off"
          value={content?.ctaLabel ?? ''}
          onChange={(event) => setText({ ctaLabel: optionalText(event.target.value) })}
          error={errorFor(path('ctaLabel'))}
        />
        <HrefField label={t('homeEditor.ctaHref')} value={props.ctaHref} onValueChange={(ctaHref) => onPropsChange({ ...props, ctaHref })} error={errorFor('ctaHref')} />
      </FieldGroup>
    </Stack>
  );
}

/** The editor side of the hero unit. */
export const heroUnitFields = defineBlockFields({ type: 'hero-unit', labelKey: 'homeEditor.blockHeroUnit', Component: HeroUnitFields });
