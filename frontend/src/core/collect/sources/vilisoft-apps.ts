/**
 * Each installed Vilisoft app's own diagnostics, read through the app diagnostics contract.
 * Apps that UPM says are not installed are skipped without a call.
 */
import type { Facts } from '../../model.ts';
import { jsonItem } from '../json.ts';
import type { Source, SourceContext, SourceResult } from '../types.ts';
import { checkAppDiagnostics } from '../vilisoft/contract.ts';
import { diagnosticsEndpoint, VILISOFT_APPS, type VilisoftApp } from '../vilisoft/apps.ts';
import { parsePlugins, UPM_LIST } from './installed-apps.ts';

type AppFacts = NonNullable<Facts['vilisoftApps']>[number];

/** Installed app keys from UPM, or undefined when UPM could not tell (then we ask each app). */
async function installedKeys(ctx: SourceContext): Promise<Set<string> | undefined> {
  const list = await ctx.client.getJson('vilisoft-apps', UPM_LIST);
  return list.ok ? new Set(parsePlugins(list.json).map((p) => p.key)) : undefined;
}

async function collectApp(ctx: SourceContext, app: VilisoftApp, result: SourceResult) {
  const endpoint = diagnosticsEndpoint(app);
  const call = await ctx.client.getJson('vilisoft-apps', endpoint, {
    notFound: {
      message: `${app.name} is not installed, or its version does not offer diagnostics yet.`,
      advice: `Nothing to do if ${app.name} is not installed; otherwise update it.`,
    },
  });
  if (!call.ok) {
    const status = call.kind === 'not-found' ? 'skipped' : 'failed';
    result.log.push({ ...call.entry, status });
    return;
  }
  result.items.push(jsonItem(`apps/vilisoft/${app.appKey}.json`, 'vilisoft-apps', call.json));
  const checked = checkAppDiagnostics(call.json, app.appKey);
  if (!checked.ok) {
    result.log.push({
      ...call.entry,
      status: 'failed',
      kind: 'malformed-json',
      message: `${app.name} answered, but not in the diagnostics format: ${checked.problems.join('; ')}.`,
      advice: `The answer is included as it is; update ${app.name} to a version that follows the contract.`,
    });
    return;
  }
  result.log.push(call.entry);
  const facts: AppFacts = {
    appKey: checked.value.appKey,
    appVersion: checked.value.appVersion,
    compatibleJira: { ...checked.value.compatibleJira },
    recentErrors: checked.value.recentErrors.map((e) => ({ time: e.time, message: e.message })),
  };
  (result.facts.vilisoftApps ??= []).push(facts);
}

export const vilisoftAppsSource: Source = {
  id: 'vilisoft-apps',
  title: 'Vilisoft app diagnostics',
  description: "Each installed Vilisoft app's own diagnostics: configuration and recent errors.",
  defaultOn: true,
  typicalBytes: 8000,
  enabled: () => true,
  async collect(ctx) {
    const result: SourceResult = { items: [], facts: {}, log: [], learned: [] };
    const installed = await installedKeys(ctx);
    for (const app of VILISOFT_APPS) {
      if (installed && !installed.has(app.appKey)) {
        result.log.push({
          sourceId: 'vilisoft-apps',
          status: 'skipped',
          message: `${app.name} is not installed.`,
          advice: '',
        });
        continue;
      }
      await collectApp(ctx, app, result);
    }
    return result;
  },
};
