import { describe, expect, it } from 'vitest';
import { privilegeEscalationAllowed } from '../../../src/rules/practices/security/privilege-escalation-allowed.js';
import { privilegeEscalationNotDisabled } from '../../../src/rules/practices/security/privilege-escalation-not-disabled.js';
import { privilegedContainer } from '../../../src/rules/practices/security/privileged-container.js';
import { procMountUnmasked } from '../../../src/rules/practices/security/proc-mount-unmasked.js';
import { writableRootFilesystem } from '../../../src/rules/practices/security/writable-root-filesystem.js';
import { findingsOf, summary } from '../helpers.js';
import { oneContainer, pod } from './builders.js';

const sc = (lines: string): string => pod(oneContainer(`securityContext:\n${lines.replace(/^/gm, '  ')}`));

describe('container securityContext flags', () => {
  it.each([
    { name: 'privileged: true is reported', rule: privilegedContainer, yaml: sc('privileged: true'), findings: 1 },
    { name: 'privileged: false passes', rule: privilegedContainer, yaml: sc('privileged: false'), findings: 0 },
    { name: 'a container without securityContext is not privileged', rule: privilegedContainer, yaml: pod(oneContainer()), findings: 0 },
    { name: 'allowPrivilegeEscalation: true is reported', rule: privilegeEscalationAllowed, yaml: sc('allowPrivilegeEscalation: true'), findings: 1 },
    { name: 'unset allowPrivilegeEscalation is left to the strict rule', rule: privilegeEscalationAllowed, yaml: pod(oneContainer()), findings: 0 },
    { name: 'unset allowPrivilegeEscalation is not disabled', rule: privilegeEscalationNotDisabled, yaml: pod(oneContainer()), findings: 1 },
    { name: 'allowPrivilegeEscalation: false disables it', rule: privilegeEscalationNotDisabled, yaml: sc('allowPrivilegeEscalation: false'), findings: 0 },
    { name: 'explicit true is the recommended rule\'s, not this one\'s', rule: privilegeEscalationNotDisabled, yaml: sc('allowPrivilegeEscalation: true'), findings: 0 },
    { name: 'a privileged container escalates anyway and is skipped', rule: privilegeEscalationNotDisabled, yaml: sc('privileged: true'), findings: 0 },
    { name: 'Windows pods are skipped', rule: privilegeEscalationNotDisabled, yaml: pod(`os:\n  name: windows\n${oneContainer()}`), findings: 0 },
    { name: 'init containers are checked too', rule: privilegeEscalationNotDisabled, yaml: pod(`initContainers:\n  - name: init\n    image: busybox:1.36\n${oneContainer('securityContext:\n  allowPrivilegeEscalation: false')}`), findings: 1 },
    { name: 'readOnlyRootFilesystem: true passes', rule: writableRootFilesystem, yaml: sc('readOnlyRootFilesystem: true'), findings: 0 },
    { name: 'readOnlyRootFilesystem: false is reported', rule: writableRootFilesystem, yaml: sc('readOnlyRootFilesystem: false'), findings: 1 },
    { name: 'unset readOnlyRootFilesystem is reported', rule: writableRootFilesystem, yaml: pod(oneContainer()), findings: 1 },
    { name: 'procMount: Unmasked is reported', rule: procMountUnmasked, yaml: sc('procMount: Unmasked'), findings: 1 },
    { name: 'procMount: Default passes', rule: procMountUnmasked, yaml: sc('procMount: Default'), findings: 0 },
  ])('$name', ({ rule, yaml, findings }) => {
    expect(findingsOf(rule, yaml)).toHaveLength(findings);
  });

  it('points at the offending field with the container named', () => {
    expect(summary(findingsOf(privilegedContainer, sc('privileged: true')))).toEqual([
      'privileged-container 10:21 container "app" is privileged: it has every capability and every device of the node',
    ]);
    expect(summary(findingsOf(privilegeEscalationAllowed, sc('allowPrivilegeEscalation: true')))).toEqual([
      'privilege-escalation-allowed 10:35 container "app" sets allowPrivilegeEscalation: true: setuid binaries can raise its privileges',
    ]);
    expect(summary(findingsOf(procMountUnmasked, sc('procMount: Unmasked')))).toEqual([
      'proc-mount-unmasked 10:20 container "app" sets procMount: Unmasked: the host\'s /proc is not masked',
    ]);
  });

  it('points at the securityContext, or the container, when the setting is missing', () => {
    expect(summary(findingsOf(privilegeEscalationNotDisabled, sc('runAsNonRoot: true')))).toEqual([
      'privilege-escalation-not-disabled 9:7 container "app" does not set allowPrivilegeEscalation: false',
    ]);
    expect(summary(findingsOf(writableRootFilesystem, pod(oneContainer())))).toEqual([
      'writable-root-filesystem 7:7 container "app" has a writable root filesystem (readOnlyRootFilesystem is not set)',
    ]);
    expect(summary(findingsOf(writableRootFilesystem, sc('readOnlyRootFilesystem: false')))).toEqual([
      'writable-root-filesystem 10:33 container "app" has a writable root filesystem (readOnlyRootFilesystem: false)',
    ]);
  });
});
