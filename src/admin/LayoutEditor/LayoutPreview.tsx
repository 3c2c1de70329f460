import { useId, useMemo, useState, type ComponentProps } from 'react';
import { styled } from 'styled-components';
import { usePortalAdapters } from '../../data/PortalDataProvider.js';
import { useCustomPages } from '../../data/customPages.js';
import type { HomePageConfig, LayoutSettingsInput } from '../../model/index.js';
import { resolveLocalized } from '../../model/localized.js';
import { CustomPage, CustomPageView } from '../../portal/CustomPage/index.js';
import { HomePage } from '../../portal/HomePage/index.js';
import { PortalLayout } from '../../portal/PortalLayout/index.js';
import { PortalProvider, usePortal, type PortalCustomer } from '../../portal/PortalProvider/index.js';
import { sanitizeCss } from '../../security/sanitizeCss.js';
import type { ResolvedTheme, ThemeInput } from '../../theme/index.js';
import { Field } from '../kit/Field/index.js';
import { Select } from '../kit/primitives.styles.js';
import { useLayoutEditorTranslation } from './i18n.js';
import { Muted } from './LayoutEditor.styles.js';

const Panels = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
`;
const Frame = styled.div`
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.md};
  overflow: hidden;
`;

/** The page the preview shows in the layout: the home page, a stored custom page, or a sample one. */
type PreviewPage = 'home' | 'sample' | `page:${string}`;

const NO_ORIGINS: readonly string[] = [];

export interface LayoutPreviewProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** The unsaved layout: colours, images and custom CSS as typed (sanitized here, as the portal does). */
  settings: LayoutSettingsInput;
  /** The portal's theme the colours apply over. */
  theme?: ThemeInput | ResolvedTheme | undefined;
  /** Origins the custom CSS may load images from with `url()`, as the portal allows them. @default [] */
  cssAllowedOrigins?: readonly string[] | undefined;
  /** The home page to show. @default the stored one, read through the `homePage` adapter */
  homePage?: Pick<HomePageConfig, 'blocks'> | undefined;
  /** The right-to-left language of the second panel. @default 'ar' */
  rtlLanguage?: string | undefined;
  /** The signed-in customer the header shows (with the default avatar). @default a sample customer */
  previewCustomer?: PortalCustomer | undefined;
}

const escapeText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** A custom page to show when none is stored yet, drawn like any other by `CustomPageView`. */
function SamplePage() {
  const { t } = useLayoutEditorTranslation();
  const { language } = usePortal('LayoutPreview');
  const body = `<p>${escapeText(t('layoutEditor.previewPageBody'))}</p><p><a href="/">${escapeText(t('layoutEditor.previewLink'))}</a></p>`;
  return <CustomPageView page={{ content: { [language]: { title: t('layoutEditor.previewPageTitle'), body } } }} />;
}

/** The choices of stored, valid custom pages, titled in the admin's language; the sample page while there are none. */
function StoredPageOptions() {
  const { t } = useLayoutEditorTranslation();
  const { language, defaultLanguage } = usePortal('LayoutPreview');
  const pages = useCustomPages({ audience: 'portal', perPage: 50 });
  const stored = pages.data?.data ?? [];
  if (stored.length === 0) return <option value="sample">{t('layoutEditor.previewSamplePage')}</option>;
  return (
    <>
      {stored.map((page) => (
        <option key={page.id} value={`page:${page.slug}`}>
          {resolveLocalized(page.content, language, defaultLanguage)?.title || page.slug}
        </option>
      ))}
    </>
  );
}

/**
 * The portal with the unsaved layout, twice: in the admin's language and in a right-to-left
 * language. Each panel is the portal's own `PortalLayout` (given the unsaved settings, its
 * custom CSS sanitized and scoped as in the portal, no scripts, no landmarks of its own) around
 * the portal's `HomePage` or a custom page (`CustomPage`), in its own `PortalProvider` with a
 * sample signed-in customer so the default avatar shows. A select chooses the page shown.
 *
 * The panels are a picture of the look, so they are `inert`: their links cannot take the admin
 * out of the editor, and two copies of the portal do not stand in the tab order between the
 * form and its save bar (the contrast report says in words what the colours do).
 */
export function LayoutPreview({ settings, theme, cssAllowedOrigins = NO_ORIGINS, homePage, rtlLanguage = 'ar', previewCustomer, ...rest }: LayoutPreviewProps) {
  const { t } = useLayoutEditorTranslation();
  const { language, nonce, linkComponent } = usePortal('LayoutPreview');
  const canReadPages = usePortalAdapters().customPages !== undefined;
  const panelId = useId();
  const [shown, setShown] = useState<PreviewPage>('home');
  const sampleName = t('layoutEditor.previewCustomerName');
  const customer = useMemo<PortalCustomer>(() => previewCustomer ?? { id: 'preview-customer', name: sampleName }, [previewCustomer, sampleName]);
  const ltrLanguage = language === rtlLanguage ? 'en' : language;
  const panels: Array<{ language: string; direction: 'ltr' | 'rtl'; heading: string }> = [
    { language: ltrLanguage, direction: 'ltr', heading: t('layoutEditor.previewLtr', { language: ltrLanguage }) },
    { language: rtlLanguage, direction: 'rtl', heading: t('layoutEditor.previewRtl', { language: rtlLanguage }) },
  ];
  const page =
    shown === 'home' ? <HomePage config={homePage} /> : shown === 'sample' ? <SamplePage /> : <CustomPage slug={shown.slice('page:'.length)} />;

  return (
    <Panels data-slot="layout-preview" {...rest}>
      <Muted data-slot="layout-preview-note">{t('layoutEditor.previewNote')}</Muted>
      <Field label={t('layoutEditor.previewShown')}>
        {(controlProps) => (
          <Select
            {...controlProps}
            value={shown}
            onChange={(event) => setShown(event.currentTarget.value as PreviewPage)}
            aria-controls={panels.map((panel) => `${panelId}-${panel.direction}`).join(' ')}
            data-slot="layout-preview-page"
          >
            <option value="home">{t('layoutEditor.previewHome')}</option>
            {canReadPages ? <StoredPageOptions /> : <option value="sample">{t('layoutEditor.previewSamplePage')}</option>}
          </Select>
        )}
      </Field>
      {panels.map((panel) => (
        <section key={panel.direction} id={`${panelId}-${panel.direction}`} aria-label={panel.heading} data-slot="layout-preview-panel" data-direction={panel.direction}>
          <h3>{panel.heading}</h3>
          <Frame inert data-slot="layout-preview-frame">
            <PortalProvider language={panel.language} theme={theme} nonce={nonce} linkComponent={linkComponent} customer={customer}>
              <PortalLayout
                settings={settings}
                theme={theme}
                loadScripts={false}
                landmarks={false}
                cssSanitizer={sanitizeCss}
                cssAllowedOrigins={cssAllowedOrigins}
              >
                {page}
              </PortalLayout>
            </PortalProvider>
          </Frame>
        </section>
      ))}
    </Panels>
  );
}
LayoutPreview.displayName = 'LayoutPreview';
