// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { postText } from '@/utils/post';
import { readArticle } from '@/utils/sites/article';
import { bundledEngine } from './support/bundled-lists';
import { fixtureHtml, parseHtml } from './support/fixtures';

const URL_WITH_TRACKING = new URL('https://kabarkota.example/politik/relawan-donasi?utm_source=wa#komentar');

describe('readArticle', () => {
  const doc = parseHtml(fixtureHtml('web/article'));
  const post = readArticle(doc, URL_WITH_TRACKING)!;

  it('reads the title and the article text, not the navigation, sidebar or footer', () => {
    expect(post.title).toBe('Relawan buka rekening donasi untuk kampanye paslon');
    expect(post.caption).toContain('transfer ke rekening BCA 1234567890');
    expect(post.caption).not.toContain('Harga cabai');
    expect(post.caption).not.toContain('Semua hak dilindungi');
  });

  it('keys the article by its address without query or fragment, so one article is one report', () => {
    expect(post.permalink).toBe('https://kabarkota.example/politik/relawan-donasi');
    expect(readArticle(parseHtml(fixtureHtml('web/article')), new URL(post.permalink))!.postId).toBe(post.postId);
    expect(post).toMatchObject({ platform: 'web', pageKind: 'article', authorHandle: 'kabarkota.example', adLabel: null });
  });

  it('leaves the page itself untouched: readability works on a copy', () => {
    expect(doc.querySelector('nav')).not.toBeNull();
    expect(doc.querySelector('aside')).not.toBeNull();
  });

  it('gives the engine enough to flag the campaign appeal', () => {
    const [verdict] = bundledEngine().check([{ text: postText(post), sponsored: false }]);
    expect(verdict.flags.map((f) => f.kind)).toEqual(['campaign', 'election_fundraising']);
  });

  it('caps a huge article at the engine limit', () => {
    const huge = parseHtml(`<html><head><title>Panjang</title></head><body><article><p>${'kata '.repeat(10_000)}</p></article></body></html>`);
    expect(readArticle(huge, URL_WITH_TRACKING)!.caption.length).toBeLessThanOrEqual(20_000);
  });

  it('returns null for an empty page', () => {
    expect(readArticle(parseHtml('<html><head></head><body></body></html>'), URL_WITH_TRACKING)).toBeNull();
  });
});
