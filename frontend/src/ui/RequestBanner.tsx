import SectionMessage, { SectionMessageAction } from '@atlaskit/section-message';
import type { SourceDescriptor } from '../worker/protocol.ts';
import type { ActiveRequest } from './use-support-request.ts';
import { format, t } from './i18n.ts';

interface Props {
  active: ActiveRequest;
  sources: readonly SourceDescriptor[];
  onDismiss(): void;
}

function utcMinute(iso: string): string {
  const date = new Date(iso);
  return Number.isNaN(date.getTime())
    ? iso
    : `${date.toISOString().slice(0, 16).replace('T', ' ')} UTC`;
}

/** What Vilisoft support asked for; the screen below is already set up to match it. */
export function RequestBanner({ active, sources, onDismiss }: Props) {
  const { request, unknownSources } = active;
  const unknown = new Set(unknownSources);
  const titleOf = (id: string) =>
    id === 'files' ? t.requestFiles() : (sources.find((s) => s.id === id)?.title ?? id);
  const asked = request.sources.filter((id) => !unknown.has(id)).map(titleOf);
  return (
    <SectionMessage
      appearance="information"
      headingLevel="h3"
      title={format(t.requestTitle(), request.ticket)}
      testId="request-banner"
      actions={
        <SectionMessageAction onClick={onDismiss} testId="request-dismiss">
          {t.requestDismiss()}
        </SectionMessageAction>
      }
    >
      <dl className="vsb-request">
        <dt>{t.requestWho()}</dt>
        <dd>{request.requestedBy}</dd>
        <dt>{t.requestWhat()}</dt>
        <dd>{asked.length > 0 ? asked.join(', ') : t.requestNothingKnown()}</dd>
        <dt>{t.requestWindow()}</dt>
        <dd>
          {request.logWindowHours === undefined
            ? t.requestNoWindow()
            : format(t.requestHours(), request.logWindowHours)}
        </dd>
        <dt>{t.requestWhen()}</dt>
        <dd>{utcMinute(request.createdAt)}</dd>
        {request.note && (
          <>
            <dt>{t.requestNote()}</dt>
            <dd className="vsb-request-note">{request.note}</dd>
          </>
        )}
      </dl>
      {unknownSources.length > 0 && (
        <p data-testid="request-unknown">{format(t.requestUnknown(), unknownSources.join(', '))}</p>
      )}
      <p>{t.requestReview()}</p>
    </SectionMessage>
  );
}
