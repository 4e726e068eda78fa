import { ALL_RULES, EDITOR_RULES, excludedPaths, indexWorkspace, type ObjectIndex, type PlanDocument, type Rule } from '@kubeplan/core';
import type { Project } from './project.js';
import { Uris } from './uris.js';
import { WorkspaceIndex, type IndexedFile } from './workspace-index.js';

/** Where the server reports what goes wrong inside it (the LSP console). */
export interface Logger {
  error(message: string): void;
  warn(message: string): void;
  info(message: string): void;
}

/** The latest background plan of the workspace. */
export interface PlanSnapshot {
  /** The index generation it was computed for (older than the current one while a new plan runs). */
  generation: number;
  document: PlanDocument;
  /** How long it took, in milliseconds. */
  ms: number;
}

/**
 * The state every feature reads: the project's settings, the index of the workspace's manifests, the object
 * index over them and the latest plan. Features are functions of a Workspace and a request; the server wiring
 * keeps it current.
 */
export class Workspace {
  readonly index = new WorkspaceIndex();
  readonly uris = new Uris();
  /** Files left out whole by their place in the tree (Helm chart templates, kustomize patches). */
  treeSkipped = new Set<string>();
  plan: PlanSnapshot | undefined;
  /**
   * The semantic rules run on each file: core's, plus the editor's rules core does not register yet (a
   * fault-injection test may replace one with a rule that throws).
   */
  ruleSet: readonly Rule[] = [...ALL_RULES, ...EDITOR_RULES];
  private excluded: (file: string) => boolean;
  private objectIndex: { generation: number; index: ObjectIndex } | undefined;

  constructor(
    public project: Project,
    readonly log: Logger,
  ) {
    this.excluded = excludedPaths(project.exclude);
  }

  setProject(project: Project): void {
    this.project = project;
    this.excluded = excludedPaths(project.exclude);
    this.objectIndex = undefined;
  }

  /** Left out by the configuration's `ignore.paths`. */
  isExcluded(file: string): boolean {
    return this.excluded(file);
  }

  /** The indexed file of a document URI. */
  file(uri: string): IndexedFile | undefined {
    return this.index.get(this.uris.toFile(uri));
  }

  /** The object index over the whole workspace, rebuilt on first use after a change. */
  objects(): ObjectIndex {
    const generation = this.index.generation;
    if (this.objectIndex?.generation !== generation) {
      const { registry, namespace } = this.project;
      this.objectIndex = { generation, index: indexWorkspace(this.index.manifests(), namespace, (a, k) => registry.isNamespaced(a, k)) };
    }
    return this.objectIndex.index;
  }
}
