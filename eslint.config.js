import js from '@eslint/js';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/** Forbid imports that break the layering in STYLE.md ("which folder may import which"). */
const everywhereInSrc = [
  { group: ['**/demo/**', '**/server/**', '../../demo/*', '../../server/*'], message: 'src/ never imports the demo or the server.' },
  { group: ['react-router', 'react-router-dom', 'next/*'], message: 'The library never imports a router: use the link component from PortalProvider.' },
];
// Flat config replaces a rule's options per matching block, so every block repeats the common patterns.
const layer = (files, patterns) => ({
  files,
  rules: { 'no-restricted-imports': ['error', { patterns: [...everywhereInSrc, ...patterns] }] },
});

const noReact = [
  { group: ['react', 'react-dom', 'react/*', 'react-dom/*', 'styled-components', 'react-i18next'], message: 'This folder is imported by servers: no React here.' },
];
const up = (folders) =>
  folders.map((folder) => ({ group: [`**/${folder}`, `**/${folder}/*`], message: `Layering: this folder may not import ${folder}/.` }));

export default tseslint.config(
  { ignores: ['dist', 'storybook-static', 'demo/dist', 'coverage', 'node_modules', '.vitest-attachments'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
    },
  },
  {
    files: ['**/*.tsx'],
    plugins: { 'react-hooks': reactHooks, 'jsx-a11y': jsxA11y },
    rules: {
      ...reactHooks.configs.recommended.rules,
      ...jsxA11y.flatConfigs.recommended.rules,
    },
  },
  layer(['src/**'], []),
  layer(['src/security/**', 'src/model/**'], [...noReact, ...up(['portal', 'admin', 'adapters', 'blocks', 'theme', 'i18n', 'internal', 'testing'])]),
  layer(['src/adapters/**'], up(['portal', 'admin', 'blocks', 'theme', 'testing'])),
  layer(['src/data/**'], up(['portal', 'admin', 'blocks', 'testing'])),
  layer(['src/blocks/**'], up(['portal', 'admin', 'testing'])),
  // A block type lives in one folder (Puck's model): `block.ts` (name, schema, defaults) is
  // read by servers and the registry, so it and `registry.ts` stay as plain as the model.
  // `<Block>.tsx` is the block's render side: it draws the block with its portal component
  // (the only place a block learns about portal/), and `HomePageBlocks` in portal/ draws every
  // block through `blocks/renders.ts` for both the home page and the editor's preview.
  // `<Block>.fields.tsx` (editor forms) stays for admin/.
  layer(['src/blocks/*/block.ts', 'src/blocks/registry.ts'], [...noReact, ...up(['portal', 'admin', 'adapters', 'data', 'theme', 'i18n', 'internal', 'testing'])]),
  layer(['src/blocks/*/*.tsx', 'src/blocks/renders.ts', 'src/blocks/defineBlockRender.ts'], up(['admin', 'testing'])),
  layer(['src/blocks/*/*.fields.tsx'], up(['testing'])),
  layer(['src/portal/**', 'src/theme/**', 'src/i18n/**', 'src/internal/**'], up(['admin', 'testing'])),
);
