import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { UsageError } from '../../src/errors.js';
import { createValidator, resolveSchemaLocations } from '../../src/schema/index.js';
import { expandLocation } from '../../src/schema/location-template.js';
import { freshRegistry, manifests, yaml } from './helpers.js';

const input = { apiVersion: 'sagemaker.aws.amazon.com/v1', kind: 'TrainingJob', kubeVersion: '1.36', strict: true };

describe('kubeconform location templates', () => {
  it.each([
    ['{{ .ResourceKind }}{{ .KindSuffix }}.json', 'trainingjob-sagemaker-v1.json'],
    ['{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json', 'sagemaker.aws.amazon.com/trainingjob_v1.json'],
    ['x/{{ .NormalizedKubernetesVersion }}-standalone{{ .StrictSuffix }}/{{ .ResourceKind }}.json', 'x/v1.36.0-standalone-strict/trainingjob.json'],
    ['schemas', 'schemas/v1.36.0-standalone-strict/trainingjob-sagemaker-v1.json'],
    ['https://example.com/schemas/', 'https://example.com/schemas/v1.36.0-standalone-strict/trainingjob-sagemaker-v1.json'],
  ])('%s → %s', (template, expected) => {
    expect(expandLocation(template, input)).toBe(expected);
  });

  it('gives the core group kubeconform\'s values', () => {
    const core = { ...input, apiVersion: 'v1', kind: 'Service', kubeVersion: '1.30.2', strict: false };
    expect(expandLocation('{{.Group}}|{{.ResourceAPIVersion}}|{{.KindSuffix}}|{{.NormalizedKubernetesVersion}}|{{.StrictSuffix}}.json', core)).toBe(
      'v1|v1|-v1|v1.30.2|.json',
    );
  });

  it('rejects unknown template fields as a usage error', () => {
    expect(() => expandLocation('{{ .Nope }}.json', input)).toThrow(UsageError);
  });
});

const WIDGET = yaml(`
  apiVersion: example.com/v1
  kind: Widget
  metadata: {name: w}
  spec: {size: 3}
`);
const SCHEMA = JSON.stringify({
  type: 'object',
  properties: { spec: { type: 'object', properties: { size: { type: 'string' } } } },
});

describe('resolveSchemaLocations', () => {
  const dir = mkdtempSync(path.join(tmpdir(), 'kubeplan-locations-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  async function run(locations: string[], fetchFn?: typeof fetch) {
    const registry = freshRegistry();
    const ms = manifests(WIDGET);
    const problems = await resolveSchemaLocations(registry, ms, { locations, cwd: dir, ...(fetchFn ? { fetch: fetchFn } : {}) });
    return { registry, problems, findings: createValidator(registry).validate(ms[0]!) };
  }

  it('reads a template relative to cwd and validates against the schema found', async () => {
    mkdirSync(path.join(dir, 'example.com'), { recursive: true });
    writeFileSync(path.join(dir, 'example.com', 'widget_v1.json'), SCHEMA);
    const { registry, problems, findings } = await run(['missing/{{.ResourceKind}}.json', '{{.Group}}/{{.ResourceKind}}_{{.ResourceAPIVersion}}.json']);
    expect(problems).toEqual([]);
    expect(registry.lookup('example.com/v1', 'Widget')).toMatchObject({ source: 'schema-location', origin: 'example.com/widget_v1.json' });
    expect(findings.map((d) => d.message)).toEqual(['spec.size: expected string, got number 3; quote it: "3"']);
  });

  it('fetches URLs only through the given fetch, treating 404 as "not here"', async () => {
    const asked: string[] = [];
    const fakeFetch = (async (url: string | URL | Request) => {
      asked.push(String(url));
      return String(url).includes('/a/') ? new Response('nope', { status: 404 }) : new Response(SCHEMA, { status: 200 });
    }) as typeof fetch;
    const { findings, problems } = await run(['https://s.example/a/{{.ResourceKind}}.json', 'https://s.example/b/{{.ResourceKind}}.json'], fakeFetch);
    expect(asked).toEqual(['https://s.example/a/widget.json', 'https://s.example/b/widget.json']);
    expect(problems).toEqual([]);
    expect(findings.map((d) => d.rule)).toEqual(['schema-type']);
  });

  it('reports unreadable schemas once, on the first object that needed them', async () => {
    writeFileSync(path.join(dir, 'broken.json'), '{ not json');
    const { problems, findings } = await run(['broken.json']);
    expect(problems.map((d) => `${d.rule} ${d.severity} ${d.path}`)).toEqual(['schema-invalid warning kind']);
    expect(problems[0]!.message).toMatch(/^cannot read the schema broken\.json: /);
    expect(findings.map((d) => d.rule)).toEqual(['schema-missing']);
  });

  it('applies a single schema file to the kinds it names, or to any kind when it names none', async () => {
    writeFileSync(path.join(dir, 'gadget_v1.json'), SCHEMA);
    writeFileSync(path.join(dir, 'anything.json'), SCHEMA);
    writeFileSync(path.join(dir, 'enum.json'), JSON.stringify({ properties: { kind: { enum: ['Gadget'] } } }));
    expect((await run(['gadget_v1.json'])).findings.map((d) => d.rule)).toEqual(['schema-missing']);
    expect((await run(['enum.json'])).findings.map((d) => d.rule)).toEqual(['schema-missing']);
    expect((await run(['gadget_v1.json', 'anything.json'])).findings.map((d) => d.rule)).toEqual(['schema-type']);
  });

  it('never looks up built-in kinds, and ignores `default`', async () => {
    const registry = freshRegistry();
    const fakeFetch = (async () => {
      throw new Error('no network expected');
    }) as typeof fetch;
    const ms = manifests('apiVersion: v1\nkind: ConfigMap\nmetadata: {name: c}\n');
    expect(await resolveSchemaLocations(registry, ms, { locations: ['default', 'https://x.example/{{.ResourceKind}}.json'], fetch: fakeFetch })).toEqual([]);
  });
});
