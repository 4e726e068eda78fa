import { VERSION } from '../version.js';

export const MAIN_HELP = `kubeplan ${VERSION}: what your Kubernetes manifests will do, before you apply them

Usage:
  kubeplan lint [flags] PATH...     validate manifests (files, directories, - for stdin)
  kubeplan plan [flags] [PATH...]   predict what the cluster does with them: objects, pod placement, Services
  kubeplan explain pod NS/NAME [PATH...]
                                    show how the scheduler placed (or could not place) one pod
  kubeplan show PLAN.json           render a plan saved with kubeplan plan --out PLAN.json
  kubeplan rules [ID]               list the rules, or explain one
  kubeplan help [command]           show help
  kubeplan --version                print the version

Run "kubeplan COMMAND --help" for the flags of lint, plan, explain and rules.
`;

export const LINT_HELP = `Usage: kubeplan lint [flags] PATH...

Validates Kubernetes manifests against the Kubernetes API schema (strict unknown fields, CRDs from the input,
deprecated and removed apiVersions) and reports findings with exact positions.
PATH is a file, a directory (searched recursively for .yaml, .yml and .json), or - for standard input.

Flags:
  -o, --output FORMAT          text (default), json, sarif, junit, github
      --kube-version X.Y       Kubernetes version to check against (default: the built-in schema's, 1.36)
      --strict / --no-strict   reject unknown fields (default: the configuration's, else strict, like
                               kubectl's server-side validation)
      --fail-on LEVEL          exit 1 on findings at or above: error (default), warning, info, none
      --summary                print only the summary (text output)
  -q, --quiet                  print errors only (text output)
      --color / --no-color     colour the text output (default: on a terminal, unless NO_COLOR is set)
      --exclude GLOB           skip matching files in directory scans (repeatable)
      --schema-location LOC    extra JSON schemas for custom resources: a folder, a file, or a kubeconform-style
                               template such as 'schemas/{{ .ResourceKind }}{{ .KindSuffix }}.json' (repeatable)
      --ignore-missing-schemas do not warn about custom resources that have no schema
      --skip KIND              do not check objects of this kind (Kind, or apiVersion/Kind; repeatable)
      --reject KIND            report objects of this kind as errors (Kind, or apiVersion/Kind; repeatable)
  -n, --namespace NS           namespace of objects that name none, for duplicate detection (default: default)
  -j, --jobs N                 lint with N worker threads (default 1)
      --cluster FILE|DIR       check scheduling against these nodes: Node objects or \`kubectl get nodes -o
                               yaml\` output (repeatable; replaces the configuration's cluster:)
      --preset NAME            which rules run: recommended (default), strict, or none (schema checks and
                               the rules enabled one by one in the configuration)
      --assume-complete        the inputs are the whole application: missing references are errors
  -c, --config FILE            read this configuration file instead of searching for .kubeplan.yaml
      --no-config              do not read any configuration file
      --fix                    apply the safe fixes to the files (tabs, quoting of YAML 1.1 booleans, removed
                               apiVersions...), then report what remains
      --fix-dry-run            print the safe fixes as a unified diff instead of writing them
  -h, --help                   show this help

Configuration: .kubeplan.yaml, searched upwards from the inputs' folders (up to the repository root), sets the
preset, rule levels and parameters, ignores and the flags above; flags win over the file.
Ignores: the annotation kubeplan.io/ignore: rule-a,rule-b (or all) on an object, a comment
"# kubeplan-ignore rule-a: reason" at the end of a line or on the line above a node, and
"# kubeplan-ignore-file" anywhere in a file. An ignore that suppresses nothing is reported (unused-ignore).

Exit codes: 0 no findings at or above --fail-on, 1 findings at or above --fail-on, 2 usage or input error.
`;

export const RULES_HELP = `Usage: kubeplan rules [ID] [-o text|json]

Without ID, lists every rule grouped by category: id, default severity, preset and what it finds.
With ID, explains the rule: why it matters, how to fix it, examples, equivalent checks of other tools and
parameters.

Flags:
  -o, --output FORMAT          text (default) or json
  -h, --help                   show this help

Exit codes: 0 ok, 2 unknown rule id or usage error.
`;

const CLUSTER_FLAGS = `      --cluster FILE|DIR       the cluster to plan against: Node objects, or a \`kubectl get -A -o yaml\` dump
                               with the pods and objects already running (repeatable; replaces the
                               configuration's cluster:)
      --nodes SPEC             a what-if node group, e.g. 'count=3,cpu=4,memory=16Gi,zones=a|b|c,
                               taints=dedicated=gpu:NoSchedule,labels=pool=gpu,prefix=gpu' (repeatable;
                               added to the --cluster nodes). Without --cluster and --nodes: a built-in
                               default cluster
      --kube-version X.Y       Kubernetes version (default: the built-in schema's)
      --now TIME               the simulation clock, ISO 8601 (default: now); fix it for reproducible output
  -n, --namespace NS           namespace of objects that name none (default: default)
  -c, --config FILE            read this configuration file instead of searching for .kubeplan.yaml
      --no-config              do not read any configuration file
      --preset NAME            which lint rules run: recommended (default), strict or none
      --strict / --no-strict   reject unknown fields (default: the configuration's, else strict)
      --assume-complete        the inputs are the whole application: missing references are errors
      --color / --no-color     colour the text output (default: on a terminal, unless NO_COLOR is set)
  -h, --help                   show this help`;

