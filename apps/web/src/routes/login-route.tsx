/**
 * `/dang-nhap`: sign in, then go back to the page that asked for it (`tiep`), or else to where the
 * account's work is (`landingPath`).
 */
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { landingPath } from '../features/auth/landing-path.ts';
import { LoginPage } from '../features/auth/login-page.tsx';
import { metaQuery } from '../shared/reference/reference-queries.ts';

const route = getRouteApi('/dang-nhap');

export function LoginRoute() {
  const { tiep } = route.useSearch();
  const navigate = useNavigate();
  const meta = useQuery(metaQuery());
  return (
    <LoginPage
      isRequired={meta.data?.publicRead === false}
      hasDemo={meta.data?.hasDemo ?? false}
      onSignedIn={(user) => void navigate({ href: tiep ?? landingPath(user), replace: true })}
    />
  );
}
