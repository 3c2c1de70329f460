// The public API report: every export of every entry point in package.json, with its kind and
// its declaration as the built `.d.ts` files state it, one Markdown file per entry in api/.
// `npm test` runs the check right after the build, so a change to the public API fails until
// the report is updated and the change is visible in review.
//
//   tsx scripts/api-report.ts            check api/*.api.md against dist/ (exit 1 with a diff)
//   tsx scripts/api-report.ts --update   rewrite api/*.api.md (npm run api:update builds first)
//   --root <dir>                         another package directory (tests use a fixture)
//
// Types the exports refer to but an entry does not export (a prop's option type, say) are
// part of the API too: they are listed after the exports, under the file that declares them.
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join, relative, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import ts from 'typescript';

/** One entry point of the package and where its report lives. */
export interface ApiEntry {
  /** The import a host writes, e.g. `helpdesk-portal-kit/admin`. */
  specifier: string;
  /** The entry's declaration file (absolute). */
  types: string;
  /** The report file (absolute), e.g. `api/admin.api.md`. */
  report: string;
}

/** A report that differs from the built declarations. */
export interface ApiProblem {
  entry: ApiEntry;
  /** A line diff from the committed report (`-`) to the current API (`+`). */
  diff: string;
}

interface PackageManifest {
  name: string;
  exports: Record<string, string | { types?: string }>;
}

/** The entries of `package.json`'s `exports` that have types, in their order there. */
export async function readApiEntries(root: string): Promise<ApiEntry[]> {
  const manifest = JSON.parse(await readFile(join(root, 'package.json'), 'utf8')) as PackageManifest;
  const entries: ApiEntry[] = [];
  for (const [key, target] of Object.entries(manifest.exports)) {
    const types = typeof target === 'string' ? undefined : target.types;
    if (types === undefined) continue;
    const subpath = key === '.' ? '' : key.replace(/^\.\//, '');
    entries.push({
      specifier: subpath === '' ? manifest.name : `${manifest.name}/${subpath}`,
      types: resolve(root, types),
      report: join(root, 'api', `${subpath === '' ? 'index' : subpath.replaceAll('/', '-')}.api.md`),
    });
  }
  return entries;
}

const printer = ts.createPrinter({ removeComments: true, newLine: ts.NewLineKind.LineFeed });

const KIND_NAMES: Array<[(node: ts.Node) => boolean, string]> = [
  [ts.isFunctionDeclaration, 'function'],
  [ts.isClassDeclaration, 'class'],
  [ts.isInterfaceDeclaration, 'interface'],
  [ts.isTypeAliasDeclaration, 'type'],
  [ts.isEnumDeclaration, 'enum'],
  [ts.isModuleDeclaration, 'namespace'],
];

function kindOf(declaration: ts.Declaration): string {
  if (ts.isVariableDeclaration(declaration)) {
    return ts.getCombinedNodeFlags(declaration) & ts.NodeFlags.Const ? 'const' : 'let';
  }
  return KIND_NAMES.find(([test]) => test(declaration))?.[1] ?? ts.SyntaxKind[declaration.kind];
}

/** `"Loading…"` becomes `string`: the wording of a string table is not its shape. */
function widenStringLiterals(node: ts.Node): ts.Node {
  const transformer: ts.TransformerFactory<ts.Node> = (context) => {
    const visit = (child: ts.Node): ts.Node =>
      ts.isLiteralTypeNode(child) && ts.isStringLiteral(child.literal)
        ? ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword)
        : ts.visitEachChild(child, visit, context);
    return (root) => ts.visitNode(root, visit)!;
  };
  const result = ts.transform(node, [transformer]);
  const [widened] = result.transformed;
  result.dispose();
  return widened!;
}

/**
 * The declaration as a host reads it: no comments, no `export`/`declare`, stable layout.
 * `widen` prints string literal types as `string` (for string tables reached through `typeof`).
 */
