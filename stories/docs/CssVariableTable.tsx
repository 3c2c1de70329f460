import { createTheme, cssVariableNames, themeToCssVariables } from '../../src/theme/index.js';

const defaults = themeToCssVariables(createTheme());

/** Groups of `cssVariableNames`, in the order the docs list them. */
const groups = ['color', 'space', 'radius', 'font', 'focusRing', 'shadow'] as const;

/**
 * Every CSS custom property `ThemeProvider` emits with its value in the default theme, read
 * from `cssVariableNames`, so the docs page cannot drift from the code.
 */
export function CssVariableTable() {
  return (
    <table>
      <thead>
        <tr>
          <th scope="col">Theme key</th>
          <th scope="col">CSS custom property</th>
          <th scope="col">Default value</th>
        </tr>
      </thead>
      <tbody>
        {groups.flatMap((group) =>
          Object.entries(cssVariableNames[group]).map(([key, name]) => (
            <tr key={name}>
              <td>
                <code>
                  theme.{group}.{key}
                </code>
              </td>
              <td>
                <code>{name}</code>
              </td>
              <td>
                <code>{defaults[name]}</code>
              </td>
            </tr>
          )),
        )}
      </tbody>
    </table>
  );
}
