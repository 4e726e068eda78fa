import type { Rule } from '../../rule.js';
import { containerImage } from './container-image.js';
import { containerNames } from './container-names.js';
import { containerPorts } from './container-ports.js';
import { envVars } from './env-vars.js';
import { nodeAffinity } from './node-affinity.js';
import { podAffinity } from './pod-affinity.js';
import { podDns } from './pod-dns.js';
import { podSpecFields } from './pod-spec-fields.js';
import { probes } from './probes.js';
import { resources } from './resources.js';
import { sidecars } from './sidecars.js';
import { tolerations } from './tolerations.js';
import { topologySpread } from './topology-spread.js';
import { volumeMounts } from './volume-mounts.js';
import { volumes } from './volumes.js';

/** API-server validation of pod specs (containers, ports, env, volumes, probes, resources, scheduling fields). */
export const POD_SPEC_RULES: readonly Rule[] = [
  containerNames,
  containerImage,
  containerPorts,
  sidecars,
  envVars,
  volumes,
  volumeMounts,
  probes,
  resources,
  podSpecFields,
  tolerations,
  nodeAffinity,
  podAffinity,
  topologySpread,
  podDns,
];
