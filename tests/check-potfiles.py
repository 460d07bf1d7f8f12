#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Fails when a file with translatable strings is missing from po/POTFILES.in,
# or when POTFILES.in lists a file that does not exist.
#
#   check-potfiles.py SOURCE_ROOT

import os
import re
import sys

root = sys.argv[1]
marks = {
    '.c': re.compile(r'\b(N?_|C_|NC_|g_dngettext|ngettext)\s*\('),
    '.ui': re.compile(r'translatable="yes"'),
}

with open(os.path.join(root, 'po', 'POTFILES.in'), encoding='utf-8') as f:
    listed = {line.strip() for line in f if line.strip() and not line.startswith('#')}

needed = set()
for folder in ('src', 'ui', 'data'):
    for dirpath, _, files in os.walk(os.path.join(root, folder)):
        for name in files:
            path = os.path.relpath(os.path.join(dirpath, name), root)
            if name.endswith(('.desktop.in.in', '.metainfo.xml.in.in', '.gschema.xml')):
                needed.add(path)
                continue
            mark = marks.get(os.path.splitext(name)[1])
            if mark and name.endswith(('.c', '.ui')):
                with open(os.path.join(root, path), encoding='utf-8') as f:
                    if mark.search(f.read()):
                        needed.add(path)

missing = sorted(needed - listed)
stale = sorted(p for p in listed if not os.path.exists(os.path.join(root, p)))
for path in missing:
    print(f'{path} has translatable strings but is not in po/POTFILES.in')
for path in stale:
    print(f'po/POTFILES.in lists {path}, which does not exist')
sys.exit(1 if missing or stale else 0)
