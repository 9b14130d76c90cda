/**
 * Every string of the screen. Each `AJS.I18n.getText("…")` call is written out literally
 * because Jira's jsI18n transform replaces those calls with the translated text when it
 * serves the script; a wrapper would hide them from it.
 */

/** Fills `{0}`, `{1}`… like Jira's AJS.format. */
export function format(pattern: string, ...args: (string | number)[]): string {
  return pattern.replace(/\{(\d+)\}/g, (whole, index: string) => {
    const value = args[Number(index)];
    return value === undefined ? whole : String(value);
  });
}

export const t = {
  title: () => AJS.I18n.getText('support-bundle.title'),
  intro: () => AJS.I18n.getText('support-bundle.intro'),
  promise: () => AJS.I18n.getText('support-bundle.promise'),
  step1: () => AJS.I18n.getText('support-bundle.step.sources'),
  step2: () => AJS.I18n.getText('support-bundle.step.files'),
  step3: () => AJS.I18n.getText('support-bundle.step.redaction'),
  colInclude: () => AJS.I18n.getText('support-bundle.sources.include'),
  colSource: () => AJS.I18n.getText('support-bundle.sources.source'),
  colContents: () => AJS.I18n.getText('support-bundle.sources.contents'),
  colStatus: () => AJS.I18n.getText('support-bundle.sources.status'),
  includeSource: () => AJS.I18n.getText('support-bundle.sources.include.label'),
  statusReady: () => AJS.I18n.getText('support-bundle.status.ready'),
  statusOff: () => AJS.I18n.getText('support-bundle.status.off'),
  statusOk: () => AJS.I18n.getText('support-bundle.status.ok'),
  statusFailed: () => AJS.I18n.getText('support-bundle.status.failed'),
  statusTruncated: () => AJS.I18n.getText('support-bundle.status.truncated'),
  statusSkipped: () => AJS.I18n.getText('support-bundle.status.skipped'),
  retry: () => AJS.I18n.getText('support-bundle.retry'),
  loadingSources: () => AJS.I18n.getText('support-bundle.sources.loading'),
  filesHint: () => AJS.I18n.getText('support-bundle.files.hint'),
  filesPick: () => AJS.I18n.getText('support-bundle.files.pick'),
  filesRemove: () => AJS.I18n.getText('support-bundle.files.remove'),
  redactionAlways: () => AJS.I18n.getText('support-bundle.redaction.always'),
  keywordsLabel: () => AJS.I18n.getText('support-bundle.redaction.keywords'),
  keywordsHelp: () => AJS.I18n.getText('support-bundle.redaction.keywords.help'),
  generate: () => AJS.I18n.getText('support-bundle.generate'),
  generating: () => AJS.I18n.getText('support-bundle.generating'),
  cancel: () => AJS.I18n.getText('support-bundle.cancel'),
  stageCollect: () => AJS.I18n.getText('support-bundle.stage.collect'),
  stageRedact: () => AJS.I18n.getText('support-bundle.stage.redact'),
  stagePack: () => AJS.I18n.getText('support-bundle.stage.pack'),
  cancelled: () => AJS.I18n.getText('support-bundle.cancelled'),
  failed: () => AJS.I18n.getText('support-bundle.failed'),
  readyTitle: () => AJS.I18n.getText('support-bundle.ready.title'),
  readySummary: () => AJS.I18n.getText('support-bundle.ready.summary'),
  download: () => AJS.I18n.getText('support-bundle.download'),
  downloadMap: () => AJS.I18n.getText('support-bundle.download.map'),
  mapWarning: () => AJS.I18n.getText('support-bundle.download.map.warning'),
  nothingSent: () => AJS.I18n.getText('support-bundle.nothing-sent'),
  findingsTitle: () => AJS.I18n.getText('support-bundle.findings.title'),
  logTitle: () => AJS.I18n.getText('support-bundle.log.title'),
  previewTitle: () => AJS.I18n.getText('support-bundle.preview.title'),
  previewFile: () => AJS.I18n.getText('support-bundle.preview.file'),
  previewSize: () => AJS.I18n.getText('support-bundle.preview.size'),
  previewRedactions: () => AJS.I18n.getText('support-bundle.preview.redactions'),
  previewInclude: () => AJS.I18n.getText('support-bundle.preview.include'),
  previewShow: () => AJS.I18n.getText('support-bundle.preview.show'),
  previewTruncated: () => AJS.I18n.getText('support-bundle.preview.truncated'),
  showReplaced: () => AJS.I18n.getText('support-bundle.preview.replaced'),
  replacedOnlyYou: () => AJS.I18n.getText('support-bundle.preview.replaced.private'),
  replacedOriginal: () => AJS.I18n.getText('support-bundle.preview.replaced.original'),
  replacedToken: () => AJS.I18n.getText('support-bundle.preview.replaced.token'),
  startOver: () => AJS.I18n.getText('support-bundle.start-over'),
  deniedTitle: () => AJS.I18n.getText('support-bundle.denied.title'),
  deniedBody: () => AJS.I18n.getText('support-bundle.denied.body'),
  workerFailed: () => AJS.I18n.getText('support-bundle.worker.failed'),
};

export type MessageKey = keyof typeof t;
