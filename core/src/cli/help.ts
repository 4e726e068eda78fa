import { VERSION } from '../version.js';

export const MAIN_HELP = `kubeplan ${VERSION}: what your Kubernetes manifests will do, before you apply them

Usage:
  kubeplan lint [flags] PATH...     validate manifests (files, directories, - for stdin)
  kubeplan help [command]           show help
  kubeplan --version                print the version

Run "kubeplan lint --help" for the lint flags.
`;

export const LINT_HELP = `Usage: kubeplan lint [flags] PATH...

Validates Kubernetes manifests against the Kubernetes API schema (strict unknown fields, CRDs from the input,
deprecated and removed apiVersions) and reports findings with exact positions.
PATH is a file, a directory (searched recursively for .yaml, .yml and .json), or - for standard input.

Flags:
  -o, --output FORMAT          text (default), json, sarif, junit, github
      --kube-version X.Y       Kubernetes version to check against (default: the built-in schema's, 1.36)
      --strict / --no-strict   reject unknown fields (default: strict, like kubectl's server-side validation)
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
  -h, --help                   show this help

Exit codes: 0 no findings at or above --fail-on, 1 findings at or above --fail-on, 2 usage or input error.
`;