function printDeclaration(declaration: ts.Declaration, widen = false): string {
  const file = declaration.getSourceFile();
  if (ts.isVariableDeclaration(declaration)) {
    const node = widen ? widenStringLiterals(declaration) : declaration;
    return `${kindOf(declaration)} ${printer.printNode(ts.EmitHint.Unspecified, node, file)};`;
  }
  const text = printer.printNode(ts.EmitHint.Unspecified, declaration, file);
  return text.replace(/^(?:export\s+)?(?:default\s+)?(?:declare\s+)?/, '');
}

/** The symbols a declaration's types refer to by name (`Foo`, `typeof bar`, `A.B`). */
function referencedNames(declaration: ts.Node): ts.EntityName[] {
  const names: ts.EntityName[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isTypeReferenceNode(node)) names.push(node.typeName);
    else if (ts.isTypeQueryNode(node)) names.push(node.exprName);
    else if (ts.isExpressionWithTypeArguments(node) && ts.isIdentifier(node.expression)) names.push(node.expression);
    ts.forEachChild(node, visit);
  };
  visit(declaration);
  return names;
}

const compare = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

const rightmost = (name: ts.EntityName): ts.Identifier => (ts.isQualifiedName(name) ? name.right : name);

function fence(code: string): string {
  return ['```ts', code, '```'].join('\n');
}

/**
 * The report of each entry, keyed by the report's path. Every entry's declarations are read
 * by one program, as a host's TypeScript would read them.
 */
