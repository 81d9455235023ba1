// An article as it will look once published: the article page's own classes and stylesheet
// (views/article.css) around the body as the API renders it. The live preview asks the API for
// that rendering (previewMarkdown: the very renderer of the published pages, at no cost to the
// island's size) a moment after each pause in typing.
import { useEffect, useRef, useState } from 'preact/hooks';
import type { ManagePreviewMarkdownQuery, ManagePreviewMarkdownQueryVariables } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatDate } from '../lib/format';
import { formatDateEn } from '../lib/format-en';
import { request } from '../lib/graphql-client';
import { operation } from '../lib/manage-operation';
import { NEWS_WORDS } from './words/manage-news';
import '../views/article.css';

const previewQuery = operation<ManagePreviewMarkdownQuery, ManagePreviewMarkdownQueryVariables>(/* GraphQL */ `
  query ManagePreviewMarkdown($source: String!) {
    previewMarkdown(source: $source)
  }
`);

const PAUSE_MS = 250;

/** The body as the site will show it, following the source a moment after each change. */
export function usePreviewHtml(source: string): string | null {
  const [html, setHtml] = useState<string | null>(null);
  const latest = useRef(0);
  useEffect(() => {
    const asked = ++latest.current;
    const timer = setTimeout(() => {
      void request(previewQuery, { source }).then((r) => {
        // An older answer arriving after a newer one is dropped.
        if (r.ok && asked === latest.current) setHtml(r.data.previewMarkdown);
      });
    }, PAUSE_MS);
    return () => clearTimeout(timer);
  }, [source]);
  return html;
}

export interface PreviewArticle {
  title: string;
  summary: string;
  tags: string[];
  coverImageUrl: string | null;
  organization?: string | null;
  project?: string | null;
  publishedAt?: string | null;
}

interface Props {
  article: PreviewArticle;
  /** The body's HTML as the API renders it; null while it is being made. */
  html: string | null;
  locale: Locale;
  /** Marks the live preview of an editor, as opposed to a reviewer's reading. */
  live?: boolean;
}

export function ArticlePreview({ article, html, locale, live = false }: Props) {
  const w = NEWS_WORDS[locale];
  const date = locale === 'en' ? formatDateEn : formatDate;
  const cover = article.coverImageUrl && /^(https?:\/\/|\/(?!\/))\S+$/.test(article.coverImageUrl) ? article.coverImageUrl : null;
  return (
    <article class="news-preview article" aria-label={live ? w.preview : article.title} data-preview={live ? 'live' : 'review'}>
      {live && <p class="manage-meta">{w.previewNote}</p>}
      <header class="article-head">
        <h2 class="article-title" lang="zh-CN">
          {article.title}
        </h2>
        <p class="article-meta">
          <time>{date(article.publishedAt ?? new Date().toISOString())}</time>
          {article.organization && <span lang="zh-CN">{article.organization}</span>}
          {article.project && (
            <span>
              {w.activity}
              <a lang="zh-CN">{article.project}</a>
            </span>
          )}
        </p>
        {article.tags.length > 0 && (
          <ul class="article-tags" lang="zh-CN">
            {article.tags.map((tag) => (
              <li key={tag}>
                <a>{tag}</a>
              </li>
            ))}
          </ul>
        )}
      </header>
      {cover && <img class="article-cover" src={cover} alt="" width="1200" height="630" referrerpolicy="no-referrer" />}
      {article.summary && (
        <p class="article-lead" lang="zh-CN">
          {article.summary}
        </p>
      )}
      {html === null ? (
        <p class="manage-loading">{w.previewing}</p>
      ) : (
        // The API's rendering: raw HTML escaped, http(s) and relative links only.
        <div class="prose" lang="zh-CN" data-preview-body dangerouslySetInnerHTML={{ __html: html }} />
      )}
    </article>
  );
}
