/** Jira's base URL differs from the URL the admin's browser uses. */
import { DOCS, finding, type Check } from '../check.ts';

export const baseUrlCheck: Check = {
  id: 'base-url',
  title: "The base URL matches the browser's address",
  docUrl: DOCS.baseUrl,
  run(facts) {
    // A boolean computed before redaction: the URLs themselves never reach a finding.
    const matches = facts.baseUrlMatchesBrowser;
    if (matches === undefined) return [];
    if (matches) {
      return [
        finding(this, 'ok', {
          title: "The base URL matches the browser's address",
          why: 'Links in e-mails, gadgets and apps point where users go.',
          action: '',
        }),
      ];
    }
    return [
      finding(this, 'warning', {
        title: "The base URL differs from the browser's address",
        why: 'Gadgets, links in e-mails, OAuth and some apps break when the base URL is not the address users use (scheme, host, port and context path all count).',
        action:
          'Set the base URL (System › General configuration) to the address users open, or fix the proxy settings in server.xml.',
      }),
    ];
  },
};
