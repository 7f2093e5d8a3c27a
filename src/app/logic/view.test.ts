import { describe, expect, it } from 'vitest';
import { coordinateDecimals, roundView, viewForPlace, wrapLon } from './view';

describe('coordinateDecimals', () => {
  it.each([
    [0, 1],
    [2, 2],
    [5, 2],
    [8, 3],
    [10, 4],
    [12, 5],
  ])('at zoom %d keeps %d decimals', (zoom, decimals) => {
    expect(coordinateDecimals(zoom)).toBe(decimals);
  });
});

describe('roundView', () => {
  it('rounds zoom to 2 decimals and coordinates to the zoom precision', () => {
    expect(roundView({ lat: 43.585123, lon: 39.723456, zoom: 6.12345 })).toEqual({
      lat: 43.585,
      lon: 39.723,
      zoom: 6.12,
    });
  });
  it('folds a longitude past the antimeridian back into range', () => {
    expect(roundView({ lat: 0, lon: 370, zoom: 2 }).lon).toBe(10);
    expect(wrapLon(-190)).toBe(170);
    expect(wrapLon(180)).toBe(180);
  });
});

describe('viewForPlace', () => {
  it('zooms in to a city but never zooms out', () => {
    const sochi = { lat: 43.6, lon: 39.73, kind: 'city' as const };
    expect(viewForPlace(sochi, { lat: 0, lon: 0, zoom: 2 })).toEqual({
      lat: 43.6,
      lon: 39.73,
      zoom: 6,
    });
    expect(viewForPlace(sochi, { lat: 0, lon: 0, zoom: 9 }).zoom).toBe(9);
  });
});
