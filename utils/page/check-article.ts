import type { FlagKind } from '../engine/types';
import { sendToBackground } from '../messaging/send';
import { readArticle } from '../sites/article';
import { showArticleVerdict } from '@/components/show-article-verdict';

/** What the popup shows after a check; plain data, as it crosses from the page to the popup. */
export type ArticleCheck =
  | { state: 'checked'; title: string; kinds: FlagKind[] }
  | { state: 'unreadable' }
  | { state: 'failed'; error: string };

export async function checkThisPage(): Promise<ArticleCheck> {
  const post = readArticle(document, new URL(location.href));
  if (!post) return { state: 'unreadable' };
  try {
    const [verdict] = (await sendToBackground('posts:check', { posts: [post] })).verdicts;
    showArticleVerdict(post, verdict);
    return { state: 'checked', title: post.title, kinds: verdict.flags.map((f) => f.kind) };
  } catch (error) {
    return { state: 'failed', error: error instanceof Error ? error.message : String(error) };
  }
}
