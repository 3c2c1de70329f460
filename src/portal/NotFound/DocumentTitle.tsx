/** How a page component may set the browser tab's title: not at all, as is, or formatted by the host. */
export type DocumentTitleOption = boolean | ((title: string) => string);

/**
 * Sets the document title through React's `<title>` (hoisted into `<head>`, also when streamed
 * from the server) when the host allows it; renders nothing otherwise.
 */
export function DocumentTitle({ title, option }: { title: string; option: DocumentTitleOption | undefined }) {
  if (option === undefined || option === false) return null;
  const text = typeof option === 'function' ? option(title) : title;
  return <title>{text}</title>;
}
