import { useEffect, useLayoutEffect, useRef } from 'react';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { binEnd, binStart, type Bin, type DayWindow } from '../logic/bins';
import type { Binned } from '../logic/day-series';

const SECONDS_PER_DAY = 86_400;
// Also the chart box's min-height in styles.css, kept while the chart waits to mount.
const HEIGHT = 96;

interface Props {
  bars: Binned;
  /** The selected place's bars over the same bins, drawn over the total. */
  place: Binned | null;
  bin: Bin;
  span: DayWindow;
  /** The brushed window, or null for all dates. */
  window: DayWindow | null;
  /** A drag (or a click on a bar) chose these days, snapped to whole bins. */
  onBrush: (window: DayWindow) => void;
}

type Drawn = uPlot.AlignedData;

function alignedData(bars: Binned, place: Binned | null): Drawn {
  return [
    bars.starts.map((d) => d * SECONDS_PER_DAY),
    bars.counts,
    place ? place.counts : bars.counts.map(() => null),
  ];
}

/** Puts uPlot's selection box over the window's days (none for all dates), firing no hook. */
function showWindowOn(plot: uPlot, window: DayWindow | null): void {
  const height = plot.over.clientHeight;
  if (!window) {
    plot.setSelect({ left: 0, width: 0, top: 0, height }, false);
    return;
  }
  const left = plot.valToPos(window.from * SECONDS_PER_DAY, 'x');
  const right = plot.valToPos((window.to + 1) * SECONDS_PER_DAY, 'x');
  plot.setSelect({ left, width: Math.max(right - left, 2), top: 0, height }, false);
}

/**
 * The histogram, drawn by uPlot on a canvas: bars of all dated mentions, the selected place's
 * bars over them, and a drag-to-select brush. uPlot lives in a ref and is created once; data,
 * window and size reach it through its own setters. It is decorative for assistive technology:
 * the slider around it (Timeline.tsx) is the accessible control and says the same in words.
 */
export function TimelineChart({ bars, place, bin, span, window, onBrush }: Props) {
  const host = useRef<HTMLDivElement>(null);
  const chart = useRef<uPlot | null>(null);
  // The latest props for uPlot's hooks, which are bound once at creation.
  const latest = useRef({ bin, onBrush, window });
  const range = useRef<[number, number]>([0, 1]);
  useLayoutEffect(function keepLatest() {
    latest.current = { bin, onBrush, window };
    range.current = [
      binStart(span.from, bin) * SECONDS_PER_DAY,
      (binEnd(span.to, bin) + 1) * SECONDS_PER_DAY,
    ];
  });

  useEffect(function createChart() {
    const element = host.current;
    if (!element) return;
    const bar = uPlot.paths.bars?.({ align: 1, size: [1, Infinity], gap: 1 });
    const opts: uPlot.Options = {
      width: Math.max(element.clientWidth, 200),
      height: HEIGHT,
      legend: { show: false },
      // Axis labels are UTC calendar dates, like the days they stand for, in any time zone.
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      cursor: {
        points: { show: false },
        y: false,
        drag: { x: true, y: false, setScale: false },
      },
      scales: {
        x: { time: true, range: () => range.current },
        y: { range: (_u, _min, max) => [0, Math.max(1, max)] },
      },
      axes: [
        { size: 24, font: '11px system-ui, sans-serif', stroke: '#4a4a4a' },
        { size: 36, font: '11px system-ui, sans-serif', stroke: '#4a4a4a', ticks: { show: false } },
      ],
      series: [
        {},
        { label: 'All mentions', fill: '#9aaabb', stroke: '#7d8fa3', width: 0, paths: bar },
        { label: 'Selected place', fill: '#b5542a', stroke: '#b5542a', width: 0, paths: bar },
      ],
      hooks: {
        // After every draw (new data, a resize), the window is placed again on the new scale.
        draw: [
          (u) => {
            showWindowOn(u, latest.current.window);
          },
        ],
        setSelect: [
          (u) => {
            const { left, width } = u.select;
            const dayAt = (px: number) => Math.floor(u.posToVal(px, 'x') / SECONDS_PER_DAY);
            const { bin: size, onBrush: brush } = latest.current;
            const from = binStart(dayAt(left), size);
            const to = binEnd(dayAt(left + Math.max(width, 1) - 1), size);
            brush({ from, to });
          },
        ],
      },
    };
    const plot = new uPlot(opts, [[], [], []], element);
    chart.current = plot;
    const resize = new ResizeObserver(() => {
      plot.setSize({ width: Math.max(element.clientWidth, 200), height: HEIGHT });
    });
    resize.observe(element);
    return function destroyChart() {
      resize.disconnect();
      plot.destroy();
      chart.current = null;
    };
  }, []);

  useEffect(
    function drawBars() {
      chart.current?.setData(alignedData(bars, place));
    },
    [bars, place, bin, span],
  );

  useEffect(
    function showWindow() {
      if (chart.current) showWindowOn(chart.current, window);
    },
    [window],
  );

  return <div ref={host} className="dl-timeline__chart" aria-hidden="true" />;
}
