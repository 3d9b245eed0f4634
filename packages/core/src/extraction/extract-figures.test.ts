/** What a reviewer sees proposed from a report's prose: the figure, its words, its unit and period. */
import { describe, expect, it } from 'vitest';
import { extractionContext, readRepoFile } from '../testing/extraction-context.ts';
import { type ExtractionContext, extractFigures } from './extract-figures.ts';

const ctx = (extra: Partial<ExtractionContext> = {}): ExtractionContext => ({
  ...extractionContext(),
  ...extra,
});
const read = (text: string, extra: Partial<ExtractionContext> = {}) => extractFigures(text, ctx(extra));
const brief = (text: string, extra: Partial<ExtractionContext> = {}) =>
  read(text, extra).proposals.map((p) => ({
    kind: p.kind,
    indicatorKey: p.indicatorKey,
    value: Math.round(p.value * 100) / 100,
    qualifier: p.qualifier,
    period: p.period,
    unitId: p.unitId,
  }));

describe('numbers as a report writes them', () => {
  it('reads tỷ đồng, decimals with a comma and counts with leading zeros', () => {
    const text =
      'Năm 2023, tỉnh Sơn La: Doanh thu lĩnh vực viễn thông đạt 1.463 tỷ đồng; tỷ lệ TTHC được cung cấp trực tuyến đạt 98,5%; phát triển 07 trạm BTS 4G.';
    expect(brief(text)).toEqual([
      {
        kind: 'figure',
        indicatorKey: 'telecom_revenue',
        value: 1463,
        qualifier: 'exact',
        period: '2023',
        unitId: 'v63-14',
      },
      {
        kind: 'figure',
        indicatorKey: 'online_procedures',
        value: 98.5,
        qualifier: 'exact',
        period: '2023',
        unitId: 'v63-14',
      },
      {
        kind: 'figure',
        indicatorKey: 'bts_4g_added',
        value: 7,
        qualifier: 'exact',
        period: '2023',
        unitId: 'v63-14',
      },
    ]);
  });

  it('reads a fraction as a percentage and keeps its numerator and denominator', () => {
    const [p] = read('Năm 2023, tỉnh Sơn La có 212/216 bản được phủ sóng băng rộng di động.').proposals;
    expect(p).toMatchObject({ indicatorKey: 'villages_mobile_broadband', numerator: 212, denominator: 216 });
    expect(p?.value).toBeCloseTo(98.148, 3);
    expect(p?.quote).toBe('212/216 bản được phủ sóng băng rộng di động');
  });

  it('reads "100% (15/15)" and "09/09 nhiệm vụ (đạt 100%)" as one figure each', () => {
    const text =
      'Năm 2022, tỉnh Hà Giang có 100% (11/11) UBND cấp huyện triển khai Một cửa điện tử. Sở hoàn thành 09/09 nhiệm vụ được giao đúng thời hạn (đạt 100%).';
    expect(read(text).proposals.map((p) => [p.indicatorKey, p.value, p.numerator, p.denominator])).toEqual([
      ['one_stop_districts', 100, 11, 11],
      ['tasks_completed_on_time', 100, 9, 9],
    ]);
  });

  it('sums a list of documents issued', () => {
    const [p] = read(
      'Năm 2021, tỉnh Ninh Thuận ban hành 01 Nghị quyết, 01 Đề án, 27 Quyết định, 25 Kế hoạch.',
    ).proposals;
    expect(p).toMatchObject({
      indicatorKey: 'policy_documents_issued',
      value: 54,
      quote: '01 Nghị quyết, 01 Đề án, 27 Quyết định, 25 Kế hoạch',
    });
  });
});

describe('qualifiers', () => {
  it.each([
    ['trên 120 trạm BTS 4G', 'above'],
    ['hơn 120 trạm BTS 4G', 'above'],
    ['khoảng 120 trạm BTS 4G', 'about'],
    ['ước đạt 120 trạm BTS 4G', 'about'],
    ['gần 120 trạm BTS 4G', 'below'],
    ['dưới 120 trạm BTS 4G', 'below'],
    ['120 trạm BTS 4G', 'exact'],
  ])('"%s" is %s', (words, qualifier) => {
    const [p] = read(`Năm 2023, tỉnh Lai Châu phát triển ${words}.`).proposals;
    expect(p).toMatchObject({ value: 120, qualifier });
  });

  it('"gần 100%" is below 100, quoted with its word', () => {
    const [p] = read(
      'Năm 2023, tỉnh Sơn La có gần 100% văn bản trao đổi giữa các cơ quan dưới dạng điện tử.',
    ).proposals;
    expect(p).toMatchObject({
      indicatorKey: 'e_documents',
      value: 100,
      qualifier: 'below',
      quote: 'gần 100% văn bản trao đổi giữa các cơ quan',
    });
  });
});

