import type { BundleEstimate } from '../worker/protocol.ts';
import { formatBytes } from './format-bytes.ts';
import { format, t } from './i18n.ts';

/** The bundle's estimated size against the total cap, shown before anything is built. */
export function EstimateSummary({
  estimate,
  maxTotalBytes,
}: {
  estimate?: BundleEstimate;
  maxTotalBytes?: number;
}) {
  if (!estimate) return null;
  return (
    <p className="vsb-estimate" data-testid="estimate-total" aria-live="polite">
      {format(t.estimateTotal(), formatBytes(estimate.totalBytes))}
      {maxTotalBytes !== undefined && ` ${format(t.estimateCap(), formatBytes(maxTotalBytes))}`}
      {estimate.overTotal && <strong className="vsb-over"> {t.estimateOver()}</strong>}
    </p>
  );
}
