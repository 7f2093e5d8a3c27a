import { useEffect, useState } from 'react';
import { isoFromDay } from '../../shared/hash';
import { BINS, nextPlayWindow, type Bin, type DayWindow } from '../logic/bins';
import { SPEEDS } from '../logic/app-state';
import { windowOf } from '../logic/timeline';
import { appStore, useAppStore } from '../state/store';

const STEP_NAMES: Record<Bin, string> = { day: 'a day', week: 'a week', month: 'a month' };

function reducedMotion(): boolean {
  return window.matchMedia('(prefers-reduced-motion: reduce)').matches;
}

/** Moves the date window one step; false at the end of the span. */
function stepOnce(current: DayWindow | null, step: Bin, span: DayWindow): boolean {
  const next = nextPlayWindow(current, step, span);
  if (next) {
    appStore.getState().setFilters({ from: isoFromDay(next.from), to: isoFromDay(next.to) });
  }
  return next !== null;
}

/**
 * Play steps the date window through time at the chosen speed, so markers grow, shrink and
 * appear as coverage moves; each step is one filter change (O(places x log days), see
 * place-days.ts). With reduced motion asked for, nothing moves by itself: a button steps once.
 */
export function Playback({
  window: current,
  bin,
  span,
}: {
  window: DayWindow | null;
  bin: Bin;
  span: DayWindow;
}) {
  const chosenStep = useAppStore((s) => s.step);
  const speed = useAppStore((s) => s.speed);
  const step = chosenStep ?? bin;
  const [playing, setPlaying] = useState(false);
  const [still] = useState(reducedMotion);

  useEffect(
    function play() {
      if (!playing) return;
      const timer = setInterval(() => {
        // Read afresh each tick: the window may have been moved by hand meanwhile.
        const now = windowOf(appStore.getState().filters, span);
        if (!stepOnce(now, step, span)) setPlaying(false);
      }, 1000 / speed);
      return function pause() {
        clearInterval(timer);
      };
    },
    [playing, step, span, speed],
  );

  return (
    <span className="dl-playback">
      {still ? (
        <button
          type="button"
          onClick={() => {
            stepOnce(current, step, span);
          }}
        >
          Next step
        </button>
      ) : (
        <button
          type="button"
          onClick={() => {
            setPlaying((p) => !p);
          }}
        >
          {playing ? 'Pause' : 'Play'}
        </button>
      )}
      <label>
        Step{' '}
        <select
          value={chosenStep ?? 'bar'}
          onChange={(e) => {
            const value = e.target.value;
            appStore.getState().setStep(BINS.find((b) => b === value) ?? null);
          }}
        >
          <option value="bar">{`one bar (${STEP_NAMES[bin]})`}</option>
          {BINS.map((b) => (
            <option key={b} value={b}>
              {STEP_NAMES[b]}
            </option>
          ))}
        </select>
      </label>
      {!still && (
        <label>
          Speed{' '}
          <select
            value={speed}
            onChange={(e) => {
              appStore.getState().setSpeed(Number(e.target.value));
            }}
          >
            {SPEEDS.map((n) => (
              <option key={n} value={n}>
                {`${n} ${n === 1 ? 'step' : 'steps'} a second`}
              </option>
            ))}
          </select>
        </label>
      )}
    </span>
  );
}