describe('ranks and moves', () => {
  it('reads "đứng thứ 32/63" as rank 32 of 63', () => {
    const [p] = read('Chỉ số DTI năm 2022 của tỉnh Lào Cai đứng thứ 32/63.').proposals;
    expect(p).toMatchObject({
      indicatorKey: 'dti_rank',
      value: 32,
      rankedOf: 63,
      period: '2022',
      unitId: 'v63-10',
    });
  });

  it('gives the derived rank the same N as the edition it moved from, within one vintage', () => {
    const [, before] = read('Năm 2023, Chỉ số DTI của tỉnh Lào Cai xếp thứ 12/63, tăng 9 bậc.').proposals;
    expect(before).toMatchObject({ kind: 'derived', value: 21, rankedOf: 63, period: '2022' });
  });

  it('reads "tăng 9 bậc" as the previous year\'s rank, derived', () => {
    expect(brief('Năm 2023, Chỉ số DTI của tỉnh Lào Cai xếp thứ 12/63, tăng 9 bậc.')).toEqual([
      {
        kind: 'figure',
        indicatorKey: 'dti_rank',
        value: 12,
        qualifier: 'exact',
        period: '2023',
        unitId: 'v63-10',
      },
      {
        kind: 'derived',
        indicatorKey: 'dti_rank',
        value: 21,
        qualifier: 'exact',
        period: '2022',
        unitId: 'v63-10',
      },
    ]);
  });

  it('reads "giảm 2 bậc so với năm 2021" as the 2021 rank', () => {
    const derived = read(
      'Năm 2023, ICT Index của tỉnh Lào Cai xếp thứ 12/63, giảm 2 bậc so với năm 2021.',
    ).proposals.find((p) => p.kind === 'derived');
    expect(derived).toMatchObject({ indicatorKey: 'ict_index_rank', value: 10, period: '2021' });
  });

  it('reads "tăng 300.000 lượt so với năm 2018" as the 2018 figure, derived', () => {
    const derived = read(
      'Năm 2019, Cổng dịch vụ công thành phố Đà Nẵng có 1.250.000 lượt truy cập, tăng 300.000 lượt so với năm 2018.',
    ).proposals;
    expect(derived.map((p) => [p.kind, p.period, p.value])).toEqual([
      ['figure', '2019', 1_250_000],
      ['derived', '2018', 950_000],
    ]);
  });
});

describe('plans', () => {
  it('"phấn đấu đến năm 2025 đạt 80%" is a plan for 2025, never a figure', () => {
    expect(
      brief('Năm 2023, tỉnh Yên Bái phấn đấu đến năm 2025 đạt 80% hồ sơ được xử lý trực tuyến.'),
    ).toEqual([
      {
        kind: 'plan',
        indicatorKey: 'online_dossiers',
        value: 80,
        qualifier: 'exact',
        period: '2025',
        unitId: 'v34-15',
      },
    ]);
  });

  it('"vượt 8% so với kế hoạch" gives a derived plan for a flow, none for a rate', () => {
    const text =
      'Năm 2023, tỉnh Sơn La có 212/216 bản được phủ sóng băng rộng di động, vượt 82% so với kế hoạch đề ra. Doanh thu lĩnh vực viễn thông đạt 1.463 tỷ đồng, vượt 8% so với kế hoạch đề ra.';
    const plans = read(text).proposals.filter((p) => p.kind === 'plan');
    expect(plans).toHaveLength(1);
    expect(plans[0]).toMatchObject({
      indicatorKey: 'telecom_revenue',
      period: '2023',
      derivedFromClaim: true,
    });
    expect(plans[0]?.value).toBeCloseTo(1354.63, 2);
  });
});

