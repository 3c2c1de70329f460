import { Link } from 'react-router';
import type { LinkComponentProps } from '../src/index.js';

/** An address with a scheme (`https:`, `mailto:`) or protocol-relative (`//host`): not a route. */
const leavesTheApp = (href: string) => /^([a-z][a-z\d+.-]*:|\/\/)/i.test(href);

/**
 * The library's link-component contract for React Router: the library passes `href`, React
 * Router's `Link` takes `to`. Addresses outside the app stay plain anchors.
 */
export function RouterLink({ href, ...props }: LinkComponentProps) {
  // eslint-disable-next-line jsx-a11y/anchor-has-content -- children arrive through props.
  if (leavesTheApp(href)) return <a href={href} {...props} />;
  return <Link to={href} {...props} />;
}
