import { containersOf, type ContainerRef, type PodTemplateRef } from '../model/pod-template.js';

/**
 * A workload's pod template and its containers, read once per object in a rule run and shared by every rule
 * (`RuleContext.pod`, `IndexedObject.pod`): dozens of rules look at the containers of each workload.
 */
export class PodFacts {
  private all: readonly ContainerRef[] | undefined;
  private running: readonly ContainerRef[] | undefined;

  constructor(readonly template: PodTemplateRef) {}

  /** Every container: init, regular and ephemeral ones, in that order. */
  get allContainers(): readonly ContainerRef[] {
    return (this.all ??= containersOf(this.template));
  }

  /** The containers that run with the pod: init and regular ones, not ephemeral (debug) containers. */
  get containers(): readonly ContainerRef[] {
    return (this.running ??= this.allContainers.filter((c) => c.kind !== 'ephemeralContainers'));
  }
}
