import { appConfigKeys } from './app-config.js';
import { connectionBudget } from './connection-budget.js';
import { containerClashes } from './container-clashes.js';
import { environmentMatchesFile } from './environment-name.js';
import { hostClashes } from './host-clashes.js';
import { memoryFit, tuningNeedsContainer } from './memory-fit.js';
import { presetRules } from './preset-rules.js';
import { duplicateInstanceIds } from './instance-ids.js';
import { undefinedReferences } from './references.js';
import { promotedReleases } from './promotion.js';
import { releasePinned } from './release-pin.js';
import { secretReferenceNames } from './secret-refs.js';
import type { Rule } from './rule.js';
import { tlsNeedsFiles } from './tls.js';
import { unpinnedHost } from './unpinned-host.js';

export const RULES: readonly Rule[] = [
  duplicateInstanceIds,
  hostClashes,
  undefinedReferences,
  tlsNeedsFiles,
  environmentMatchesFile,
  promotedReleases,
  unpinnedHost,
  appConfigKeys,
  presetRules,
  memoryFit,
  tuningNeedsContainer,
  connectionBudget,
  containerClashes,
  secretReferenceNames,
  releasePinned,
];
