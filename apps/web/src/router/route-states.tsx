/**
 * What a route shows instead of its page: while it loads, when its URL cannot be read, when
 * the path or the province it names does not exist. Never a blank page: each says what is wrong
 * in the user's language and offers the way on.
 */
import {
  type ErrorComponentProps,
  Link,
  SearchParamError,
  useLocation,
  useParams,
  useRouter,
} from '@tanstack/react-router';
import { MESSAGES, type MessageKey } from '../i18n/messages.ts';
import { useI18n } from '../i18n/use-i18n.ts';
import { EmptyState, ErrorState, LoadingState } from '../shared/query-states.tsx';

export function PendingState() {
  return <LoadingState />;
}

/** The first parameter a search schema refused, from the router's SearchParamError. */
function refusedParam(error: unknown): string | null {
  if (!(error instanceof SearchParamError)) return null;
  const cause = error.cause as
    | { issues?: { path?: readonly (PropertyKey | { key: PropertyKey })[] }[] }
    | undefined;
  const first = cause?.issues?.[0]?.path?.[0];
  if (first === undefined) return null;
  return String(typeof first === 'object' ? first.key : first);
}

export function RouteErrorState({ error }: ErrorComponentProps) {
  const { t, locale } = useI18n();
  const router = useRouter();
  const location = useLocation();
  const param = refusedParam(error);
  if (param) {
    const params = new URLSearchParams(location.searchStr);
    const value = params.get(param) ?? '';
    params.delete(param);
    const rest = params.toString();
    const key = `route.param.${param}`;
    const label = key in MESSAGES[locale] ? t(key as MessageKey) : param;
    return (
      <div className="state state-error route-error" role="alert" data-param={param}>
        <strong>{t('route.badParam', { param: label, value })}</strong>
        <p>{t('route.badParamHelp')}</p>
        <p>
          <a className="button" href={`${location.pathname}${rest ? `?${rest}` : ''}`}>
            {t('route.openWithout', { page: t('route.thisPage'), param: label })}
          </a>
        </p>
      </div>
    );
  }
  return <ErrorState error={error} onRetry={() => void router.invalidate()} />;
}

function HomeLink() {
  const { t } = useI18n();
  return (
    <p className="state-actions">
      <Link to="/" className="button">
        {t('route.home')}
      </Link>
    </p>
  );
}

export function NotFoundState() {
  const { t } = useI18n();
  const location = useLocation();
  return (
    <section aria-labelledby="not-found-title" className="route-missing">
      <h1 id="not-found-title" className="visually-hidden">
        {t('route.notFound')}
      </h1>
      <EmptyState title={t('route.notFound')} help={t('route.notFoundHelp', { path: location.pathname })} />
      <HomeLink />
    </section>
  );
}

export function UnknownProvinceState() {
  const { t } = useI18n();
  const { unitId } = useParams({ strict: false });
  return (
    <section className="route-missing">
      <EmptyState
        title={t('route.unknownProvince', { id: unitId ?? '' })}
        help={t('route.unknownProvinceHelp')}
      />
      <HomeLink />
    </section>
  );
}

export function UnknownIndicatorState() {
  const { t } = useI18n();
  const { indicator } = useParams({ strict: false });
  return (
    <section className="route-missing">
      <EmptyState
        title={t('route.unknownIndicator', { key: indicator ?? '' })}
        help={t('route.unknownIndicatorHelp')}
      />
      <p className="state-actions">
        <Link to="/xep-hang" className="button">
          {t('route.toRankings')}
        </Link>
      </p>
    </section>
  );
}

export function NoFiguresState() {
  const { t } = useI18n();
  return <EmptyState title={t('route.noFigures')} help={t('route.noFiguresHelp')} />;
}
