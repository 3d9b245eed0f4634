/** Settings from the environment, validated once at start so a typo fails loudly. */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';

const DEFAULT_DATABASE = fileURLToPath(new URL('../../../data/cds.sqlite', import.meta.url));

const schema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  DATABASE_PATH: z.string().min(1).default(DEFAULT_DATABASE),
  DATABASE_URL: z.string().url().optional(),
  DEMO_DATA: z.enum(['on', 'off']).default('on'),
});

export interface Config {
  port: number;
  host: string;
  databasePath: string;
  databaseUrl: string | undefined;
  demoData: boolean;
}

export function loadConfig(env: Record<string, string | undefined>): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
    throw new Error(`invalid configuration: ${issues}`);
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    host: e.HOST,
    databasePath: e.DATABASE_PATH,
    databaseUrl: e.DATABASE_URL,
    demoData: e.DEMO_DATA === 'on',
  };
}
