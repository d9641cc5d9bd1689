import type { FlagKind } from '../engine/types';
import { sendToBackground } from '../messaging/send';
import { readArticle } from '../sites/article';
import { showArticleVerdict } from '@/components/show-article-verdict';
import { createTranslator } from '../i18n/translate';

/** What the popup shows after a check; plain data, as it crosses from the page to the popup. */
export type ArticleCheck =
  | { state: 'checked'; title: string; kinds: FlagKind[] }
  | { state: 'unreadable' }
  | { state: 'failed'; error: string };

export async function checkThisPage(): Promise<ArticleCheck> {
  const post = readArticle(document, new URL(location.href));
  if (!post) return { state: 'unreadable' };
  try {
    const [setup, { verdicts }] = await Promise.all([sendToBackground('page:setup', { platform: 'web' }), sendToBackground('posts:check', { posts: [post] })]);
    const verdict = verdicts[0];
    showArticleVerdict(post, verdict, createTranslator(setup.strings));
    return { state: 'checked', title: post.title, kinds: verdict.flags.map((f) => f.kind) };
  } catch (error) {
    return { state: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}
