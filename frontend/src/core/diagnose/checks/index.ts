/** Every diagnostic check, in the order their findings are listed within a severity. */
import type { Check } from '../check.ts';
import { answeringNodeCheck } from './answering-node.ts';
import { baseUrlCheck } from './base-url.ts';
import { clusterBuildsCheck } from './cluster-builds.ts';
import { clusterNodesAliveCheck } from './cluster-nodes-alive.ts';
import { databaseCheck } from './database.ts';
import { healthChecksCheck } from './health-checks.ts';
import { indexCountsCheck } from './index-counts.ts';
import { indexReadableCheck } from './index-readable.ts';
import { javaVersionCheck } from './java-version.ts';
import { jiraVersionCheck } from './jira-version.ts';
import { jvmHeapCheck } from './jvm-heap.ts';
import { licenceExpiryCheck } from './licence-expiry.ts';
import { licenceSeatsCheck } from './licence-seats.ts';
import { monitoringCheck } from './monitoring.ts';
import { vilisoftAppStateCheck } from './vilisoft-app-state.ts';
import { vilisoftCompatibilityCheck } from './vilisoft-compatibility.ts';
import { vilisoftRecentErrorsCheck } from './vilisoft-recent-errors.ts';
import { websudoCheck } from './websudo.ts';

export const CHECKS: readonly Check[] = [
  vilisoftCompatibilityCheck,
  vilisoftAppStateCheck,
  vilisoftRecentErrorsCheck,
  clusterBuildsCheck,
  clusterNodesAliveCheck,
  answeringNodeCheck,
  indexReadableCheck,
  indexCountsCheck,
  healthChecksCheck,
  jiraVersionCheck,
  javaVersionCheck,
  databaseCheck,
  jvmHeapCheck,
  licenceExpiryCheck,
  licenceSeatsCheck,
  baseUrlCheck,
  websudoCheck,
  monitoringCheck,
];
