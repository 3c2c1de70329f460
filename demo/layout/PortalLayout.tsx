import { useId } from 'react';
import { Outlet } from 'react-router';
import { css, styled } from 'styled-components';
import { usePortal, usePortalTranslation } from '../../src/index.js';
import { useDemoTranslation } from '../i18n.js';
import { demoLanguages, isDemoLanguage, languageNames, type DemoLanguage } from '../settings.js';
import { NavigationLink } from './NavigationLink.js';

// The header is drawn on the primary colour: its text and focus rings use `onPrimary`, which
// the theme keeps readable on it (the primary's own focus colour may not be).
const onPrimaryFocus = css`
  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.onPrimary};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;

const Shell = styled.div`
  display: grid;
  grid-template-rows: auto 1fr auto;
  min-block-size: 100vh;
  background: ${({ theme }) => theme.color.background};
`;

const SkipLink = styled.a`
  position: absolute;
  inset-inline-start: ${({ theme }) => theme.space.sm};
  inset-block-start: ${({ theme }) => theme.space.sm};
  padding: ${({ theme }) => theme.space.sm};
  background: ${({ theme }) => theme.color.surface};
  color: ${({ theme }) => theme.color.primaryText};
  transform: translateY(-200%);

  &:focus {
    transform: none;
  }
`;

const Header = styled.header`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.md} ${({ theme }) => theme.space.xl};
  padding-block: ${({ theme }) => theme.space.md};
  padding-inline: ${({ theme }) => theme.space.lg};
  background: ${({ theme }) => theme.color.primary};
  color: ${({ theme }) => theme.color.onPrimary};
`;

const Brand = styled.a`
  color: inherit;
  font-size: ${({ theme }) => theme.font.fontSizeLg};
  font-weight: ${({ theme }) => theme.font.fontWeightBold};
  text-decoration: none;
  ${onPrimaryFocus}
`;

const Navigation = styled.nav`
  flex: 1 1 auto;

  & ul {
    display: flex;
    flex-wrap: wrap;
    gap: ${({ theme }) => theme.space.xs} ${({ theme }) => theme.space.md};
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;

const HeaderLink = styled(NavigationLink)`
  display: inline-block;
  padding-block: ${({ theme }) => theme.space.xs};
  color: inherit;
  text-decoration: none;
  border-block-end: 2px solid transparent;
  ${onPrimaryFocus}

  &:hover,
  &[aria-current='page'] {
    border-block-end-color: currentColor;
  }
`;

const Controls = styled.div`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: ${({ theme }) => theme.space.sm} ${({ theme }) => theme.space.md};

  & label {
    display: flex;
    align-items: center;
    gap: ${({ theme }) => theme.space.xs};
  }

  & select {
    min-block-size: 2rem;
    padding-inline: ${({ theme }) => theme.space.xs};
    font: inherit;
    background: ${({ theme }) => theme.color.surface};
    color: ${({ theme }) => theme.color.text};
    border: 1px solid ${({ theme }) => theme.color.controlBorder};
    border-radius: ${({ theme }) => theme.radius.sm};
    ${onPrimaryFocus}
  }
`;

const Visitor = styled.span`
  font-size: ${({ theme }) => theme.font.fontSizeSm};
`;

const HeaderButton = styled.button`
  min-block-size: 2rem;
  padding-inline: ${({ theme }) => theme.space.md};
  font: inherit;
  color: inherit;
  background: transparent;
  border: 1px solid currentColor;
  border-radius: ${({ theme }) => theme.radius.pill};
  cursor: pointer;
  ${onPrimaryFocus}
`;

const Main = styled.main`
  inline-size: 100%;
  max-inline-size: 64rem;
  margin-inline: auto;
  padding: ${({ theme }) => theme.space.xl} ${({ theme }) => theme.space.lg};

  &:focus {
    outline: none;
  }
`;

const Footer = styled.footer`
  padding: ${({ theme }) => theme.space.lg};
  border-block-start: 1px solid ${({ theme }) => theme.color.border};
  color: ${({ theme }) => theme.color.textMuted};
  font-size: ${({ theme }) => theme.font.fontSizeSm};
  text-align: center;
`;

export interface PortalLayoutProps {
  /** Called with the language the visitor picked. */
  onLanguageChange: (language: DemoLanguage) => void;
  /** Called when the visitor signs in (`true`) or out (`false`). */
  onSignedInChange: (signedIn: boolean) => void;
}

/** The demo's page frame: header with navigation, language switcher and simulated sign-in. */
export function PortalLayout({ onLanguageChange, onSignedInChange }: PortalLayoutProps) {
  const { language, customer, linkComponent: Link } = usePortal('PortalLayout');
  const { t } = useDemoTranslation();
  const { t: tLibrary } = usePortalTranslation();
  const languageId = useId();

  return (
    <Shell data-slot="demo-shell">
      <SkipLink href="#main">{t('skipToContent')}</SkipLink>
      <Header>
        <Brand as={Link} href="/">
          {t('brand')}
        </Brand>
        <Navigation aria-label={t('portalNavigation')}>
          <ul>
            <li>
              <HeaderLink href="/" end>
                {t('navHome')}
              </HeaderLink>
            </li>
            <li>
              <HeaderLink href="/page/opening-hours">{t('navOpeningHours')}</HeaderLink>
            </li>
            <li>
              <HeaderLink href="/catalog">{t('navCatalog')}</HeaderLink>
            </li>
            <li>
              <HeaderLink href="/tickets">{t('navTickets')}</HeaderLink>
            </li>
            <li>
              <HeaderLink href="/admin">{t('navAdmin')}</HeaderLink>
            </li>
          </ul>
        </Navigation>
        <Controls>
          <label htmlFor={languageId}>
            {tLibrary('common.language')}
            <select
              id={languageId}
              value={language}
              onChange={(event) => {
                if (isDemoLanguage(event.target.value)) onLanguageChange(event.target.value);
              }}
            >
              {demoLanguages.map((code) => (
                <option key={code} value={code} lang={code}>
                  {languageNames[code]}
                </option>
              ))}
            </select>
          </label>
          <Visitor data-slot="visitor">
            {customer ? t('signedInAs', { name: customer.name }) : t('anonymous')}
          </Visitor>
          <HeaderButton type="button" onClick={() => onSignedInChange(!customer)}>
            {customer ? t('signOut') : t('signIn')}
          </HeaderButton>
        </Controls>
      </Header>
      <Main id="main" tabIndex={-1}>
        <Outlet />
      </Main>
      <Footer>{t('footer')}</Footer>
    </Shell>
  );
}
