/**
 * The import's two requests, preview and commit, each sending the file itself as the body
 * (POST /api/imports/preview|commit), and the types of their answers.
 */
import type { Bilingual, ImportIssue, ImportRow } from '@cds/core';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { contentTypeOf, type FileFormat, type ImportOptions, importUrl } from './import-request.ts';
import { type SendProgress, sendFile } from './send-file.ts';

// Written out here: the routes' inferred answers are `{}` in AppType (a refused upload returns a
// Response built outside the chain, which erases the JSON type of every answer of the route).
export type ImportIssueView = ImportIssue;
export type ImportRowView = ImportRow;

/** POST /api/imports/preview: what the file holds, every problem (the first 1000) and rows (the first 500). */
export interface PreviewAnswer {
  kind: FileFormat;
  lines: number;
  rowCount: number;
  skipped: number;
  issueCount: number;
  issues: ImportIssue[];
  rows: ImportRow[];
}

/** POST /api/imports/commit: what was written, as one submission per province and period. */
export interface CommitAnswer {
  rowCount: number;
  skipped: number;
  written: number;
  unchanged: number;
  submissions: { unitId: string; period: string; rows: number }[];
}

/** A refused request, with the API's message and, for a file with problems, its issues. */
export class ImportRefused extends Error {
  constructor(
    readonly status: number,
    readonly text: Bilingual,
    readonly issues: ImportIssueView[] = [],
    readonly issueCount = 0,
  ) {
    super(text.en);
  }
}

interface ErrorBody {
  error?: { message?: Bilingual };
  issues?: ImportIssueView[];
  issueCount?: number;
}

const UNANSWERED: Bilingual = {
  vi: 'Không nhận được trả lời từ máy chủ. Kiểm tra kết nối rồi thử lại.',
  en: 'No answer from the server. Check the connection and try again.',
};

async function send<T>(
  step: 'preview' | 'commit',
  file: File,
  kind: FileFormat,
  options: ImportOptions,
  onProgress?: (p: SendProgress) => void,
): Promise<T> {
  let answer: Awaited<ReturnType<typeof sendFile>>;
  try {
    answer = await sendFile(importUrl(step, options), file, contentTypeOf(kind), onProgress);
  } catch {
    throw new ImportRefused(0, UNANSWERED);
  }
  if (answer.status >= 200 && answer.status < 300) return answer.body as T;
  const body = (answer.body ?? {}) as ErrorBody;
  throw new ImportRefused(
    answer.status,
    body.error?.message ?? { vi: `Lỗi ${answer.status}`, en: `Error ${answer.status}` },
    body.issues ?? [],
    body.issueCount ?? body.issues?.length ?? 0,
  );
}

export interface ImportRequest {
  file: File;
  kind: FileFormat;
  options: ImportOptions;
}

export function usePreviewImport() {
  return useMutation({
    mutationFn: ({ file, kind, options }: ImportRequest) =>
      send<PreviewAnswer>('preview', file, kind, options),
  });
}

/** The commit, reporting the upload's progress; once written, the lists that show reports are stale. */
export function useCommitImport(onProgress: (p: SendProgress) => void) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ file, kind, options }: ImportRequest) =>
      send<CommitAnswer>('commit', file, kind, options, onProgress),
    onSuccess: () =>
      Promise.all(
        ['inbox', 'submissions', 'submission', 'period-form', 'pending', 'completeness'].map((key) =>
          queryClient.invalidateQueries({ queryKey: [key] }),
        ),
      ),
  });
}
