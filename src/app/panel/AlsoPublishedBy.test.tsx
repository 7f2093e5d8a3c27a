// @vitest-environment jsdom
import { render } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ArticleCopy } from '../../shared/schema';
import { AlsoPublishedBy } from './AlsoPublishedBy';

const copy = (source: string | null, url: string | null, title = 'A copy'): ArticleCopy => ({
  id: `${source ?? title}-${url ?? ''}`,
  title,
  source,
  url,
  date: null,
  kind: 'exact',
});

describe('AlsoPublishedBy', () => {
  it('names every outlet once, each linked to its copy when it has a web address', () => {
    const { container } = render(
      <AlsoPublishedBy
        copies={[
          copy('Reuters', 'https://example.org/reuters/1'),
          copy('Daily Example', null),
          copy('Reuters', 'https://example.org/reuters/2'),
          copy(null, null, 'Putin warns NATO'),
        ]}
      />,
    );
    expect(container.textContent).toBe(
      'Also published by: Reuters, Daily Example, Putin warns NATO',
    );
    const links = [...container.querySelectorAll('a')];
    expect(links.map((a) => [a.textContent, a.getAttribute('href')])).toEqual([
      ['Reuters', 'https://example.org/reuters/1'],
    ]);
  });

  it('never links to an address that is not a web page', () => {
    const { container } = render(
      <AlsoPublishedBy copies={[copy('Evil', 'javascript:alert(1)'), copy('<b>Bold</b>', null)]} />,
    );
    expect(container.querySelector('a, b')).toBeNull();
    expect(container.textContent).toBe('Also published by: Evil, <b>Bold</b>');
  });

  it('shows nothing for an article that has no copies', () => {
    const { container } = render(<AlsoPublishedBy copies={undefined} />);
    expect(container.textContent).toBe('');
  });
});
