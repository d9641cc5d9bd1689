import type { Post } from '@/utils/post';

/** A TikTok campaign post; tests override only the fields they are about. */
export function makePost(overrides: Record<string, unknown> = {}): Post {
  return {
    platform: 'tiktok',
    postId: '7300000000000000001',
    permalink: 'https://www.tiktok.com/@warga/video/7300000000000000001',
    authorHandle: 'warga',
    authorName: 'Warga',
    caption: 'Ayo coblos nomor urut 2',
    title: '',
    hashtags: ['pemilu'],
    adLabel: null,
    platformLabels: [],
    pageKind: 'video',
    ...overrides,
  } as Post;
}
