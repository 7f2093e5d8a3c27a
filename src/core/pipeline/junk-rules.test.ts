import { describe, expect, it } from 'vitest';
import { matchJunk } from './01-junk-rules';

describe('feed boilerplate', () => {
  it.each([
    ['NEWYou can now listen to Fox News articles!', 'audio prompt', 'Fox News'],
    ['You can now listen to Reuters articles', 'audio prompt', 'Reuters'],
    ['Advertisement', 'advertisement slug', null],
    ['Sign up for our daily newsletter to get the latest updates', 'newsletter plug', null],
    ['Follow us on Twitter for breaking news', 'social plug', null],
    ['Read more: Putin warns NATO over Ukraine', 'read more link', null],
    ['© 2008 The Associated Press. All rights reserved.', 'copyright line', null],
  ])('drops %j as %s', (paragraph, rule, source) => {
    expect(matchJunk(paragraph)).toEqual({ rule, source });
  });

  it.each([
    'Rice said the Russians indicated that those measures were viewed as "useful and important".',
    'In Bucharest on Friday and the Russian Black Sea resort of Sochi on Saturday and Sunday.',
    'Readers can now listen to the debate in the Polish parliament, where the shield was discussed.',
    'Advertisement revenue fell in Moscow as the crisis deepened.',
    'Follow-up talks on the shield are planned in Prague.',
  ])('keeps article text %j', (paragraph) => {
    expect(matchJunk(paragraph)).toBeUndefined();
  });
});
