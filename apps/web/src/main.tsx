// The global styles first: the features' own stylesheets, which the router's imports bring in, come
// after them in the one stylesheet of the build and may override them (print rules among them).
import './styles.css';
import './accounts.css';
import { QueryCache, QueryClient, QueryClientProvider } from '@tanstack/react-query';
import { RouterProvider } from '@tanstack/react-router';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { statusOf } from './api/client.ts';
import { createAppRouter } from './router/router.ts';
import { sessionQuery } from './shared/session/use-session.ts';

const queryClient: QueryClient = new QueryClient({
  queryCache: new QueryCache({
    // A 401 means the session ended (idle, signed out elsewhere, password reset): ask who we are
    // again, so the header and the sign-in gate follow instead of a screen of errors.
    onError: (error, query) => {
      if (statusOf(error) === 401 && query.queryKey[0] !== 'session') {
        void queryClient.invalidateQueries({ queryKey: sessionQuery().queryKey });
      }
    },
  }),
  defaultOptions: {
    // No global placeholderData: kept across keys, the previous province's cards showed under the
    // new province's heading. A page that wants old data while loading keeps it itself.
    queries: {
      staleTime: 60_000,
      // A 4xx is the request's fault: retrying cannot help.
      retry: (count, error) =>
        count < 2 && !/^(4\d\d)/.test(String((error as { statusCode?: number }).statusCode ?? '')),
    },
  },
});

const router = createAppRouter(queryClient);

const root = document.getElementById('root');
if (!root) throw new Error('#root is missing from index.html');
createRoot(root).render(
  <StrictMode>
    <QueryClientProvider client={queryClient}>
      <RouterProvider router={router} />
    </QueryClientProvider>
  </StrictMode>,
);
