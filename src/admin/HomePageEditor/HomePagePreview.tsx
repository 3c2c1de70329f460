import { useId, useMemo, useState, type ComponentProps } from 'react';
import type { BlockEntry, CustomerGroup, LanguageTag } from '../../model/index.js';
import { HomePageBlocks } from '../../portal/HomePage/index.js';
import { PortalProvider, usePortal, type PortalCustomer } from '../../portal/PortalProvider/index.js';
import type { ThemeInput } from '../../theme/index.js';
import { Field } from '../kit/Field/index.js';
import { useLanguageName } from '../kit/LanguageTabs/index.js';
import { Select } from '../kit/primitives.styles.js';
import { PreviewAudienceSelect, previewGroupsOf, type PreviewAudience } from '../kit/AudienceField/PreviewAudienceSelect.js';
import { PreviewAsOfControl } from '../kit/PublishWindowField/PublishWindowField.js';
import { Hint } from './parts/styles.js';
import { PreviewColumn, PreviewControls, PreviewFrame } from './HomePageEditor.styles.js';
import { useHomeEditorTranslation } from './i18n.js';

/** How wide the preview is. */
export type PreviewWidth = 'desktop' | 'mobile';

export interface HomePagePreviewProps extends Omit<ComponentProps<'section'>, 'children'> {
  /** The unsaved blocks. */
  blocks: readonly BlockEntry[];
  /** Languages offered (the content languages and the portal's UI languages). */
  languages: readonly LanguageTag[];
  /** The language shown first. */
  defaultLanguage: LanguageTag;
  /** The portal's theme, so the preview looks like the portal. */
  theme?: ThemeInput | undefined;
  /** The signed-in customer the preview shows. @default a sample customer */
  previewCustomer?: PortalCustomer | undefined;
  /** The admin's time zone, for "view as of". @default the browser's time zone */
  timeZone?: string | undefined;
  /**
   * The host's customer groups (from the `customerGroups` adapter): "Seen by" offers a customer
   * in each, so that blocks limited to groups can be checked. @default none
   */
  customerGroups?: readonly CustomerGroup[] | undefined;
}

/**
 * The live preview: the unsaved blocks drawn by the portal's own renderer (`HomePageBlocks`)
 * inside a nested `PortalProvider` in the preview's language and audience (an anonymous visitor,
 * a signed-in customer in no group, or a customer in one of `customerGroups`), at desktop or
 * mobile width, as of now or of a chosen date and time (scheduled blocks and teasers appear
 * only inside their publish window, blocks limited to an audience only for it). Its language is chosen independently of the form's language tab.
 */
export function HomePagePreview({ blocks, languages, defaultLanguage, theme, previewCustomer, timeZone, customerGroups, ...rest }: HomePagePreviewProps) {
  const { t } = useHomeEditorTranslation();
  // The host's i18next instance goes inside too: its overridden strings show in the preview as in the portal.
  const { linkComponent, nonce, i18n } = usePortal('HomePagePreview');
  const languageName = useLanguageName();
  const headingId = useId();
  const [language, setLanguage] = useState<LanguageTag>(defaultLanguage);
  const [audience, setAudience] = useState<PreviewAudience>({ kind: 'anonymous' });
  const [width, setWidth] = useState<PreviewWidth>('desktop');
  const [asOf, setAsOf] = useState<Date | undefined>(undefined);
  const sampleName = t('homeEditor.previewCustomerName');
  const groupKey = previewGroupsOf(audience).join('\n');
  const customer = useMemo<PortalCustomer>(() => {
    const base = previewCustomer ?? { id: 'preview-customer', name: sampleName };
    // The impersonated audience decides the groups (a customer in no group, or in the one chosen).
    return { ...base, groups: groupKey === '' ? [] : [groupKey] };
  }, [previewCustomer, sampleName, groupKey]);

  return (
    <PreviewColumn aria-labelledby={headingId} data-slot="home-page-preview" data-state={`${audience.kind === 'anonymous' ? 'anonymous' : 'customer'} ${width}`} {...rest}>
      <h3 id={headingId}>{t('homeEditor.previewHeading')}</h3>
      <Hint>{t('homeEditor.previewNote')}</Hint>
      <PreviewControls>
        <Field label={t('homeEditor.previewLanguage')}>
          {(controlProps) => (
            <Select {...controlProps} value={language} onChange={(event) => setLanguage(event.target.value)} data-slot="preview-language">
              {[...new Set([...languages, defaultLanguage])].map((tag) => (
                <option key={tag} value={tag}>
                  {languageName(tag)}
                </option>
              ))}
            </Select>
          )}
        </Field>
        <PreviewAudienceSelect value={audience} onValueChange={setAudience} groups={customerGroups} />
        <Field label={t('homeEditor.previewWidth')}>
          {(controlProps) => (
            <Select {...controlProps} value={width} onChange={(event) => setWidth(event.target.value as PreviewWidth)} data-slot="preview-width">
              <option value="desktop">{t('homeEditor.previewDesktop')}</option>
              <option value="mobile">{t('homeEditor.previewMobile')}</option>
            </Select>
          )}
        </Field>
      </PreviewControls>
      <PreviewAsOfControl value={asOf} onValueChange={setAsOf} timeZone={timeZone} />
      <PreviewFrame $width={width} data-slot="preview-frame">
        <PortalProvider
          language={language}
          defaultLanguage={defaultLanguage}
          theme={theme}
          linkComponent={linkComponent}
          nonce={nonce}
          i18n={i18n}
          customer={audience.kind === 'anonymous' ? null : customer}
        >
          <HomePageBlocks blocks={blocks} editing at={asOf} />
        </PortalProvider>
      </PreviewFrame>
    </PreviewColumn>
  );
}
HomePagePreview.displayName = 'HomePagePreview';
