/** Every source, in the order the screen lists them and the bundle is assembled. */
import type { Source } from '../types.ts';
import { addedFilesSource } from './added-files.ts';
import { applicationPropertiesSource } from './application-properties.ts';
import { applicationRolesSource } from './application-roles.ts';
import { browserSource } from './browser.ts';
import { clusterNodesSource } from './cluster-nodes.ts';
import { configurationSource } from './configuration.ts';
import { currentUserSource } from './current-user.ts';
import { healthChecksSource } from './health-checks.ts';
import { indexSummarySource } from './index-summary.ts';
import { installedAppsSource } from './installed-apps.ts';
import { licenceSource } from './licence.ts';
import { monitoringSource } from './monitoring.ts';
import { serverInfoSource } from './server-info.ts';
import { vilisoftAppsSource } from './vilisoft-apps.ts';

export const SOURCES: readonly Source[] = [
  serverInfoSource,
  clusterNodesSource,
  installedAppsSource,
  vilisoftAppsSource,
  healthChecksSource,
  indexSummarySource,
  licenceSource,
  applicationRolesSource,
  monitoringSource,
  configurationSource,
  applicationPropertiesSource,
  currentUserSource,
  browserSource,
  addedFilesSource,
];

export function findSource(id: string): Source | undefined {
  return SOURCES.find((source) => source.id === id);
}
