import type { PreviewReplacement } from '../worker/protocol.ts';
import { t } from './i18n.ts';

/** Each pseudonym beside the original it replaced, for the admin's eyes only. */
export function ReplacedTable({ replacements }: { replacements: readonly PreviewReplacement[] }) {
  return (
    <table className="vsb-replaced-table" data-testid="replaced-table">
      <caption>{t.replacedOnlyYou()}</caption>
      <thead>
        <tr>
          <th scope="col">{t.replacedToken()}</th>
          <th scope="col">{t.replacedOriginal()}</th>
          <th scope="col">{t.replacedKind()}</th>
        </tr>
      </thead>
      <tbody>
        {replacements.map((entry) => (
          <tr key={entry.token}>
            <td>
              <code>{entry.token}</code>
            </td>
            <td>
              <code>{entry.original}</code>
            </td>
            <td>{entry.kind}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
