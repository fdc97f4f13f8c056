/**
 * Reduces an HTML page to its article text with Mozilla's Readability (the library behind
 * Firefox Reader View) over a linkedom DOM. The text sitrep shows and annotates is the result:
 * paragraphs joined by line breaks, so every span in the output points into it.
 */
import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface HtmlArticle {
  title: string | null;
  text: string;
  published: string | null;
}

const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

export function looksLikeHtml(text: string): boolean {
  return (
    /^\s*(?:<!doctype html|<html[\s>]|<head[\s>]|<body[\s>])/i.test(text) ||
    /<\/(?:p|div|article)>/i.test(text)
  );
}

export function htmlToArticle(html: string): HtmlArticle {
  const { document } = parseHTML(html);
  const published =
    document.querySelector('meta[property="article:published_time"]')?.getAttribute('content') ??
    document.querySelector('time[datetime]')?.getAttribute('datetime') ??
    null;
  // Readability mutates the DOM it reads; it gets its own copy.
  const parsed = new Readability(
    parseHTML(html).document as unknown as ConstructorParameters<typeof Readability>[0],
  ).parse();
  const container = parsed?.content
    ? parseHTML(`<html><body>${parsed.content}</body></html>`).document
    : document;
  const paragraphs: string[] = [];
  for (const node of container.querySelectorAll(BLOCKS)) {
    if (node.querySelector(BLOCKS)) continue; // the innermost block carries the text
    const text = (node.textContent ?? '').replace(/\s+/g, ' ').trim();
    if (text) paragraphs.push(text);
  }
  const text =
    paragraphs.length > 0
      ? paragraphs.join('\n')
      : (container.body?.textContent ?? '').replace(/\s+/g, ' ').trim();
  const title = parsed?.title?.trim() || document.querySelector('title')?.textContent?.trim() || null;
  return { title, text, published: published ? published.slice(0, 10) : null };
}