export function buildApiReports(entries: ApiEntry[], root: string): Map<string, string> {
  const program = ts.createProgram({
    rootNames: entries.map((entry) => entry.types),
    options: {
      target: ts.ScriptTarget.ES2022,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      jsx: ts.JsxEmit.ReactJSX,
      strict: true,
      skipLibCheck: true,
      noEmit: true,
      types: [],
    },
  });
  const checker = program.getTypeChecker();
  const packageFiles = (file: ts.SourceFile) => {
    const path = resolve(file.fileName);
    return path.startsWith(root + sep) && !path.split(sep).includes('node_modules');
  };
  const where = (file: ts.SourceFile) => relative(root, file.fileName).split(sep).join('/');
  const resolveAlias = (symbol: ts.Symbol) => (symbol.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(symbol) : symbol);

  const exportsOf = (entry: ApiEntry) => {
    const file = program.getSourceFile(entry.types);
    const moduleSymbol = file && checker.getSymbolAtLocation(file);
    if (!file || !moduleSymbol) throw new Error(`${entry.types} is missing or is not a module: run \`npm run build\` first.`);
    const symbols = checker
      .getExportsOfModule(moduleSymbol)
      .map((symbol) => ({ name: symbol.name, symbol: resolveAlias(symbol) }))
      .sort((a, b) => compare(a.name, b.name));
    return { file, symbols };
  };
  // Which entry exports a symbol, so a report can point there instead of repeating it.
  const exporters = new Map<ts.Symbol, string>();
  for (const entry of entries) {
    for (const { symbol } of exportsOf(entry).symbols) if (!exporters.has(symbol)) exporters.set(symbol, entry.specifier);
  }

  const reports = new Map<string, string>();
  for (const entry of entries) {
    const { file, symbols: exported } = exportsOf(entry);
    const exportedSymbols = new Set(exported.map(({ symbol }) => symbol));

    const sections: string[] = [];
    const kindCounts = new Map<string, number>();
    // Types referred to but not exported, found while printing (breadth first, each once).
    const unexported: ts.Symbol[] = [];
    // Types referred to that another entry exports: its report shows them.
    const elsewhere: ts.Symbol[] = [];
    const seen = new Set<ts.Symbol>(exportedSymbols);
    const collectReferences = (declaration: ts.Declaration) => {
      for (const name of referencedNames(declaration)) {
        const found = checker.getSymbolAtLocation(rightmost(name));
        if (!found) continue;
        const symbol = resolveAlias(found);
        if (seen.has(symbol) || symbol.flags & ts.SymbolFlags.TypeParameter) continue;
        const declarations = symbol.declarations ?? [];
        if (declarations.length === 0 || !declarations.every((d) => packageFiles(d.getSourceFile()))) continue;
        // Members of a type (`Foo['bar']` style lookups resolve to properties) are not types.
        if (!declarations.every((d) => ts.isSourceFile(d.parent) || ts.isVariableDeclarationList(d.parent) || ts.isModuleBlock(d.parent))) continue;
        seen.add(symbol);
        if (exporters.has(symbol)) elsewhere.push(symbol);
        else unexported.push(symbol);
      }
    };
    const describe = (title: string, symbol: ts.Symbol, widen = false) => {
      const declarations = symbol.declarations ?? [];
      const kinds = [...new Set(declarations.map(kindOf))];
      for (const kind of kinds) kindCounts.set(kind, (kindCounts.get(kind) ?? 0) + 1);
      const origin = declarations[0] && !packageFiles(declarations[0].getSourceFile()) ? ` (from ${where(declarations[0].getSourceFile())})` : '';
      for (const declaration of declarations) collectReferences(declaration);
      return `### ${title} — ${kinds.join(', ')}${origin}\n\n${fence(declarations.map((declaration) => printDeclaration(declaration, widen)).join('\n'))}`;
    };

    for (const { name, symbol } of exported) sections.push(describe(`\`${name}\``, symbol));
    const exportCounts = new Map(kindCounts);
    const referenced: Array<[string, string]> = [];
    for (let index = 0; index < unexported.length; index += 1) {
      const symbol = unexported[index]!;
      const declared = where(symbol.declarations![0]!.getSourceFile());
      referenced.push([`${symbol.name} ${declared}`, describe(`\`${symbol.name}\` in \`${declared}\``, symbol, true)]);
    }
    referenced.sort(([a], [b]) => compare(a, b));
    const pointers = elsewhere
      .map((symbol) => `- \`${symbol.name}\` from \`${exporters.get(symbol)}\``)
      .sort(compare);

    const summary = [...exportCounts].sort(([a], [b]) => compare(a, b)).map(([kind, count]) => `${count} ${count === 1 ? kind : kind.endsWith('s') ? `${kind}es` : `${kind}s`}`).join(', ');
    const lines = [
      `# API report: \`${entry.specifier}\``,
      '',
      `<!-- Generated from ${where(file)} by \`npm run api:update\`; \`npm test\` fails while it differs. Do not edit by hand. -->`,
      '',
      `${exported.length} exports (${summary}), sorted by name, each with its declaration as the published types state it (comments left out).`,
      '',
      '## Exports',
      '',
      sections.join('\n\n'),
      '',
    ];
    if (referenced.length > 0) {
      lines.push(
        '## Referenced types that this entry does not export',
        '',
        'They shape the exports above, so a change to them changes the API too. String literal types in the constants here are shown as `string`: hosts see their keys, not their wording.',
        '',
        referenced.map(([, section]) => section).join('\n\n'),
        '',
      );
    }
    if (pointers.length > 0) {
      lines.push('## Referenced types exported by another entry', '', 'Their declarations are in that entry\'s report.', '', ...pointers, '');
    }
    reports.set(entry.report, lines.join('\n'));
  }
  return reports;
}

/**
 * A readable line diff from `before` to `after`: changed lines with `-` and `+`, three lines of
 * context, a `@@ line n @@` header per hunk naming the Markdown heading it falls under.
 * Empty when the texts are equal.
 */
