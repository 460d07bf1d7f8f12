#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Double-clicking a workspace opens Rampart: the shared-mime-info type
# recognises .isms files by name and by content, and the desktop file
# claims that type.
#
#   test-mime.sh PATH/TO/rampart MIME_XML DESKTOP_FILE

set -u
rampart=$1 mime_xml=$2 desktop=$3
type=application/x-rampart-workspace
n=0 failed=0

check () {
  n=$((n + 1))
  if [ "$2" = "$3" ]; then echo "ok $n - $1"; else echo "not ok $n - $1"; echo "# got '$2', wanted '$3'"; failed=1; fi
}

for tool in update-mime-database gio; do
  command -v $tool >/dev/null || { echo "1..0 # SKIP $tool is not installed"; exit 0; }
done

tmp=$(mktemp -d)
trap 'rm -rf "$tmp"' EXIT
mkdir -p "$tmp/share/mime/packages"
cp "$mime_xml" "$tmp/share/mime/packages/"
update-mime-database "$tmp/share/mime" >/dev/null 2>&1
export XDG_DATA_DIRS="$tmp/share:${XDG_DATA_DIRS:-/usr/local/share:/usr/share}"
export XDG_DATA_HOME="$tmp/home"

"$rampart" new "$tmp/Company.isms"
cp "$tmp/Company.isms" "$tmp/workspace-without-extension"
printf 'not a workspace\n' > "$tmp/notes.txt"

content_type () { gio info -a standard::content-type "$1" | sed -n 's/^ *standard::content-type: //p'; }

echo "1..4"
check "a .isms file" "$(content_type "$tmp/Company.isms")" "$type"
check "a workspace without its extension, by content" "$(content_type "$tmp/workspace-without-extension")" "$type"
check "a text file is not a workspace" "$(content_type "$tmp/notes.txt")" "text/plain"
check "the desktop file opens the type" \
  "$(sed -n 's/^MimeType=//p' "$desktop" | tr ';' '\n' | grep -x "$type")" "$type"
exit $failed