describe('periods', () => {
  it.each([
    ['năm 2023', '2023'],
    ['6 tháng đầu năm 2024', '2024-H1'],
    ['6 tháng cuối năm 2024', '2024-H2'],
    ['quý III/2022', '2022-Q3'],
    ['quý 3 năm 2022', '2022-Q3'],
    ['tháng 10/2025', '2025-10'],
    ['9 tháng năm 2023', '2023-Q3'],
  ])('"%s" is %s', (words, period) => {
    expect(read(`BÁO CÁO kết quả ${words} của tỉnh Sơn La: 07 trạm BTS 4G.`).period).toBe(period);
  });

  it('marks nine months as running from January', () => {
    const [p] = read('Trong 9 tháng năm 2023, tỉnh Sơn La phát triển 07 trạm BTS 4G.').proposals;
    expect(p).toMatchObject({ period: '2023-Q3', cumulativeFrom: '2023-01' });
  });

  it("takes the heading's period, not the next year's plans", () => {
    expect(read('Tổng kết năm 2021 và phương hướng nhiệm vụ năm 2022 của tỉnh Ninh Thuận').period).toBe(
      '2021',
    );
  });

  it("falls back to the context's period", () => {
    expect(read('Tỉnh Sơn La phát triển 07 trạm BTS 4G.', { period: '2024-H1' }).proposals[0]?.period).toBe(
      '2024-H1',
    );
  });
});

describe('provinces', () => {
  it.each([
    ['tỉnh Quảng Bình', '2021', 'v63-44'],
    ['tỉnh Quảng Trị', '2021', 'v63-45'],
    ['tỉnh Quảng Trị', '2025-10', 'v34-44'],
    ['tỉnh Quảng Bình (cũ)', '2025-10', 'v34-44'],
    ['tỉnh Bắc Giang', '2023', 'v63-24'],
    ['tỉnh Bắc Ninh', '2023', 'v63-27'],
    ['tỉnh Bắc Ninh', '2025-10', 'v34-24'],
    ['Thừa Thiên Huế', '2022', 'v63-46'],
    ['Thanh Hoa', '2022', 'v63-38'],
  ])('%s in %s is %s', (name, period, unitId) => {
    expect(read(`Sở TTTT ${name} báo cáo.`, { period }).unitId).toBe(unitId);
  });

  it("falls back to the staff member's own unit, moved to the period's vintage", () => {
    expect(read('Năm 2023, toàn tỉnh có 07 trạm BTS 4G.', { unitId: 'v63-14' }).unitId).toBe('v63-14');
    expect(read('Năm 2023, toàn tỉnh có 07 trạm BTS 4G.', { unitId: 'v34-14' }).unitId).toBe('v63-14');
  });

  it('reads the province from the web address when the text says no name', () => {
    expect(read('(sonla.gov.vn) Năm 2023 toàn tỉnh có 07 trạm BTS 4G.').unitId).toBe('v63-14');
  });
});

describe('never a figure', () => {
  it.each([
    'Ngày 10/01/2024, tỉnh Sơn La tổng kết năm 2023 về trạm BTS 4G.',
    'Thực hiện Quyết định số 749/QĐ-TTg về trạm BTS 4G của tỉnh Sơn La năm 2023.',
    'Kế hoạch số 125/KH-UBND năm 2023 của tỉnh Sơn La về cáp quang.',
    'Năm 2023, liên hệ tỉnh Sơn La về trạm BTS 4G qua số 0212 3852 123.',
    'Tỉnh Sơn La giai đoạn 2021 - 2025 phát triển trạm BTS 4G, năm 2023.',
    'Năm 2023, tổng kinh phí 12,5 tỷ đồng cho 04 lớp tập huấn của tỉnh Sơn La.',
    'Năm 2023, tỉnh Sơn La đẩy mạnh phát triển trạm BTS 4G và cáp quang.',
    'Năm 2023, tỉnh Sơn La cung cấp dịch vụ công trực tuyến mức độ 3, 4.',
  ])('%s', (text) => {
    expect(read(text).proposals).toEqual([]);
  });
});

describe('the seed reports', () => {
  it('reads Sơn La 2023 as the reference table lists it', () => {
    const result = read(readRepoFile('data/seeds/003_5a89764e27854e64.txt'));
    expect(result).toMatchObject({ unitId: 'v63-14', period: '2023' });
    expect(
      result.proposals.map(
        (p) => `${p.kind} ${p.period} ${p.indicatorKey} ${Math.round(p.value * 100) / 100} ${p.qualifier}`,
      ),
    ).toEqual([
      'figure 2023 villages_mobile_broadband 98.15 exact',
      'figure 2023 communes_fibre 100 exact',
      'figure 2023 communes_4g 100 exact',
      'figure 2023 telecom_revenue 1463 exact',
      'plan 2023 telecom_revenue 1354.63 exact',
      'figure 2023 e_documents 100 below',
      'plan 2024 villages_mobile_broadband 100 exact',
    ]);
  });
});
