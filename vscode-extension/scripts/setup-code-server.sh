#!/usr/bin/env bash
# Installs code-server 4.100.x (the last line that runs on Node 20) into vscode-extension/.build/code-server,
# working around its known install hurdles (docs/vscode.md): root needs unsafe-perm, the kerberos module needs
# Debian's libkrb5-dev, and @vscode/ripgrep is pinned to 1.18.0, which ships rg in an npm package instead of
# downloading it from GitHub. Also installs Debian's chromium for the browser side. Idempotent.
set -euo pipefail
VERSION="${CODE_SERVER_VERSION:-4.100.3}"
here="$(cd "$(dirname "$0")/.." && pwd)"
dest="$here/.build/code-server"
if [ -f "$dest/package/out/node/entry.js" ] && [ -f "$dest/.installed-$VERSION" ]; then
  echo "code-server $VERSION already installed in $dest"; exit 0
fi
sudo=()
if [ "$(id -u)" != 0 ] && command -v sudo >/dev/null; then sudo=(sudo); fi
need=()
command -v chromium >/dev/null || need+=(chromium)
dpkg -s libkrb5-dev >/dev/null 2>&1 || need+=(libkrb5-dev)
if [ ${#need[@]} -gt 0 ]; then
  "${sudo[@]}" apt-get update -qq
  "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
rm -rf "$dest" && mkdir -p "$dest" && cd "$dest"
export npm_config_unsafe_perm=true npm_config_yes=true npm_config_audit=false npm_config_fund=false
npm pack "code-server@$VERSION" >/dev/null
tar xzf "code-server-$VERSION.tgz"
cd package
(
  cd lib/vscode
  node -e "const p=require('./package.json');p.dependencies['@vscode/ripgrep']='1.18.0';require('fs').writeFileSync('package.json',JSON.stringify(p,null,2))"
  npm install --omit=dev --no-package-lock >/dev/null
  ln -sfn node_modules node_modules.asar
  (cd bin/remote-cli && ln -sfn code-linux.sh code-server)
  (cd bin/helpers && ln -sfn browser-linux.sh browser.sh)
  (cd extensions && npm install --omit=dev --no-package-lock >/dev/null)
)
npm install --omit=dev --ignore-scripts --no-package-lock >/dev/null
npm rebuild argon2 --build-from-source >/dev/null
touch "$dest/.installed-$VERSION"
echo "code-server $VERSION installed in $dest"
