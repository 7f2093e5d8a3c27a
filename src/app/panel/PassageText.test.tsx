// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { PassageText } from './PassageText';
import type { Mention } from '../../shared/schema';

const text = 'Title\n<img src=x onerror="alert(1)"> met in Sochi <b>today</b>.';
const start = text.indexOf('Sochi');
const mention: Mention = {
  articleId: 'a',
  passageIndex: 1,
  start,
  end: start + 5,
  text: 'Sochi',
  form: 'name',
  placeId: 'gn:491422',
  confidence: 1,
};
const passage = { index: 1, start: 6, end: text.length, title: false };

describe('PassageText', () => {
  it('renders markup in article text as text, never as elements', () => {
    const { container } = render(
      <p>
        <PassageText
          text={text}
          passage={passage}
          mentions={[mention]}
          renderMention={(_m, t) => <mark>{t}</mark>}
        />
      </p>,
    );
    expect(container.querySelector('img, b')).toBeNull();
    expect(container.textContent).toBe(text.slice(6));
    expect(container.querySelector('mark')?.textContent).toBe('Sochi');
  });
});
