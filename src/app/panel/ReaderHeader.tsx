import type { ReactNode, RefObject } from 'react';
import { dayFromIso } from '../../shared/hash';
import type { ArticleFull } from '../../shared/schema';
import { ArticleMeta } from '../lists/ArticleMeta';
import { placeIdsInArticle } from '../logic/passages';
import { originalLink } from '../logic/original-link';

/**
 * The reader's bearings: title, source, date and the link to the original, kept at the top of
 * the panel (sticky) while the text scrolls under it, with room on the right for Close.
 * `children` go last in the header: the slot for more about the article (who else published it).
 */
export function ReaderHeader({
  article,
  headingRef,
  children,
}: {
  article: ArticleFull;
  headingRef: RefObject<HTMLHeadingElement | null>;
  children?: ReactNode;
}) {
  const link = originalLink(article.url);
  return (
    <header className="dl-panel__head dl-reader__head">
      <h2 id="dl-panel-heading" ref={headingRef} tabIndex={-1}>
        {article.title}
      </h2>
      <ArticleMeta
        source={article.source}
        day={article.date ? dayFromIso(article.date) : null}
        placeCount={placeIdsInArticle(article).size}
      />
      {link && (
        <p className="dl-reader__original">
          <a href={link} target="_blank" rel="noopener noreferrer">
            Read the original<span className="dl-sr-only"> (opens in a new tab)</span>
          </a>
        </p>
      )}
      {children}
    </header>
  );
}
