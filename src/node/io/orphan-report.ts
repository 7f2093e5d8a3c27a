import { describeCorrection } from '../../core/eval/corrections';
import type { OrphanCorrection } from '../store/corrected-mentions';

/**
 * "1 correction no longer matches:" and one line per correction, so a correction whose mention
 * went away is seen and can be redone or removed, never dropped in silence.
 */
export function orphanReport(orphans: readonly OrphanCorrection[]): string[] {
  if (orphans.length === 0) return [];
  const head =
    orphans.length === 1
      ? '1 correction no longer matches (it stays in the file):'
      : `${orphans.length} corrections no longer match (they stay in the file):`;
  return [head, ...orphans.map((o) => `  ${describeCorrection(o.correction)}: ${o.reason}`)];
}
