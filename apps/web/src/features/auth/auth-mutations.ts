/**
 * Signing in and out and changing one's password. Signing in or out changes what every
 * query may return, so both touch the whole query cache, not only the session.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import { sessionQuery } from '../../shared/session/use-session.ts';

const notSession = (query: { queryKey: readonly unknown[] }) => query.queryKey[0] !== 'session';

export function useSignIn() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { login: string; password: string }) => ok(client.auth.login.$post({ json: body })),
    onSuccess: ({ user }) => {
      queryClient.setQueryData(sessionQuery().queryKey, { user });
      // Everything read so far was read anonymously: read it again with the new rights. Not awaited,
      // so the page changes at once and the refetches fill it in.
      void queryClient.invalidateQueries({ predicate: notSession });
    },
  });
}

/** `onSignedOut` runs once the cache is cleared; the caller decides where to go next. */
export function useSignOut(onSignedOut: () => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => ok(client.auth.logout.$post()),
    onSuccess: () => {
      // The session first, so every screen that watches it re-renders as anonymous; then every
      // other query goes, so nothing read while signed in stays in memory for the next person.
      queryClient.setQueryData(sessionQuery().queryKey, { user: null });
      queryClient.removeQueries({ predicate: notSession });
      onSignedOut();
    },
  });
}

export function useChangePassword() {
  return useMutation({
    mutationFn: (body: { currentPassword: string; newPassword: string }) =>
      ok(client.auth.password.$post({ json: body })),
  });
}
