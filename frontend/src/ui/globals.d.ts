// Page globals Jira provides on every decorated page (see JIRA-DC.md).
interface AjsGlobal {
  contextPath(): string;
  I18n: { getText(key: string, ...args: unknown[]): string };
  format?(pattern: string, ...args: unknown[]): string;
}

interface WrmGlobal {
  require(keys: string | string[]): PromiseLike<unknown>;
}

declare const AJS: AjsGlobal;
declare const WRM: WrmGlobal;
