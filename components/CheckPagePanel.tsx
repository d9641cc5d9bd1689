import { useState } from 'preact/hooks';
import type { ArticleCheck } from '@/utils/page/check-article';
import { checkArticleIn } from '@/utils/popup/active-tab';
import { FLAG_LABELS } from './flag-labels';

function CheckResult({ result }: { result: ArticleCheck }) {
  if (result.state === 'unreadable') return <p id="check-result" role="status">Tidak ada artikel yang bisa dibaca di sini · No article text to read here</p>;
  if (result.state === 'failed') return <p id="check-result" role="alert">Pemeriksaan gagal · The check failed: {result.error}</p>;
  if (result.kinds.length === 0) return <p id="check-result" role="status" data-kinds="">Tidak ada yang ditandai · Nothing flagged</p>;
  return (
    <p id="check-result" role="status" data-kinds={result.kinds.join(' ')}>
      {result.kinds.map((kind) => FLAG_LABELS[kind]).join(', ')}
    </p>
  );
}

/** For pages no adapter reads: the user asks, and only then does Saring read the page. */
export function CheckPagePanel({ tabId }: { tabId: number }) {
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
        Periksa halaman ini · Check this page
      </button>
      {result && <CheckResult result={result} />}
    </section>
  );
}
