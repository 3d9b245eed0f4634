/**
 * Every screen's path, what it reads from the URL and what it loads before it shows.
 *
 * | path                      | screen                                   | search                         |
 * |---------------------------|------------------------------------------|--------------------------------|
 * | `/`                       | redirects to the user's province, latest | (links of the first version)   |
 * | `/tinh/$unitId`           | a province's indicators for a period     | `ky`, `chi-tieu`, `xem`, `tu`  |
 * | `/tinh/$unitId/ban-in`    | a province's period report, one A4 page  | `ky`, `xem`                    |
 * | `/xep-hang/$indicator`    | every province ranked on one indicator   | `ky`, `xem`, `tinh`            |
 * | `/so-sanh`                | provinces side by side over time         | `tinh`, `chi-tieu`, `loai`, `tu-ky`, `den-ky`, `ky`, `xem`, `goc` |
 * | `/bao-cao`                | a staff member's reports: periods due    |                                |
 * | `/bao-cao/tu-bao-cao`     | figures read from a report, to confirm   | `tinh`                         |
 * | `/bao-cao/$unitId/$period`| one period's report, as one form         |                                |
 * | `/duyet`                  | reports sent for review (reviewers)      |                                |
 * | `/duyet/$unitId/$period`  | one report's figures, decided as one     |                                |
 * | `/nhap-lieu`              | (first version) → `/duyet` or `/bao-cao` |                                |
 * | `/quan-tri/nguoi-dung`    | user accounts (administrators)           |                                |
 * | `/dang-nhap`              | sign in                                  | `tiep`                         |
 *
 * `?lang=en` works on every path and is kept from page to page. Paths are Vietnamese and stable:
 * people paste them into reports. Page components load with their route (code splitting); the
 * loaders fetch the reference data through the query cache (`ensureQueryData`)
 * and start the figures, so a page opens at once and a link hovered is already loading.
 */
import {
  indicatorKeySchema,
  parsePeriod,
  periodKeySchema,
  unitIdSchema,
  unitInVintage,
  type View,
  viewSchema,
  vintageOfPeriod,
} from '@cds/core';
import type { QueryClient } from '@tanstack/react-query';
import {
  createRootRouteWithContext,
  createRoute,
  lazyRouteComponent,
  notFound,
  redirect,
  retainSearchParams,
} from '@tanstack/react-router';
import { briefingQuery } from '../features/briefing/briefing-queries.ts';
import { rankingQuery } from '../features/national-picture/national-picture-queries.ts';
import { lastViewedProvince } from '../features/overview/last-viewed.ts';
import { summaryQuery } from '../features/overview/overview-queries.ts';
import {
  inboxQuery,
  periodFormQuery,
  submissionQuery,
  submissionsQuery,
} from '../features/reporting/reporting-queries.ts';
import { ProvinceRoute } from '../routes/province-route.tsx';
import { indicatorsQuery, metaQuery, unitsQuery } from '../shared/reference/reference-queries.ts';
import { sessionQuery } from '../shared/session/use-session.ts';
import { AppShell } from '../shell/app-shell.tsx';
import {
  NoFiguresState,
  NotFoundState,
  RouteErrorState,
  UnknownIndicatorState,
  UnknownProvinceState,
} from './route-states.tsx';
import {
  compareSearchSchema,
  completenessSearchSchema,
  extractionSearchSchema,
  importSearchSchema,
  legacySearchSchema,
  loginSearchSchema,
  plansSearchSchema,
  printSearchSchema,
  provinceSearchSchema,
  rankingSearchSchema,
  rootSearchSchema,
} from './search-params.ts';

export interface RouterContext {
  queryClient: QueryClient;
}

/** The indicator a ranking opens on when none is named. */
export const DEFAULT_RANKING_INDICATOR = 'villages_mobile_broadband';

const rootRoute = createRootRouteWithContext<RouterContext>()({
  validateSearch: rootSearchSchema,
  search: { middlewares: [retainSearchParams(['lang'])] },
  beforeLoad: async ({ context: { queryClient }, location }) => {
    const [meta, session] = await Promise.all([
      queryClient.ensureQueryData(metaQuery()),
      queryClient.ensureQueryData(sessionQuery()),
    ]);
    // A server without public reads shows nothing but the sign-in page until someone signs in.
    if (!meta.publicRead && !session.user && location.pathname !== '/dang-nhap') {
      throw redirect({ to: '/dang-nhap', search: { tiep: location.href } });
    }
    // The reference data every page reads, both asked for at once as soon as they may be read
    // (kept for the session: later pages find them at once).
    if (meta.publicRead || session.user) {
      void queryClient.prefetchQuery(unitsQuery());
      void queryClient.prefetchQuery(indicatorsQuery());
    }
    return { meta, user: session.user };
  },
  component: AppShell,
  errorComponent: RouteErrorState,
  notFoundComponent: NotFoundState,
});

const indexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/',
  validateSearch: legacySearchSchema,
  // The signed-in user's own province (their first assignment to one), else the one this browser
  // last opened, else the featured one: as today's province, on its latest period with figures
  // (the province route asks the briefing API for it). Never a fixed year.
  beforeLoad: async ({ context: { meta, user, queryClient }, search }) => {
    const legacy = legacyRedirect(search);
    if (legacy) throw legacy;
    const { units } = await queryClient.ensureQueryData(unitsQuery());
    const candidates = [
      user?.assignments.find((a) => a.unitId !== null)?.unitId,
      lastViewedProvince(),
      meta.featured?.unitId,
    ];
    const unit = candidates.flatMap((id) => units.filter((u) => u.id === id))[0];
    if (unit) {
      throw redirect({
        to: '/tinh/$unitId',
        params: { unitId: unitInVintage(unit, 34) },
        search: { lang: search.lang === 'en' ? 'en' : undefined },
        replace: true,
      });
    }
  },
  // Reached only when there is nothing to feature: a database without figures.
  component: NoFiguresState,
});

const provinceRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tinh/$unitId',
  validateSearch: provinceSearchSchema,
  beforeLoad: async ({ context: { queryClient, meta }, params, search }) => {
    const units = await queryClient.ensureQueryData(unitsQuery());
    const requested = units.units.find((u) => u.id === params.unitId);
    if (!requested) throw notFound();
    // No period asked for: the latest with figures for the province, as the briefing API says
    // (its answer is kept under the period's key, so the page does not ask again). The address
    // stays without one: a bookmark of `/tinh/v34-14` always opens the current period.
    const view = search.xem ?? 'reported';
    const latest = search.ky
      ? null
      : await queryClient
          .ensureQueryData(briefingQuery(requested.id, undefined, view))
          .then((briefing) => {
            queryClient.setQueryData(briefingQuery(requested.id, briefing.period, view).queryKey, briefing);
            return briefing.period;
          })
          .catch(() => meta.featured?.period ?? null);
    const period = parsePeriod(search.ky ?? latest ?? '');
    if (!period) return { period: null };
    // A province asked for in a period of the other vintage opens as the unit it was or became
    // part of (Bắc Kạn in 2026 is Thái Nguyên), and the page says so (`tu`).
    const vintage = search.xem === 'restated' ? 34 : vintageOfPeriod(period);
    const unitId = unitInVintage(requested, vintage);
    if (unitId !== requested.id) {
      throw redirect({
        to: '/tinh/$unitId',
        params: { unitId },
        search: { ...search, tu: requested.id },
        replace: true,
      });
    }
    return { period };
  },
  loaderDeps: ({ search }) => ({ ky: search.ky, view: (search.xem ?? 'reported') as View }),
  loader: async ({ context: { queryClient, period }, params, deps }) => {
    // The figures start loading with the page's code but are not waited for: the page opens at
    // once with the province's heading and shows its cards when they come (a failure is the
    // page's to show, with a retry).
    if (period) {
      void queryClient.prefetchQuery(summaryQuery(params.unitId, period.key, deps.view));
      void queryClient.prefetchQuery(briefingQuery(params.unitId, period.key, deps.view));
    }
    await queryClient.ensureQueryData(indicatorsQuery());
  },
  // Not lazy: the province page is the first screen (`/` opens one), so its code comes with the
  // app's, in parallel from the page's first request, instead of after the briefing.
  component: ProvinceRoute,
  notFoundComponent: UnknownProvinceState,
});

const rankingIndexRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/xep-hang',
  beforeLoad: () => {
    throw redirect({ to: '/xep-hang/$indicator', params: { indicator: DEFAULT_RANKING_INDICATOR } });
  },
});

const rankingRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/xep-hang/$indicator',
  validateSearch: rankingSearchSchema,
  beforeLoad: async ({ context: { queryClient }, params }) => {
    const { indicators } = await queryClient.ensureQueryData(indicatorsQuery());
    if (!indicators.some((i) => i.key === params.indicator)) throw notFound();
  },
  loaderDeps: ({ search }) => ({ ky: search.ky, view: (search.xem ?? 'reported') as View }),
  // Without `ky` the API answers the latest period with figures for the indicator (and names it):
  // the address stays without a period, so a bookmark stays current.
  loader: ({ context: { queryClient }, params, deps }) => {
    void queryClient.prefetchQuery(rankingQuery(params.indicator, deps.ky, deps.view));
  },
  component: lazyRouteComponent(
    () => import('../features/national-picture/national-picture-page.tsx'),
    'NationalPicturePage',
  ),
  notFoundComponent: UnknownIndicatorState,
});

/** A province's period report for a meeting: one printable A4 page (`features/briefing/`). */
const printRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/tinh/$unitId/ban-in',
  validateSearch: printSearchSchema,
  loader: async ({ context: { queryClient } }) => {
    await Promise.all([
      queryClient.ensureQueryData(indicatorsQuery()),
      queryClient.ensureQueryData(unitsQuery()),
    ]);
  },
  component: lazyRouteComponent(() => import('../features/briefing/print-page.tsx'), 'PrintPage'),
  notFoundComponent: UnknownProvinceState,
});

const compareRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/so-sanh',
  validateSearch: compareSearchSchema,
  loader: async ({ context: { queryClient } }) => {
    await Promise.all([
      queryClient.ensureQueryData(indicatorsQuery()),
      queryClient.ensureQueryData(unitsQuery()),
    ]);
  },
  component: lazyRouteComponent(() => import('../features/compare/compare-page.tsx'), 'ComparePage'),
});

/** Screens for signed-in users only send anyone else to sign in, and back here afterwards. */
function requireSignIn({ context, location }: { context: { user: unknown }; location: { href: string } }) {
  if (!context.user) throw redirect({ to: '/dang-nhap', search: { tiep: location.href } });
}

/** A report's path names a province and a period the API knows how to read; anything else is no page. */
function requireReportParams({ params }: { params: { unitId: string; period: string } }) {
  if (!unitIdSchema.safeParse(params.unitId).success || !parsePeriod(params.period)) throw notFound();
}

const inboxRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bao-cao',
  beforeLoad: requireSignIn,
  loader: async ({ context: { queryClient } }) => {
    void queryClient.prefetchQuery(inboxQuery());
    await Promise.all([
      queryClient.ensureQueryData(indicatorsQuery()),
      queryClient.ensureQueryData(unitsQuery()),
    ]);
  },
  component: lazyRouteComponent(() => import('../features/reporting/inbox-page.tsx'), 'InboxPage'),
});

const importRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bao-cao/nhap-tep',
  validateSearch: importSearchSchema,
  beforeLoad: requireSignIn,
  loader: async ({ context: { queryClient } }) => {
    await Promise.all([
      queryClient.ensureQueryData(indicatorsQuery()),
      queryClient.ensureQueryData(unitsQuery()),
    ]);
  },
  component: lazyRouteComponent(() => import('../features/importing/import-page.tsx'), 'ImportPage'),
});

const extractionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bao-cao/tu-bao-cao',
  validateSearch: extractionSearchSchema,
  beforeLoad: requireSignIn,
  loader: async ({ context: { queryClient } }) => {
    await Promise.all([
      queryClient.ensureQueryData(indicatorsQuery()),
      queryClient.ensureQueryData(unitsQuery()),
    ]);
  },
  component: lazyRouteComponent(() => import('../features/extraction/extraction-page.tsx'), 'ExtractionPage'),
});

const completenessRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bao-cao/tien-do',
  validateSearch: completenessSearchSchema,
  beforeLoad: requireSignIn,
  loader: async ({ context: { queryClient } }) => {
    await queryClient.ensureQueryData(unitsQuery());
  },
  component: lazyRouteComponent(
    () => import('../features/completeness/completeness-page.tsx'),
    'CompletenessPage',
  ),
});

const plansRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bao-cao/ke-hoach',
  validateSearch: plansSearchSchema,
  beforeLoad: requireSignIn,
  loader: async ({ context: { queryClient } }) => {
    await Promise.all([
      queryClient.ensureQueryData(indicatorsQuery()),
      queryClient.ensureQueryData(unitsQuery()),
    ]);
  },
  component: lazyRouteComponent(() => import('../features/plans/plans-page.tsx'), 'PlansPage'),
});

const periodFormRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/bao-cao/$unitId/$period',
  beforeLoad: (options) => {
    requireSignIn(options);
    requireReportParams(options);
  },
  loader: async ({ context: { queryClient }, params }) => {
    void queryClient.prefetchQuery(periodFormQuery(params.unitId, params.period));
    await Promise.all([
      queryClient.ensureQueryData(indicatorsQuery()),
      queryClient.ensureQueryData(unitsQuery()),
    ]);
  },
  component: lazyRouteComponent(() => import('../features/reporting/period-form-page.tsx'), 'PeriodFormPage'),
});

const reviewListRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/duyet',
  beforeLoad: requireSignIn,
  loader: async ({ context: { queryClient } }) => {
    void queryClient.prefetchQuery(submissionsQuery());
    await queryClient.ensureQueryData(unitsQuery());
  },
  component: lazyRouteComponent(() => import('../features/reporting/review-list-page.tsx'), 'ReviewListPage'),
});

const submissionRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/duyet/$unitId/$period',
  beforeLoad: (options) => {
    requireSignIn(options);
    requireReportParams(options);
  },
  loader: async ({ context: { queryClient }, params }) => {
    void queryClient.prefetchQuery(submissionQuery(params.unitId, params.period));
    await Promise.all([
      queryClient.ensureQueryData(indicatorsQuery()),
      queryClient.ensureQueryData(unitsQuery()),
    ]);
  },
  component: lazyRouteComponent(() => import('../features/reporting/submission-page.tsx'), 'SubmissionPage'),
});

/**
 * The first version's page of single entries: a period's report and its review replace it.
 * Reviewers go to what waits for them, everyone else to their reports.
 */
const entriesRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/nhap-lieu',
  beforeLoad: (options) => {
    requireSignIn(options);
    const { user } = options.context;
    const reviews = !!user?.assignments.some((a) => a.role === 'reviewer' || a.role === 'admin');
    throw redirect({ to: reviews ? '/duyet' : '/bao-cao', replace: true });
  },
});

const usersRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/quan-tri/nguoi-dung',
  beforeLoad: requireSignIn,
  component: lazyRouteComponent(() => import('../features/admin/users-page.tsx'), 'UsersPage'),
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/dang-nhap',
  validateSearch: loginSearchSchema,
  beforeLoad: ({ context: { user }, search }) => {
    // Signed in already: the sign-in page has nothing to offer.
    if (user) throw redirect({ href: search.tiep ?? '/', replace: true });
  },
  component: lazyRouteComponent(() => import('../routes/login-route.tsx'), 'LoginRoute'),
});

export const routeTree = rootRoute.addChildren([
  indexRoute,
  provinceRoute,
  printRoute,
  rankingIndexRoute,
  rankingRoute,
  compareRoute,
  inboxRoute,
  importRoute,
  extractionRoute,
  completenessRoute,
  plansRoute,
  periodFormRoute,
  reviewListRoute,
  submissionRoute,
  entriesRoute,
  usersRoute,
  loginRoute,
]);

/** The first version's `?page=…&unit=…&period=…` links, sent to the same view at its path. */
function legacyRedirect(search: Record<string, string | undefined>) {
  const ky = periodKeySchema.safeParse(search.period).data;
  const xem = viewSchema.safeParse(search.view).data;
  const lang = search.lang === 'en' ? ('en' as const) : undefined;
  if (search.page === 'rankings') {
    return redirect({
      to: '/xep-hang/$indicator',
      params: { indicator: search.indicator ?? DEFAULT_RANKING_INDICATOR },
      search: { ky, xem, tinh: unitIdSchema.safeParse(search.unit).data, lang },
      replace: true,
    });
  }
  if (search.page === 'login') return redirect({ to: '/dang-nhap', search: { lang }, replace: true });
  if (search.page === 'entries') return redirect({ to: '/nhap-lieu', search: { lang }, replace: true });
  if (search.page === 'admin')
    return redirect({ to: '/quan-tri/nguoi-dung', search: { lang }, replace: true });
  const unitId = unitIdSchema.safeParse(search.unit).data;
  if (unitId) {
    return redirect({
      to: '/tinh/$unitId',
      params: { unitId },
      search: { ky, xem, 'chi-tieu': indicatorKeySchema.safeParse(search.indicator).data, lang },
      replace: true,
    });
  }
  return null;
}
