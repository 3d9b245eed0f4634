/** Settings from the environment, validated once at start so a typo fails loudly. */
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { passwordProblem } from './auth/password-policy.ts';

const DEFAULT_DATABASE = fileURLToPath(new URL('../../../data/cds.sqlite', import.meta.url));

const onOff = z.enum(['on', 'off']);

const schema = z
  .object({
    PORT: z.coerce.number().int().min(0).max(65535).default(8080),
    HOST: z.string().min(1).default('127.0.0.1'),
    DATABASE_PATH: z.string().min(1).default(DEFAULT_DATABASE),
    DATABASE_URL: z.string().url().optional(),
    DEMO_DATA: onOff.default('on'),
    /** The last month of generated demo figures (default: the month before the first start). */
    DEMO_LAST_MONTH: z
      .string()
      .regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'must be a month: YYYY-MM')
      .optional(),
    /** Start the clock at this moment (tests, demos): an ISO date-time with its offset. */
    NOW: z
      .string()
      .regex(
        /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:\d{2})$/,
        'must be a moment with its offset: 2026-12-03T09:00+07:00',
      )
      .refine((v) => !Number.isNaN(Date.parse(v)), 'not a real date and time')
      .optional(),
    PUBLIC_READ: onOff.default('off'),
    ADMIN_LOGIN: z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9][a-z0-9._-]{2,63}$/, 'must be 3–64 characters: a–z, digits, dot, dash, underscore')
      .default('admin'),
    ADMIN_PASSWORD: z.string().optional(),
    SECURE_COOKIES: z.enum(['auto', 'on', 'off']).default('auto'),
    TRUST_PROXY: onOff.default('off'),
  })
  .superRefine((e, ctx) => {
    const problem = e.ADMIN_PASSWORD ? passwordProblem(e.ADMIN_PASSWORD, e.ADMIN_LOGIN) : null;
    if (problem) ctx.addIssue({ code: 'custom', path: ['ADMIN_PASSWORD'], message: problem.en });
  });

export interface Config {
  port: number;
  host: string;
  databasePath: string;
  databaseUrl: string | undefined;
  demoData: boolean;
  demoLastMonth: string | undefined;
  /** Where the server's clock starts (NOW); undefined: the system clock. */
  now: Date | undefined;
  /** Whether anonymous visitors may read published figures. */
  publicRead: boolean;
  adminLogin: string;
  adminPassword: string | undefined;
  /** undefined: Secure exactly when the request came over HTTPS. */
  secureCookies: boolean | undefined;
  /** Believe X-Forwarded-For / X-Forwarded-Proto (only behind a reverse proxy that sets them). */
  trustProxy: boolean;
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
    demoLastMonth: e.DEMO_LAST_MONTH,
    now: e.NOW ? new Date(e.NOW) : undefined,
    publicRead: e.PUBLIC_READ === 'on',
    adminLogin: e.ADMIN_LOGIN,
    adminPassword: e.ADMIN_PASSWORD || undefined,
    secureCookies: e.SECURE_COOKIES === 'auto' ? undefined : e.SECURE_COOKIES === 'on',
    trustProxy: e.TRUST_PROXY === 'on',
  };
}
