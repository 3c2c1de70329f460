/**
 * Strings of the security pieces: the marker of a refused link, and the reasons behind the
 * codes `sanitizeCss` (`css_<code>`) and `validateOrigin` (`origin_<code>`) return, for the
 * admin editors: `t(\`security.css_${removal.code}\`)`.
 */
// French. The keys follow `en/security.ts`; a test checks that every language has every key.
export const security = {
  linkBlocked: 'lien supprimé : adresse non sûre',
  opensInNewTab: '(s’ouvre dans un nouvel onglet)',
  'css_parse-error': 'Le CSS n’a pas pu être lu ; il n’a donc pas été appliqué.',
  css_import: '@import charge une feuille de style entière qui ne peut pas être limitée au portail.',
  'css_at-rule': 'Cette règle @ toucherait toute la page, pas seulement le portail.',
  'css_url-origin': 'L’adresse n’est pas sur une origine autorisée. Hébergez le fichier sur ce site ou faites autoriser son origine.',
  'css_url-scheme': 'Seules les adresses https et celles de ce site peuvent être chargées.',
  css_expression: 'expression() exécute du code dans certains navigateurs.',
  css_behavior: 'Cette propriété charge du code dans la page.',
  css_javascript: 'Les adresses javascript: exécutent du code.',
  'css_style-breakout': 'Ceci fermerait l’élément style et transformerait la suite en HTML.',
  'css_escaped-code': 'Des caractères échappés cachent ici un nom de propriété, une fonction ou une adresse.',
  'css_selector-escape': 'Ce sélecteur mettrait en forme des éléments hors du portail.',
  'css_selector-invalid': 'Ce sélecteur n’est pas du CSS valide.',
  'css_declaration-outside-rule': 'Une déclaration hors de toute règle ne mettrait rien en forme, ou toute la page.',
  'css_element-reference': 'element() peindrait d’autres parties de la page dans le portail.',
  origin_empty: 'Saisissez une origine, par exemple https://cdn.example.com.',
  origin_keyword: 'Les mots-clés comme \'self\' ou \'unsafe-inline\' ne peuvent pas être ajoutés comme origine.',
  origin_wildcard: 'Un * seul ou un joker sur tout un domaine de premier niveau autoriserait presque n’importe quel site.',
  origin_scheme: 'Seules les origines https:// peuvent être autorisées (http:// uniquement pour localhost).',
  origin_insecure: 'http:// n’est autorisé que pour localhost ; utilisez https://.',
  origin_characters: 'Une origine ne peut contenir ni espaces, ni guillemets, ni points-virgules, ni virgules, ni barres obliques inverses, ni sauts de ligne.',
  origin_host: 'Ce n’est pas un nom d’hôte valide.',
  origin_port: 'Le port doit être un nombre de 1 à 65535.',
  origin_path: 'Le chemin contient des caractères qu’une origine ne peut pas avoir.',
  origin_credentials: 'Une origine ne peut pas contenir de nom d’utilisateur ni de mot de passe.',
} as const;
