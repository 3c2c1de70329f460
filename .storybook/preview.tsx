import type { Decorator, Preview } from '@storybook/react-vite';
import { styled } from 'styled-components';
import { addPseudoLocale, bundledLanguages, createPortalI18n, PSEUDO_LOCALE } from '../src/i18n/index.js';
import { PortalProvider } from '../src/portal/PortalProvider/index.js';
import { storyTheme, storyThemes } from '../stories/theme/themes.js';

/** The language names shown in the toolbar, each in its own language. */
const languageNames: Record<(typeof bundledLanguages)[number] | typeof PSEUDO_LOCALE, string> = {
  en: 'English',
  de: 'Deutsch',
  fr: 'Français',
  ar: 'العربية (RTL)',
  [PSEUDO_LOCALE]: 'Pseudo (en-XA)',
};

/**
 * The instance stories use in the pseudo-locale: English accented, bracketed and ~40 % longer,
 * made at run time (also from the admin strings, as the admin stories add them). A testing aid,
 * not a shipped language. Stories with a provider of their own show English there.
 */
const pseudoI18n = createPortalI18n();
addPseudoLocale(pseudoI18n);

/** Paints the theme's background so text colours are judged (by eye and by axe) on it. */
const Canvas = styled.div<{ $fill: boolean }>`
  background: ${({ theme }) => theme.color.background};
  color: ${({ theme }) => theme.color.text};
  padding: ${({ theme }) => theme.space.md};
  min-block-size: ${({ $fill }) => ($fill ? '100vh' : 'auto')};
`;

/**
 * Every story renders inside `PortalProvider` with the toolbar's language and theme, the way a
 * host renders the portal; the direction (RTL for Arabic) follows the language.
 */
const withPortal: Decorator = (Story, context) => {
  const language = typeof context.globals.language === 'string' ? context.globals.language : 'en';
  return (
    <PortalProvider language={language} theme={storyTheme(context.globals.theme).theme} i18n={language === PSEUDO_LOCALE ? pseudoI18n : undefined}>
      {/* A story fills the preview; inside a docs page it takes only the room it needs. */}
      <Canvas data-slot="story-canvas" $fill={context.viewMode === 'story'}>
        <Story />
      </Canvas>
    </PortalProvider>
  );
};

const preview: Preview = {
  decorators: [withPortal],
  globalTypes: {
    language: {
      description: 'Portal language (Arabic switches to right-to-left; Pseudo shows en-XA, made from English)',
      toolbar: {
        title: 'Language',
        icon: 'globe',
        items: [...bundledLanguages, PSEUDO_LOCALE].map((value) => ({ value, title: languageNames[value] })),
        dynamicTitle: true,
      },
    },
    theme: {
      description: 'Portal theme',
      toolbar: {
        title: 'Theme',
        icon: 'paintbrush',
        items: Object.entries(storyThemes).map(([value, { title }]) => ({ value, title })),
        dynamicTitle: true,
      },
    },
  },
  initialGlobals: { language: 'en', theme: 'default' },
  parameters: {
    layout: 'fullscreen',
    controls: { matchers: { color: /(background|color|primary|accent|surface)$/i } },
    a11y: {
      // An axe violation fails the story's test (in Vitest and in Storybook's test widget).
      test: 'error',
      // The same WCAG 2.2 A/AA rules as the project's own axe checks.
      options: { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'] } },
    },
  },
};

export default preview;
