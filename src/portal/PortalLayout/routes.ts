/** Where the portal's own screens live in the host's router. `null` leaves an entry out of the navigation. */
export interface PortalRoutes {
  /** The home page; also where the logo leads. @default '/' */
  home: string | null;
  /** The service catalog. @default '/catalog' */
  catalog: string | null;
  /** The signed-in customer's tickets. @default '/tickets' */
  tickets: string | null;
  /** The address of a custom page. @default (slug) => `/page/${slug}` */
  customPage: ((slug: string) => string) | null;
}

/** The routes the demo and the README use. */
export const defaultPortalRoutes: PortalRoutes = {
  home: '/',
  catalog: '/catalog',
  tickets: '/tickets',
  customPage: (slug) => `/page/${slug}`,
};

const withoutTrailingSlash = (path: string) => (path.length > 1 ? path.replace(/\/+$/, '') : path);
const pathOf = (href: string) => withoutTrailingSlash(href.split(/[?#]/)[0] ?? href);

/**
 * Whether a navigation entry is the current page: the same path, or (with `prefix`) a path
 * below it (`/catalog` for `/catalog/hardware`). Query and fragment are ignored.
 */
export function isCurrentPath(href: string, currentPath: string | undefined, prefix: boolean): boolean {
  if (currentPath === undefined) return false;
  const target = pathOf(href);
  const current = pathOf(currentPath);
  if (current === target) return true;
  return prefix && target !== '/' && current.startsWith(`${target}/`);
}
