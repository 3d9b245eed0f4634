/** POST /api/extractions: a report's text read for figures; nothing is stored. */
import { useMutation } from '@tanstack/react-query';
import { client, ok } from '../../api/client.ts';
import type { ExtractedProposal } from '../../shared/drafts/proposal-drafts.ts';

export interface ExtractionAnswer {
  unitId?: string;
  period?: string;
  proposals: ExtractedProposal[];
}

export function useExtraction() {
  return useMutation({
    mutationFn: async (body: { text: string; unitId?: string }) =>
      (await ok(client.extractions.$post({ json: body }))) as ExtractionAnswer,
  });
}
