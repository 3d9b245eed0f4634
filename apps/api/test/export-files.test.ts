/**
 * The figures export as a user opens it: numbers as the screen shows them (a plan derived from
 * "vượt 8% so với kế hoạch" is 1354.63, not 1354.6296296296296), in CSV and XLSX alike, and
 * text a spreadsheet would run as a formula defused.
 */
import { SHOWN_DECIMALS } from '@cds/core';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../src/seed/demo-accounts.ts';
import { login } from './helpers/requests.ts';
import { type Seeded, seededApp } from './helpers/seeded-app.ts';
import { type Client, signIn } from './helpers/sign-in.ts';

let s: Seeded;
let sonla: Client;
let viewer: string;

beforeAll(async () => {
  s = await seededApp();
  sonla = await signIn(s.app, 'demo.sonla');
  viewer = await login(s.app, 'demo.viewer', DEMO_PASSWORD);
});

/** A file as the viewer downloads it (exports need a signed-in user). */
const download = (path: string) => s.app.request(path, { headers: { Cookie: viewer } });

async function csv(path: string): Promise<string[][]> {
  const response = await download(path);
  expect(response.status).toBe(200);
  const text = (await response.text()).replace(/^\uFEFF/, '');
  return Papa.parse<string[]>(text, { skipEmptyLines: true }).data;
}

const COLUMN = { indicator: 3, kind: 5, value: 6, numerator: 7, denominator: 8, source: 10 };

describe('the figures export', () => {
  it("writes Sơn La's 2023 figures and the plans derived from them as the screen shows them", async () => {
    const table = await csv('/api/exports/figures?format=csv&unit=v63-14&periodType=year&from=2023&to=2023');
    const row = (indicator: string, kind: string) =>
      table.find((r) => r[COLUMN.indicator] === indicator && r[COLUMN.kind] === kind);
    // 1.463 tỷ đồng "vượt 8% so với kế hoạch": the plan is 1463 / 1.08.
    expect(row('telecom_revenue', 'Kế hoạch (suy ra)')?.[COLUMN.value]).toBe('1354.63');
    // 212/216 bản "vượt 82% so với kế hoạch" gives no plan for a percentage (53,93% would be nonsense).
    expect(row('villages_mobile_broadband', 'Kế hoạch (suy ra)')).toBeUndefined();
    expect(row('villages_mobile_broadband', 'Số liệu')?.slice(COLUMN.value, COLUMN.denominator + 1)).toEqual([
      '98.15',
      '212',
      '216',
    ]);
  });

  it('never holds more decimals than the screen, demo figures and derived plans included', async () => {
    const table = await csv('/api/exports/figures?format=csv&unit=v34-14,v63-14&periodType=year');
    expect(table.length).toBeGreaterThan(50);
    const units = new Map(
      (await sonla.get('/api/indicators')).body.indicators.map((i: { key: string; unit: string }) => [
        i.key,
        i.unit,
      ]),
    );
    const tooLong = table.slice(1).filter((r) => {
      const decimals = (r[COLUMN.value] ?? '').split('.')[1]?.length ?? 0;
      return decimals > SHOWN_DECIMALS[units.get(r[COLUMN.indicator] ?? '') as keyof typeof SHOWN_DECIMALS];
    });
    expect(tooLong).toEqual([]);
  });

  it('writes the same rounded numbers, as numbers, in the XLSX file', async () => {
    const response = await download(
      '/api/exports/figures?format=xlsx&unit=v63-14&periodType=year&from=2023&to=2023',
    );
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await response.arrayBuffer());
    const values = book.worksheets[0]
      ?.getSheetValues()
      .filter((r): r is ExcelJS.CellValue[] => Array.isArray(r))
      .filter((r) => r[COLUMN.indicator + 1] === 'telecom_revenue')
      .map((r) => r[COLUMN.value + 1]);
    expect(values).toEqual(expect.arrayContaining([1463, 1354.63]));
  });

  it("defuses a source a spreadsheet would run as a formula, as the web's downloads do", async () => {
    const source = '=HYPERLINK("http://example.invalid","Báo cáo")';
    const created = await sonla.send('POST', '/api/targets', {
      unitId: 'v34-14',
      indicatorKey: 'bts_4g_added',
      period: '2031',
      value: 40,
      source,
    });
    expect(created.status).toBe(201);
    const table = await csv('/api/exports/figures?format=csv&unit=v34-14&periodType=year&from=2031&to=2031');
    const plan = table.find((r) => r[COLUMN.indicator] === 'bts_4g_added');
    expect(plan?.[COLUMN.source]).toBe(`'${source}`);
  });
});
