// Writes the model's JSON Schemas into portal.yaml (`components.schemas`), keeping everything
// else in the document (paths, comments, hand-written schemas) as it is:
//
//   npx tsx openapi/generate.ts          rewrite the document
//   npx tsx openapi/generate.ts --check  exit 1 when the document is out of date
import { readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMap, parseDocument } from 'yaml';
import { modelJsonSchemas } from './modelSchemas.js';

/** Where the contract lives. */
export const DOCUMENT_PATH = fileURLToPath(new URL('./portal.yaml', import.meta.url));

/** The document's text with the model schemas brought up to date. */
export function withModelSchemas(text: string): string {
  const document = parseDocument(text);
  const schemas = document.getIn(['components', 'schemas']);
  if (!isMap(schemas)) throw new Error('portal.yaml has no components.schemas map');
  for (const [name, schema] of Object.entries(modelJsonSchemas())) {
    document.setIn(['components', 'schemas', name], document.createNode(schema));
  }
  return document.toString({ lineWidth: 0, flowCollectionPadding: false });
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const current = readFileSync(DOCUMENT_PATH, 'utf8');
  const next = withModelSchemas(current);
  if (process.argv.includes('--check')) {
    if (next !== current) {
      console.error('openapi/portal.yaml is out of date with the model: run `npx tsx openapi/generate.ts`.');
      process.exit(1);
    }
    console.log('openapi/portal.yaml matches the model.');
  } else {
    writeFileSync(DOCUMENT_PATH, next);
    console.log(next === current ? 'openapi/portal.yaml was up to date.' : 'openapi/portal.yaml updated from the model.');
  }
}
