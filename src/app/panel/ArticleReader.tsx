import { useEffect, useMemo, type RefObject } from 'react';
import type { ArticleMention } from '../../shared/schema';
import { useData } from '../data/data-context';
import { useArticle } from '../data/use-source';
import { appStore, useAppStore } from '../state/store';
import { PassageText } from './PassageText';
import { AddMissedPlace } from './AddMissedPlace';
import { ReaderMention } from './ReaderMention';
import { AlsoPublishedBy } from './AlsoPublishedBy';
import { ReaderHeader } from './ReaderHeader';

/** The whole article, every mention a button that selects its place and moves the map there. */
export function ArticleReader({
  headingRef,
}: {
  headingRef: RefObject<HTMLHeadingElement | null>;
}) {
  const { index, source } = useData();
  const articleId = useAppStore((s) => s.articleId);
  const current = useAppStore((s) => s.passage);
  const placeId = useAppStore((s) => s.placeId);
  const entry = useArticle(source, articleId);
  const article = entry?.state === 'ok' ? entry.value : null;

  const mentionsByPassage = useMemo(() => {
    const byPassage = new Map<number, ArticleMention[]>();
    for (const m of article?.mentions ?? []) {
      const list = byPassage.get(m.passageIndex);
      if (list) list.push(m);
      else byPassage.set(m.passageIndex, [m]);
    }
    return byPassage;
  }, [article]);

  useEffect(
    function scrollToPassage() {
      if (current === null || !article) return;
      document.getElementById(`dl-passage-${current}`)?.scrollIntoView({ block: 'center' });
    },
    [article, current],
  );

  if (!article) {
    // The heading is there from the start, so focus has somewhere to go while the text loads.
    return (
      <article className="dl-reader">
        <h2 id="dl-panel-heading" ref={headingRef} tabIndex={-1}>
          {entry === undefined
            ? 'Loading the article…'
            : entry.state === 'error'
              ? `The article could not be loaded (${entry.message}).`
              : 'This article is not in the data.'}
        </h2>
      </article>
    );
  }
  return (
    <article className="dl-reader">
      <ReaderHeader article={article} headingRef={headingRef}>
        <AlsoPublishedBy copies={article.copies} />
      </ReaderHeader>
      <AddMissedPlace article={article} />
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
              mentions={mentionsByPassage.get(passage.index) ?? []}
              renderMention={(mention, text) => {
                const place = index.placeById.get(mention.placeId);
                if (!place) return text;
                return (
                  <ReaderMention
                    {...{ article, mention, text, place }}
                    selected={mention.placeId === placeId}
                  />
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
