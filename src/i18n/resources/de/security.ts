/**
 * Strings of the security pieces: the marker of a refused link, and the reasons behind the
 * codes `sanitizeCss` (`css_<code>`) and `validateOrigin` (`origin_<code>`) return, for the
 * admin editors: `t(\`security.css_${removal.code}\`)`.
 */
// German. The keys follow `en/security.ts`; a test checks that every language has every key.
export const security = {
  linkBlocked: 'Link entfernt: unsichere Adresse',
  opensInNewTab: '(öffnet in einem neuen Tab)',
  'css_parse-error': 'Das CSS konnte nicht gelesen werden und wurde deshalb nicht angewendet.',
  css_import: '@import lädt ein ganzes Stylesheet, das sich nicht auf das Portal beschränken lässt.',
  'css_at-rule': 'Diese At-Regel würde die ganze Seite betreffen, nicht nur das Portal.',
  'css_url-origin': 'Die Adresse liegt nicht auf einem erlaubten Ursprung. Legen Sie die Datei auf diese Website oder lassen Sie ihren Ursprung erlauben.',
  'css_url-scheme': 'Es dürfen nur https-Adressen und Adressen dieser Website geladen werden.',
  css_expression: 'expression() führt in manchen Browsern Code aus.',
  css_behavior: 'Diese Eigenschaft lädt Code in die Seite.',
  css_javascript: 'javascript:-Adressen führen Code aus.',
  'css_style-breakout': 'Dies würde das Style-Element schließen und den Rest zu HTML machen.',
  'css_escaped-code': 'Maskierte Zeichen verbergen hier einen Eigenschaftsnamen, eine Funktion oder eine Adresse.',
  'css_selector-escape': 'Dieser Selektor würde Elemente außerhalb des Portals gestalten.',
  'css_selector-invalid': 'Dieser Selektor ist kein gültiges CSS.',
  'css_declaration-outside-rule': 'Eine Deklaration außerhalb einer Regel würde nichts oder die ganze Seite gestalten.',
  'css_element-reference': 'element() würde andere Teile der Seite in das Portal zeichnen.',
  origin_empty: 'Geben Sie einen Ursprung ein, zum Beispiel https://cdn.example.com.',
  origin_keyword: 'Schlüsselwörter wie \'self\' oder \'unsafe-inline\' können nicht als Ursprung hinzugefügt werden.',
  origin_wildcard: 'Ein einzelnes * oder ein Platzhalter über eine ganze Top-Level-Domain würde fast jede Website erlauben.',
  origin_scheme: 'Nur https://-Ursprünge können erlaubt werden (http:// nur für localhost).',
  origin_insecure: 'http:// ist nur für localhost erlaubt; verwenden Sie https://.',
  origin_characters: 'Ursprünge dürfen keine Leerzeichen, Anführungszeichen, Semikolons, Kommas, Backslashes oder Zeilenumbrüche enthalten.',
  origin_host: 'Dies ist kein gültiger Hostname.',
  origin_port: 'Der Port muss eine Zahl von 1 bis 65535 sein.',
  origin_path: 'Der Pfad enthält Zeichen, die ein Ursprung nicht haben darf.',
  origin_credentials: 'Ursprünge dürfen keinen Benutzernamen und kein Passwort enthalten.',
} as const;
