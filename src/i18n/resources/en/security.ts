/**
 * Strings of the security pieces: the marker of a refused link, and the reasons behind the
 * codes `sanitizeCss` (`css_<code>`) and `validateOrigin` (`origin_<code>`) return, for the
 * admin editors: `t(\`security.css_${removal.code}\`)`.
 */
export const security = {
  linkBlocked: 'link removed: unsafe address',
  opensInNewTab: '(opens in a new tab)',
  'css_parse-error': 'The CSS could not be read, so none of it was applied.',
  css_import: '@import loads a whole stylesheet that cannot be limited to the portal.',
  'css_at-rule': 'This at-rule would affect the whole page, not only the portal.',
  'css_url-origin': 'The address is not on an allowed origin. Host the file on this site or ask for its origin to be allowed.',
  'css_url-scheme': 'Only https addresses and addresses on this site may be loaded.',
  css_expression: 'expression() runs code in some browsers.',
  css_behavior: 'This property loads code into the page.',
  css_javascript: 'javascript: addresses run code.',
  'css_style-breakout': 'This would close the style element and turn the rest into HTML.',
  'css_escaped-code': 'Escaped characters hide a property name, a function or an address here.',
  'css_selector-escape': 'This selector would style elements outside the portal.',
  'css_selector-invalid': 'This selector is not valid CSS.',
  'css_declaration-outside-rule': 'A declaration outside any rule would style nothing, or the whole page.',
  'css_element-reference': 'element() would paint other parts of the page into the portal.',
  origin_empty: 'Enter an origin, for example https://cdn.example.com.',
  origin_keyword: 'Keywords such as \'self\' or \'unsafe-inline\' cannot be added as an origin.',
  origin_wildcard: 'A lone * or a wildcard over a whole top-level domain would allow almost any site.',
  origin_scheme: 'Only https:// origins can be allowed (http:// only for localhost).',
  origin_insecure: 'http:// is only allowed for localhost; use https://.',
  origin_characters: 'Origins cannot contain spaces, quotes, semicolons, commas, backslashes or line breaks.',
  origin_host: 'This is not a valid host name.',
  origin_port: 'The port must be a number from 1 to 65535.',
  origin_path: 'The path contains characters an origin cannot have.',
  origin_credentials: 'Origins cannot contain a user name or password.',
} as const;
