/** The dashboard's router: the route tree, the query cache as its context, plain-text query strings. */
import type { QueryClient } from '@tanstack/react-query';
import { createRouter } from '@tanstack/react-router';
import { NotFoundState, PendingState, RouteErrorState } from './route-states.tsx';
import { routeTree } from './route-tree.tsx';
import { parseSearch, stringifySearch } from './search-params.ts';

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    parseSearch,
    stringifySearch,
    // A link hovered or focused starts loading its page and data.
    defaultPreload: 'intent',
    // The query cache decides what is fresh; the router always asks it.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: PendingState,
    defaultErrorComponent: RouteErrorState,
    defaultNotFoundComponent: NotFoundState,
    scrollRestoration: true,
  });
}

export type AppRouter = ReturnType<typeof createAppRouter>;

declare module '@tanstack/react-router' {
  interface Register {
    router: AppRouter;
  }
}
