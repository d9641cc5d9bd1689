import { useState } from 'preact/hooks';
import type { ArticleCheck } from '@/utils/page/check-article';
import { checkArticleIn } from '@/utils/popup/active-tab';
import { kindLabelKey } from './flag-labels';
import { useT } from './i18n-context';

function CheckResult({ result }: { result: ArticleCheck }) {
  const t = useT();
  if (result.state === 'unreadable') return <p id="check-result" role="status">{t('popup_no_article')}</p>;
  if (result.state === 'failed') return <p id="check-result" role="alert">{t('popup_check_failed', result.error)}</p>;
  if (result.kinds.length === 0) return <p id="check-result" role="status" data-kinds="">{t('popup_nothing_flagged')}</p>;
  return (
    <p id="check-result" role="status" data-kinds={result.kinds.join(' ')}>
      {result.kinds.map((kind) => t(kindLabelKey(kind))).join(', ')}
    </p>
  );
}

/** For pages no adapter reads: the user asks, and only then does Saring read the page. */
export function CheckPagePanel({ tabId }: { tabId: number }) {
  const t = useT();
  const [result, setResult] = useState<ArticleCheck | null>(null);
  const [busy, setBusy] = useState(false);
  const check = async () => {
    setBusy(true);
    setResult(await checkArticleIn(tabId));
    setBusy(false);
  };
  return (
    <section id="check-page">
      <button type="button" id="check-page-button" onClick={check} disabled={busy}>
        {t('popup_check_page')}
      </button>
      {result && <CheckResult result={result} />}
    </section>
  );
}