export const PLAN_HELP = `Usage: kubeplan plan [flags] [PATH...]

Predicts what the cluster does with the manifests, like terraform plan: lints them, applies what the API
server would accept (admission: LimitRanges, ResourceQuotas, priorities...), runs the controllers
(Deployments, StatefulSets, DaemonSets, Jobs, CronJobs, Services) and schedules every pod as kube-scheduler
would, on the cluster of --cluster, --nodes or the built-in default. Prints the objects to create (generated
ones under their owners), rejected objects and why, node utilization, Pending pods with the scheduler's
message, Services with their endpoints and DNS names, volume claims, CronJob runs, Ingress routes, then
"Plan: N to add, N to change, N to destroy. Pods: N scheduled, N pending."
PATH is a file, a directory (searched recursively for .yaml, .yml and .json), or - for standard input;
the current directory when none is given. Where kube-scheduler picks at random among equal scores,
kubeplan picks by node name, so the same inputs and --now give byte-identical output.

Flags:
  -o, --output FORMAT          text (default), json (the versioned plan document, docs/plan-json.md) or
                               markdown (for a pull-request comment)
      --explain POD            also show how the scheduler decided this pod, NAMESPACE/NAME or NAME
                               (repeatable; text and markdown output)
      --fail-on WHEN           exit 1 on: error (default: error findings or rejected objects), warning, info,
                               pending (Pending pods too), none (never); comma-separated or repeated,
                               e.g. --fail-on error,pending
      --base REF|PATH          plan against the previous version of the manifests: a file or folder, else a
                               git revision (main, HEAD~1, a tag) of the repository holding PATH, whose
                               same paths are read at that revision. Prints the changes like terraform
                               plan: + create, ~ update, - destroy, -/+ replace (an immutable field
                               changes), field diffs, rollouts step by step, pods that move, nodes
                               before → after
      --no-prune               keep the base's objects that the manifests no longer declare (default: they are
                               deleted with what they own, as kubectl apply --prune does)
      --base-cluster FILE|DIR  the cluster before the change (repeatable; default: the --cluster of after), e.g.
                               to see what a node taint or cordon does: pods evicted and where they go
      --out FILE               also write the JSON plan document to FILE (render it later with kubeplan show)
      --detailed-exitcode      terraform's exit codes: 0 no changes, 2 changes, 1 errors (findings at or above
                               --fail-on, rejected objects, usage or input errors)
${CLUSTER_FLAGS}

Without --base, the objects of a --cluster dump (kubectl get ... -A -o yaml) are the current state: the
manifests update the objects of the same kind, namespace and name (kubectl diff against that snapshot), and
nothing is pruned.

Exit codes: 0 plan computed, nothing at or above --fail-on; 1 findings at or above --fail-on, or objects the
API server would reject (Pending pods only with --fail-on pending); 2 usage error or unreadable input. With
--detailed-exitcode: 0 no changes, 2 changes, 1 any of those errors.
`;

export const SHOW_HELP = `Usage: kubeplan show PLAN.json [flags]

Renders a plan saved with kubeplan plan --out PLAN.json (or -o json) again, without planning: plan once in
CI, then show it as text in the log and as Markdown in the pull request. The file's schemaVersion must be one
this kubeplan reads (1).

Flags:
  -o, --output FORMAT          text (default), json or markdown
      --color / --no-color     colour the text output (default: on a terminal, unless NO_COLOR is set)
  -h, --help                   show this help

Exit codes: 0 shown; 2 unreadable file, not a plan, an unsupported schemaVersion or a usage error.
`;

export const EXPLAIN_HELP = `Usage: kubeplan explain pod NAMESPACE/NAME [flags] [PATH...]

Plans PATH (as kubeplan plan does) and shows how the scheduler decided one pod: a table of every node
against every filter plugin (✓ passed, ✗ and kube-scheduler's reason, – not evaluated after the first
failure) and every score plugin (raw → normalized ×weight), the total, the chosen node (★) and how a tie
was broken, or why the pod stays Pending, and the pods preemption evicts. NAME alone means the namespace
of -n (default: default). Deployments' pod names are generated: kubeplan plan shows them.

Flags:
  -o, --output FORMAT          text (default) or json (the explanation record)
${CLUSTER_FLAGS}

Exit codes: 0 explanation printed (also for a Pending pod); 2 unknown pod, usage error or unreadable input.
`;
