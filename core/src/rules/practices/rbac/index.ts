import type { Rule } from '../../rule.js';
import { clusterAdminBinding } from './cluster-admin-binding.js';
import { createPodsAccess } from './create-pods-access.js';
import { escalationVerbs } from './escalation-verbs.js';
import { podExecAccess } from './pod-exec-access.js';
import { roleWildcard } from './role-wildcard.js';
import { secretsAccess } from './secrets-access.js';
import { systemMastersBinding } from './system-masters-binding.js';

/** Roles, ClusterRoles and their bindings. */
export const RBAC_RULES: readonly Rule[] = [clusterAdminBinding, systemMastersBinding, roleWildcard, escalationVerbs, podExecAccess, secretsAccess, createPodsAccess];
