import { useEffect, useState } from 'react';
import type { ArticleFull } from '../../shared/schema';
import { useEditing } from '../data/editing-context';
import type { CorrectionTarget } from '../logic/correction-draft';
import { WrongPlace } from './WrongPlace';

/** Longest selection offered as a place name: a name, not a sentence. */
const MAX_NAME = 80;

/**
 * The selection as offsets into the article, when it lies inside one passage of the reader and
 * reads exactly as the article's text there; otherwise undefined.
 */
function selectedTarget(article: ArticleFull): CorrectionTarget | undefined {
  const selection = document.getSelection();
  if (!selection || selection.rangeCount === 0 || selection.isCollapsed) return undefined;
  const range = selection.getRangeAt(0);
  const node = range.startContainer;
  const element = node instanceof Element ? node : node.parentElement;
  const passageElement = element?.closest<HTMLElement>('.dl-reader__passage');
  if (!passageElement?.contains(range.endContainer)) return undefined;
  const index = Number(passageElement.id.replace('dl-passage-', ''));
  const passage = article.passages.find((p) => p.index === index);
  if (!passage) return undefined;
  const before = document.createRange();
  before.setStart(passageElement, 0);
  before.setEnd(range.startContainer, range.startOffset);
  const chosen = range.toString();
  const start = passage.start + before.toString().length;
  const end = start + chosen.length;
  if (chosen.trim() === '' || chosen.length > MAX_NAME || end > passage.end) return undefined;
  if (article.text.slice(start, end) !== chosen) return undefined;
  return { articleId: article.id, text: article.text, offset: 0, start, end };
}

/**
 * "Add a missed place": select a name in the reader, and a button offers to add it as a place,
 * chosen from the gazetteer. Shown only where corrections can be saved.
 */
export function AddMissedPlace({ article }: { article: ArticleFull }) {
  const editing = useEditing();
  const [target, setTarget] = useState<CorrectionTarget | undefined>();
  const [adding, setAdding] = useState<CorrectionTarget | undefined>();

  useEffect(
    function followSelection() {
      if (!editing) return;
      const update = () => {
        setTarget(selectedTarget(article));
      };
      document.addEventListener('selectionchange', update);
      return function stopFollowing() {
        document.removeEventListener('selectionchange', update);
      };
    },
    [editing, article],
  );

  if (!editing) return null;
  const name = target ? article.text.slice(target.start, target.end).trim() : '';
  return (
    <div className="dl-missed">
      {target && (
        <button
          type="button"
          onClick={() => {
            setAdding(target);
          }}
        >
          Add “{name}” as a place
        </button>
      )}
      {!target && (
        <p className="dl-missed__hint">To add a place Dateline missed, select its name.</p>
      )}
      {adding && (
        <WrongPlace
          target={adding}
          current={null}
          alternatives={[]}
          onClose={() => {
            setAdding(undefined);
          }}
        />
      )}
    </div>
  );
}
