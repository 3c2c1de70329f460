import 'styled-components';
import type { ThemeVars } from './cssVariables.js';

// Types `props.theme` inside this library's styled parts. Not published: a host's own
// DefaultTheme stays untouched.
declare module 'styled-components' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefaultTheme extends ThemeVars {}
}
