import { Suspense } from 'react';
import { Outlet } from 'react-router';
import { styled } from 'styled-components';
import { LoadingState } from '../../src/index.js';
import { useDemoTranslation } from '../i18n.js';
import { NavigationLink } from './NavigationLink.js';

const Area = styled.div`
  display: grid;
  grid-template-columns: minmax(12rem, auto) 1fr;
  gap: ${({ theme }) => theme.space.xl};
  align-items: start;

  @media (max-width: 48rem) {
    grid-template-columns: 1fr;
  }
`;

const SideNavigation = styled.nav`
  & ul {
    display: grid;
    gap: ${({ theme }) => theme.space.xxs};
    margin: 0;
    padding: 0;
    list-style: none;
  }
`;

const SideLink = styled(NavigationLink)`
  display: block;
  padding-block: ${({ theme }) => theme.space.xs};
  padding-inline: ${({ theme }) => theme.space.sm};
  border-inline-start: 3px solid transparent;
  color: ${({ theme }) => theme.color.primaryText};
  text-decoration: none;

  &:hover {
    text-decoration: underline;
  }

  &[aria-current='page'] {
    border-inline-start-color: ${({ theme }) => theme.color.primary};
    font-weight: ${({ theme }) => theme.font.fontWeightBold};
  }

  &:focus-visible {
    outline: ${({ theme }) => theme.focusRing.width} solid ${({ theme }) => theme.color.focus};
    outline-offset: ${({ theme }) => theme.focusRing.offset};
  }
`;

/** The admin area: a side navigation between the editors, the editor beside it. */
export function AdminLayout() {
  const { t } = useDemoTranslation();
  const sections = [
    ['/admin', t('adminOverview')],
    ['/admin/pages', t('adminPages')],
    ['/admin/home', t('adminHome')],
    ['/admin/layout', t('adminLayout')],
    ['/admin/scripts', t('adminScripts')],
    ['/admin/catalog', t('adminCatalog')],
    ['/admin/translations', t('adminTranslations')],
  ] as const;
  return (
    <Area data-slot="admin-area">
      <SideNavigation aria-label={t('adminNavigation')}>
        <ul>
          {sections.map(([href, label]) => (
            <li key={href}>
              <SideLink href={href} end>
                {label}
              </SideLink>
            </li>
          ))}
        </ul>
      </SideNavigation>
      {/* The admin screens are loaded on first visit (see App.tsx). */}
      <Suspense fallback={<LoadingState variant="block" />}>
        <Outlet />
      </Suspense>
    </Area>
  );
}
