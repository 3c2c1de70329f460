import type { ComponentProps, ComponentType } from 'react';

/** What the library passes to the host's link component: an anchor's props with a required `href`. */
export interface LinkComponentProps extends ComponentProps<'a'> {
  /** An internal path (`/page/opening-hours`) already checked by the library. */
  href: string;
}

/**
 * The host's link component: React Router's `Link` (mapped from `href` to `to`), Next.js's
 * `Link`, or the default plain anchor. The library imports no router.
 */
export type LinkComponent = ComponentType<LinkComponentProps>;

/** The default link component: a plain anchor. */
export function Anchor(props: LinkComponentProps) {
  // eslint-disable-next-line jsx-a11y/anchor-has-content -- children arrive through props.
  return <a {...props} />;
}
