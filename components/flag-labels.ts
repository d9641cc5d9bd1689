import type { FlagKind } from '@/utils/engine/types';
import type { MessageKey } from '@/utils/i18n/translate';
import type { ReportCategory } from '@/utils/storage/report';

// Keys follow the kind's name (kind_hoax, kind_note_hoax); tests/unit/locales.test.ts checks every kind has both.
export const kindLabelKey = (kind: ReportCategory) => `kind_${kind}` as MessageKey;
export const kindNoteKey = (kind: FlagKind) => `kind_note_${kind}` as MessageKey;

/** Most serious first: the badge's look and first words follow the first kind it holds. */
export const KIND_ORDER: readonly FlagKind[] = ['hoax', 'political_ad', 'election_fundraising', 'campaign', 'fundraising'];

export const byKindOrder = <T extends { kind: FlagKind }>(flags: readonly T[]): T[] =>
  [...flags].sort((a, b) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind));
