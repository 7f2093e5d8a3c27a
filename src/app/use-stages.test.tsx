// @vitest-environment jsdom
import { act, render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { useStages } from './use-stages';

function Staged({ start }: { start: boolean }) {
  const stage = useStages(3, start);
  return <p>{`stage ${String(stage)}`}</p>;
}

// act() runs every effect and transition the render scheduled before it resolves.
const settle = () => act(() => Promise.resolve());

describe('useStages', () => {
  it('shows no stage until told to start', async () => {
    render(<Staged start={false} />);
    await settle();
    expect(screen.getByText('stage 0')).toBeTruthy();
  });

  it('adds one stage after another once started, and stops at the last', async () => {
    const { rerender } = render(<Staged start={false} />);
    rerender(<Staged start />);
    expect(await screen.findByText('stage 3')).toBeTruthy();
    await settle();
    expect(screen.getByText('stage 3')).toBeTruthy();
  });
});
