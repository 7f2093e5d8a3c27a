import { useEffect, type RefObject } from 'react';
import { useData } from '../data/data-context';
import { placeIdsInArticle } from '../logic/passages';
import { placeAccessibleName } from '../logic/labels';
import { appStore, useAppStore } from '../state/store';
import { PassageText } from './PassageText';
import { ArticleMeta } from '../lists/ArticleMeta';

/** The whole article, every mention a button that selects its place and moves the map there. */
export function ArticleReader({
  headingRef,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { index } = useData();
  const articleId = useAppStore((s) => s.articleId);
  const current = useAppStore((s) => s.passage);
  const placeId = useAppStore((s) => s.placeId);
  const article = articleId ? index.articleById.get(articleId) : undefined;

  useEffect(
    function scrollToPassage() {
      if (current === null) return;
      document.getElementById(`dl-passage-${current}`)?.scrollIntoView({ block: 'center' });
    },
    [articleId, current],
  );

  if (!article) return null;
  const mentions = index.mentionsByArticle.get(article.id) ?? [];
  return (
    <article className="dl-reader">
      <h2 id="dl-panel-heading" ref={headingRef} tabIndex={-1}>
        {article.title}
      </h2>
      <ArticleMeta article={article} placeCount={placeIdsInArticle(index, article.id).size} />
      {article.passages
        .filter((p) => !p.title)
        .map((passage) => (
          <p
            key={passage.index}
            id={`dl-passage-${passage.index}`}
            className={
              passage.index === current ? 'dl-reader__passage is-current' : 'dl-reader__passage'
            }
          >
            <PassageText
              text={article.text}
              passage={passage}
              mentions={mentions.filter((m) => m.passageIndex === passage.index)}
              renderMention={(mention, text) => {
                const place = index.placeById.get(mention.placeId);
                if (!place) return text;
                return (
                  <button
                    type="button"
                    className={
                      mention.placeId === placeId ? 'dl-mention is-selected' : 'dl-mention'
                    }
                    title={placeAccessibleName(place, place.mentionCount)}
                    onClick={() => {
                      appStore.getState().selectPlace(place, true);
                    }}
                  >
                    {text}
                  </button>
                );
              }}
            />{' '}
            <button
              type="button"
              className="dl-passage-link"
              aria-label={`Link to passage ${passage.index}`}
              aria-pressed={passage.index === current}
              onClick={() => {
                appStore.getState().openArticle(article.id, passage.index);
              }}
            >
              ¶
            </button>
          </p>
        ))}
    </article>
  );
}
