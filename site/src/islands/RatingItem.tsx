// One rating as the back office shows it (the team's list, the staff's comments): the stars with
// the score in words, the comment (or that it was hidden), the activity and the date. Never a name.
import type { ComponentChildren } from 'preact';
import type { RatingLineFragment, RatingPageFragment } from '../gql/graphql';
import type { Locale } from '../i18n/locales';
import { formatDate } from '../lib/format';
import { formatDateEn } from '../lib/format-en';
import type { Paged } from '../lib/manage-load';
import { RATING_WORDS } from './words/ratings';
import './ratings.css';

// Read by codegen like every document; sent with each operation that spreads it.
export const ratingLine = /* GraphQL */ `
  fragment RatingLine on Rating {
    id
    score
    comment
    commentHidden
    createdAt
    project {
      id
      title
    }
    organization {
      id
      name
    }
  }
`;

// A page of ratings, as the team's list and the staff's list read them.
export const ratingPage = /* GraphQL */ `
  fragment RatingPage on RatingConnection {
    pageInfo {
      hasNextPage
      endCursor
    }
    nodes {
      ...RatingLine
    }
  }
`;

export function pagedRatings(page: RatingPageFragment): Paged<RatingLineFragment> {
  return { nodes: page.nodes, next: page.pageInfo.hasNextPage ? page.pageInfo.endCursor : null };
}

export function Stars({ score, locale }: { score: number; locale: Locale }) {
  return (
    <span class="rating-stars">
      <span aria-hidden="true">{'★'.repeat(score) + '☆'.repeat(5 - score)}</span>
      <span class="visually-hidden">{RATING_WORDS[locale].stars(score)}</span>
    </span>
  );
}

export function RatingItem({ rating, team, locale, children }: { rating: RatingLineFragment; team?: boolean; locale: Locale; children?: ComponentChildren }) {
  const w = RATING_WORDS[locale];
  const date = locale === 'en' ? formatDateEn : formatDate;
  return (
    <li class="manage-item rating-item" data-rating={rating.id}>
      <p class="rating-line">
        <Stars score={rating.score} locale={locale} />
        <span class="manage-meta">
          <span lang="zh-CN">{rating.project.title}</span>
          {team && (
            <>
              {' · '}
              <span lang="zh-CN">{rating.organization.name}</span>
            </>
          )}
          {' · '}
          {date(rating.createdAt)}
        </span>
      </p>
      {rating.commentHidden ? (
        <p class="manage-meta">{w.hidden}</p>
      ) : rating.comment ? (
        <p lang="zh-CN">{rating.comment}</p>
      ) : (
        <p class="manage-meta">{w.noComment}</p>
      )}
      {children}
    </li>
  );
}
