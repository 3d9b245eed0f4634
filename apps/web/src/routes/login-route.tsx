/** `/dang-nhap`: sign in, then go back to the page that asked for it (`tiep`) or the main page. */
import { useQuery } from '@tanstack/react-query';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
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
      onSignedIn={() => void navigate({ href: tiep ?? '/', replace: true })}
    />
  );
}