export function diffLines(before: string, after: string, context = 3): string {
  const a = before.split('\n');
  const b = after.split('\n');
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  if (start === endA && start === endB) return '';

  // Longest common subsequence of the differing middle, then walk it into operations.
  const midA = a.slice(start, endA);
  const midB = b.slice(start, endB);
  const width = midB.length + 1;
  const lcs = new Uint32Array((midA.length + 1) * width);
  for (let i = midA.length - 1; i >= 0; i -= 1) {
    for (let j = midB.length - 1; j >= 0; j -= 1) {
      lcs[i * width + j] = midA[i] === midB[j] ? lcs[(i + 1) * width + j + 1]! + 1 : Math.max(lcs[(i + 1) * width + j]!, lcs[i * width + j + 1]!);
    }
  }
  const ops: Array<{ sign: ' ' | '-' | '+'; text: string; line: number }> = [];
  for (let k = 0; k < start; k += 1) ops.push({ sign: ' ', text: a[k]!, line: k + 1 });
  let i = 0;
  let j = 0;
  while (i < midA.length || j < midB.length) {
    if (i < midA.length && j < midB.length && midA[i] === midB[j]) {
      ops.push({ sign: ' ', text: midA[i]!, line: start + i + 1 });
      i += 1;
      j += 1;
    } else if (i < midA.length && (j === midB.length || lcs[(i + 1) * width + j]! >= lcs[i * width + j + 1]!)) {
      ops.push({ sign: '-', text: midA[i]!, line: start + i + 1 });
      i += 1;
    } else {
      ops.push({ sign: '+', text: midB[j]!, line: start + i + 1 });
      j += 1;
    }
  }
  for (let k = endA; k < a.length; k += 1) ops.push({ sign: ' ', text: a[k]!, line: k + 1 });

  // Keep each change and `context` unchanged lines around it; a gap starts a new hunk.
  const shown = new Array<boolean>(ops.length).fill(false);
  ops.forEach((op, index) => {
    if (op.sign === ' ') return;
    for (let k = Math.max(0, index - context); k <= Math.min(ops.length - 1, index + context); k += 1) shown[k] = true;
  });
  const output: string[] = [];
  ops.forEach((op, index) => {
    if (!shown[index]) return;
    if (index === 0 || !shown[index - 1]) {
      // Like git's function context: the Markdown heading the hunk belongs to.
      let heading = index;
      while (heading >= 0 && !ops[heading]!.text.startsWith('#')) heading -= 1;
      output.push(`@@ line ${op.line} @@${heading >= 0 ? ` ${ops[heading]!.text}` : ''}`);
    }
    output.push(`${op.sign} ${op.text}`);
  });
  return output.join('\n');
}

/** Compares each entry's committed report with the built declarations. */
export async function checkApiReports(entries: ApiEntry[], root: string): Promise<ApiProblem[]> {
  const reports = buildApiReports(entries, root);
  const problems: ApiProblem[] = [];
  for (const entry of entries) {
    const current = reports.get(entry.report)!;
    const committed = await readFile(entry.report, 'utf8').catch(() => '');
    if (committed !== current) problems.push({ entry, diff: diffLines(committed, current) });
  }
  return problems;
}

/** Writes every entry's report; returns the paths that changed. */
export async function updateApiReports(entries: ApiEntry[], root: string): Promise<string[]> {
  const reports = buildApiReports(entries, root);
  const changed: string[] = [];
  for (const [path, content] of reports) {
    const committed = await readFile(path, 'utf8').catch(() => undefined);
    if (committed === content) continue;
    await mkdir(dirname(path), { recursive: true });
    await writeFile(path, content);
    changed.push(path);
  }
  return changed;
}

async function main() {
  const { values } = parseArgs({ options: { update: { type: 'boolean', default: false }, root: { type: 'string' } } });
  const root = resolve(values.root ?? join(import.meta.dirname, '..'));
  const entries = await readApiEntries(root);
  const name = (path: string) => relative(root, path).split(sep).join('/');
  if (values.update) {
    const changed = await updateApiReports(entries, root);
    console.log(changed.length === 0 ? 'API reports are up to date.' : `updated ${changed.map(name).join(', ')}`);
    return;
  }
  const problems = await checkApiReports(entries, root);
  if (problems.length === 0) {
    console.log(`API reports match the built types (${entries.map((entry) => name(entry.report)).join(', ')}).`);
    return;
  }
  const limit = 400;
  for (const { entry, diff } of problems) {
    const lines = diff.split('\n');
    console.error(`\nThe public API of ${entry.specifier} differs from ${name(entry.report)} (- report, + built types):\n`);
    console.error(lines.slice(0, limit).join('\n'));
    if (lines.length > limit) console.error(`… ${lines.length - limit} more lines`);
  }
  console.error('\nIf the change is intended, run `npm run api:update` and commit the reports (and note it in CHANGELOG.md).');
  process.exitCode = 1;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  await main();
}
