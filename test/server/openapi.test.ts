import { readFileSync } from 'node:fs';
import SwaggerParser from '@apidevtools/swagger-parser';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import * as v from 'valibot';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENT_PATH, withModelSchemas } from '../../openapi/generate.js';
import { caselessPattern, MODEL_SCHEMAS, modelJsonSchemas, type ModelSchemaName } from '../../openapi/modelSchemas.js';
import { createDemoSeed } from '../../src/adapters/index.js';
import { isLanguageTag } from '../../src/model/index.js';
import { createHandlers } from '../../server/http/handlers.js';
import type { SqliteStore } from '../../server/store/sqliteStore.js';
import { createContractChecker } from './contractChecker.js';

type Document = { components: { schemas: Record<string, Record<string, unknown>> }; paths: Record<string, Record<string, { operationId: string }>> };
let document: Document;
let ajv: InstanceType<typeof Ajv2020>;

beforeAll(async () => {
  document = (await SwaggerParser.validate(DOCUMENT_PATH)) as unknown as Document;
  ajv = new Ajv2020({ allErrors: true, strict: false });
  addFormats(ajv);
});

const matches = (name: ModelSchemaName, value: unknown) => ajv.validate(document.components.schemas[name]!, value) as boolean;

describe('openapi/portal.yaml', () => {
  it('is a valid OpenAPI 3.1 document', () => {
    expect((document as unknown as { openapi: string }).openapi).toBe('3.1.0');
    expect(Object.keys(document.paths).length).toBeGreaterThan(20);
  });

  it('publishes exactly the JSON Schemas the model generates (regenerate with `npx tsx openapi/generate.ts`)', () => {
    const text = readFileSync(DOCUMENT_PATH, 'utf8');
    expect(withModelSchemas(text)).toBe(text);
  });

  it('publishes every record type of the model', () => {
    expect(Object.keys(modelJsonSchemas())).toEqual(Object.keys(MODEL_SCHEMAS));
    for (const name of Object.keys(MODEL_SCHEMAS)) expect(document.components.schemas[name], name).toBeDefined();
  });

  it('accepts every record of the demo seed, as the model does', () => {
    const seed = createDemoSeed();
    const groups: Array<[ModelSchemaName, readonly unknown[]]> = [
      ['CustomPage', seed.customPages ?? []],
      ['CatalogCategory', seed.catalogCategories ?? []],
      ['CatalogItem', seed.catalogItems ?? []],
      ['Ticket', seed.tickets ?? []],
      ['AssetReference', seed.assets ?? []],
      ['HomePageConfig', [seed.homePage]],
      ['LayoutSettings', [seed.layout]],
      ['ScriptSettings', [seed.scriptSettings]],
    ];
    for (const [name, records] of groups) {
      expect(records.length, name).toBeGreaterThan(0);
      for (const record of records) {
        expect(v.safeParse(MODEL_SCHEMAS[name], record).success, `${name} by the model`).toBe(true);
        expect(matches(name, record), `${name} ${ajv.errorsText()}`).toBe(true);
      }
    }
  });

  it('refuses what the model refuses, where JSON Schema can say it', () => {
    const page = createDemoSeed().customPages![0]!;
    const broken: Array<[ModelSchemaName, unknown]> = [
      ['CustomPage', { ...page, slug: 'Not A Slug' }],
      ['CustomPage', { ...page, validity: 'maybe' }],
      ['CustomPage', { ...page, content: {} }],
      ['CustomPage', { ...page, content: { 'not a language': { title: 'x', body: '' } } }],
      ['CustomPage', { ...page, version: 0 }],
      ['CustomPage', { ...page, updatedAt: 'yesterday' }],
      ['CustomPageInput', { internalTitle: '', slug: 'x', validity: 'valid', content: { en: { title: 'x', body: '' } } }],
      ['LayoutSettings', { ...createDemoSeed().layout, primaryColor: 'red; background: url(x)' }],
      ['Ticket', { ...createDemoSeed().tickets![0], stateType: 'archived' }],
    ];
    for (const [name, value] of broken) {
      expect(v.safeParse(MODEL_SCHEMAS[name], value).success, `${name} by the model: ${JSON.stringify(value).slice(0, 80)}`).toBe(false);
      expect(matches(name, value), `${name} by the document: ${JSON.stringify(value).slice(0, 80)}`).toBe(false);
    }
  });

  it('keeps case-insensitive patterns case-insensitive (JSON Schema has no flags)', () => {
    expect(caselessPattern('^[a-z0-9]+/[a-z]{2}$')).toBe('^[a-zA-Z0-9]+/[a-zA-Z]{2}$');
    expect(caselessPattern('^ab\\d$')).toBe('^[aA][bB]\\d$');
    const layout = createDemoSeed().layout!;
    expect(matches('LayoutSettings', { ...layout, primaryColor: '#1F6FEB' })).toBe(true);
    expect(matches('AssetReference', { id: 'a', url: 'x', mediaType: 'IMAGE/PNG', size: 1 })).toBe(true);
  });

  it('describes language tags as the model checks them', () => {
    const tags = ['en', 'de', 'pt-BR', 'PT-br', 'zh-Hant-TW', 'sr-Latn-RS', 'es-419', 'ar', '__proto__', 'constructor', 'x-private', 'en_US', '', 'en-', 'english'];
    for (const tag of tags) expect(ajv.validate(document.components.schemas.LanguageTag!, tag), tag).toBe(isLanguageTag(tag));
  });

  it('has a server handler for every operation, and no handler without an operation', () => {
    const operationIds = Object.values(document.paths).flatMap((item) => Object.values(item).map((operation) => operation.operationId)).filter(Boolean);
    const handlers = Object.keys(createHandlers({} as SqliteStore));
    expect([...handlers].sort()).toEqual([...operationIds].sort());
  });
});

describe('the contract checker used by the server tests', () => {
  it('catches responses that break the contract', async () => {
    const checker = await createContractChecker();
    const json = new Headers({ 'content-type': 'application/json', 'cache-control': 'no-store', etag: '"1"' });
    expect(checker.check('GET', '/admin/custom-pages/x', 200, json, JSON.stringify({ id: 'x' })).problems[0]).toMatch(/body: .*required property/);
    expect(checker.check('GET', '/admin/custom-pages/x', 418, json, '{}').problems[0]).toMatch(/status 418 is not declared/);
    expect(checker.check('GET', '/admin/nowhere', 200, json, '{}').problems[0]).toMatch(/no operation/);
    expect(checker.check('GET', '/admin/custom-pages', 200, new Headers({ 'content-type': 'application/json' }), '{"data":[],"total":0}').problems[0]).toMatch(/Cache-Control is missing/);
    expect(checker.check('GET', '/admin/custom-pages', 200, new Headers({ 'content-type': 'text/html', 'cache-control': 'no-store' }), '<p>').problems[0]).toMatch(/content type/);
    expect(checker.check('GET', '/admin/custom-pages', 200, new Headers({ 'content-type': 'application/json', 'cache-control': 'no-store' }), '{"data":[],"total":0}').problems).toEqual([]);
  });
});
