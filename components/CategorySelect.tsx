import type { Translate } from '@/utils/i18n/translate';
import { REPORT_CATEGORIES, type ReportCategory } from '@/utils/storage/report';
import { kindLabelKey } from './flag-labels';

interface Props {
  t: Translate;
  label: string;
  value: ReportCategory;
  onChange(category: ReportCategory): void;
  class?: string;
}

/** What a report says the post is: every category, in the user's language. */
export function CategorySelect({ t, label, value, onChange, class: className }: Props) {
  return (
    <label>
      {label}{' '}
      <select class={className} value={value} onChange={(e) => onChange((e.currentTarget as HTMLSelectElement).value as ReportCategory)}>
        {REPORT_CATEGORIES.map((c) => (
          <option key={c} value={c}>
            {t(kindLabelKey(c))}
          </option>
        ))}
      </select>
    </label>
  );
}
