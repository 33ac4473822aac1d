import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { CONFIG_VARIABLES, loadConfig } from '../../lib/config';
import { ROOT } from '../../lib/paths';

const lines = readFileSync(join(ROOT, '.env.example'), 'utf8').split('\n');
const assignment = /^(#\s*)?([A-Z][A-Z0-9_]*)=(.*)$/;

it('.env.example lists exactly the variables the configuration schema reads, each once', () => {
  const listed = lines.map((line) => line.match(assignment)?.[2]).filter((name): name is string => name !== undefined);
  expect(new Set(listed).size).toBe(listed.length);
  expect([...listed].sort()).toEqual([...CONFIG_VARIABLES].sort());
});

it('its values, commented-out examples included, pass validation', () => {
  const env = Object.fromEntries(lines.map((line) => line.match(assignment)).filter((match) => match !== null).map((match) => [match![2]!, match![3]!]));
  expect(() => loadConfig(env)).not.toThrow();
});

it('a bad value of a new setting is refused at start, naming the variable', () => {
  expect(() => loadConfig({ REDIS_URL: 'http://not-redis' })).toThrow(/REDIS_URL/);
  expect(() => loadConfig({ DATABASE_READ_URL: 'mysql://x' })).toThrow(/DATABASE_READ_URL/);
  expect(() => loadConfig({ OTEL_EXPORTER_OTLP_ENDPOINT: 'collector:4318' })).toThrow(/OTEL_EXPORTER_OTLP_ENDPOINT/);
  expect(() => loadConfig({ LOG_FORMAT: 'xml' })).toThrow(/LOG_FORMAT/);
  expect(() => loadConfig({ RESPONSE_CACHE: 'maybe' })).toThrow(/RESPONSE_CACHE/);
});
