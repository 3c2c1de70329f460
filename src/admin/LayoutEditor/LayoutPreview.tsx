import type { ComponentProps } from 'react';
import { styled } from 'styled-components';
import type { HomePageConfig, LayoutSettingsInput } from '../../model/index.js';
import { resolveLocalized } from '../../model/localized.js';
import { HomePage } from '../../portal/HomePage/index.js';
import { PortalProvider, usePortal } from '../../portal/PortalProvider/index.js';
import { createTheme, type ResolvedTheme, type ThemeInput } from '../../theme/index.js';
import { useLayoutEditorTranslation } from './i18n.js';
import { toImageSource } from './imageSource.js';

const Panels = styled.div`
  display: grid;
  gap: ${({ theme }) => theme.space.md};
`;
const Frame = styled.div`
  border: 1px solid ${({ theme }) => theme.color.border};
  border-radius: ${({ theme }) => theme.radius.md};
  overflow: hidden;
`;
const PortalRoot = styled.div`
  background: ${({ theme }) => theme.color.background};
  color: ${({ theme }) => theme.color.text};
  font-family: ${({ theme }) => theme.font.fontFamily};
`;
const Header = styled.header`
  display: flex;
  align-items: center;
  gap: ${({ theme }) => theme.space.md};
  padding: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};
  background: ${({ theme }) => theme.color.primary};
  color: ${({ theme }) => theme.color.onPrimary};
  & img {
    max-block-size: 2.5rem;
    max-inline-size: 10rem;
  }
`;
const Avatar = styled.img`
  inline-size: 2rem;
  block-size: 2rem;
  border-radius: ${({ theme }) => theme.radius.pill};
  margin-inline-start: auto;
`;
const Page = styled.article`
  padding: ${({ theme }) => theme.space.md};
  & a {
    color: ${({ theme }) => theme.color.primaryText};
  }
`;
const AccentBadge = styled.span`
  display: inline-block;
  padding-inline: ${({ theme }) => theme.space.xs};
  border-radius: ${({ theme }) => theme.radius.sm};
  background: ${({ theme }) => theme.color.accent};
  color: ${({ theme }) => theme.color.onAccent};
`;

export interface LayoutPreviewProps extends Omit<ComponentProps<'div'>, 'children'> {
  /** The unsaved layout. */
  settings: LayoutSettingsInput;
  /** The custom CSS already through `sanitizeCss` with the scope `[data-hpk-layout-preview]`. */
  sanitizedCss: string;
  /** The portal's theme the colours apply over. */
  theme?: ThemeInput | ResolvedTheme | undefined;
  /** The home page to show. @default the stored one, read through the `homePage` adapter */
  homePage?: Pick<HomePageConfig, 'blocks'> | undefined;
  /** The right-to-left language of the second panel. @default 'ar' */
  rtlLanguage?: string | undefined;
}

function PreviewPortal({ settings, sanitizedCss, homePage, direction }: Pick<LayoutPreviewProps, 'settings' | 'sanitizedCss' | 'homePage'> & { direction: 'ltr' | 'rtl' }) {
  const { t } = useLayoutEditorTranslation();
  const { language, defaultLanguage, nonce } = usePortal('LayoutPreview');
  const logo = toImageSource(settings.logo?.url);
  const avatar = toImageSource(settings.defaultAvatar?.url);
  const logoAlt = resolveLocalized(settings.content, language, defaultLanguage)?.logoAlt ?? '';
  return (
    <PortalRoot data-hpk-layout-preview="" data-slot="layout-preview-portal" data-direction={direction}>
      {sanitizedCss !== '' && (
        <style nonce={nonce} data-slot="layout-preview-css">
          {sanitizedCss}
        </style>
      )}
      <Header data-slot="layout-preview-header">
        {logo ? <img src={logo} alt={logoAlt} data-slot="layout-preview-logo" /> : <strong>{logoAlt || t('layoutEditor.logo')}</strong>}
        {avatar && <Avatar src={avatar} alt="" data-slot="layout-preview-avatar" />}
      </Header>
      <Page data-slot="layout-preview-page">
        <h2>{t('layoutEditor.previewPageTitle')}</h2>
        <p>{t('layoutEditor.previewPageBody')}</p>
        <p>
          <a href="#preview">{t('layoutEditor.previewLink')}</a> <AccentBadge>{t('layoutEditor.accentColor')}</AccentBadge>
        </p>
      </Page>
      <HomePage config={homePage} />
    </PortalRoot>
  );
}

/**
 * The portal with the unsaved layout, twice: in the admin's language and in a right-to-left
 * language, each inside its own `PortalProvider` with the unsaved colours (derived text
 * colours included) and the sanitized custom CSS scoped to the preview.
 */
export function LayoutPreview({ settings, sanitizedCss, theme, homePage, rtlLanguage = 'ar', ...rest }: LayoutPreviewProps) {
  const { t } = useLayoutEditorTranslation();
  const { language, nonce } = usePortal('LayoutPreview');
  let previewTheme: ResolvedTheme | ThemeInput | undefined = theme;
  try {
    const base = theme && 'derived' in theme ? theme : createTheme(theme ?? {});
    previewTheme = createTheme({ colors: { primary: settings.primaryColor, accent: settings.accentColor } }, base);
  } catch {
    // A colour being typed is not a colour yet: the preview keeps the portal's theme.
  }
  const ltrLanguage = language === rtlLanguage ? 'en' : language;
  const panels: Array<{ language: string; direction: 'ltr' | 'rtl'; heading: string }> = [
    { language: ltrLanguage, direction: 'ltr', heading: t('layoutEditor.previewLtr', { language: ltrLanguage }) },
    { language: rtlLanguage, direction: 'rtl', heading: t('layoutEditor.previewRtl', { language: rtlLanguage }) },
  ];
  return (
    <Panels data-slot="layout-preview" {...rest}>
      {panels.map((panel) => (
        <section key={panel.direction} aria-label={panel.heading} data-slot="layout-preview-panel" data-direction={panel.direction}>
          <h3>{panel.heading}</h3>
          <Frame>
            <PortalProvider language={panel.language} theme={previewTheme} nonce={nonce}>
              <PreviewPortal settings={settings} sanitizedCss={sanitizedCss} homePage={homePage} direction={panel.direction} />
            </PortalProvider>
          </Frame>
        </section>
      ))}
    </Panels>
  );
}
LayoutPreview.displayName = 'LayoutPreview';
