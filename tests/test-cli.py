#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# The headless commands, as a script or a person on a server uses them:
# exit 0 on success, 1 with a one-line message for a bad file or argument,
# 2 for a malformed command line; and a bad file is never changed.
#
#   test-cli.py PATH/TO/rampart

import os
import pwd
import random
import shutil
import sqlite3
import stat
import subprocess
import sys
import tempfile

rampart = os.path.abspath(sys.argv[1])
results = []


def check(name, condition, detail=''):
    results.append((name, bool(condition), detail))


def run(*args, user=None):
    env = dict(os.environ, LC_ALL='C.UTF-8')
    command = [rampart, *args]
    if user is not None:
        # Permissions mean nothing to root: read as an unprivileged account.
        command = ['setpriv', f'--reuid={user}', f'--regid={user}', '--clear-groups', *command]
    p = subprocess.run(command, capture_output=True, text=True, env=env, timeout=60)
    return p.returncode, p.stdout, p.stderr


def read(path):
    with open(path, 'rb') as f:
        return f.read()


def write(path, data):
    with open(path, 'wb') as f:
        f.write(data)


tmp = tempfile.mkdtemp(prefix='rampart-cli-')
os.chmod(tmp, 0o755)
try:
    # --version and --help
    code, out, err = run('--version')
    check('--version', code == 0 and out.startswith('rampart ') and not err, out + err)
    code, out, err = run('--help')
    check('--help', code == 0 and 'rampart new' in out and 'rampart info' in out, out + err)

    # new and info
    example = os.path.join(tmp, 'Kestrel Data.isms')
    code, out, err = run('new', '--example', example)
    check('new --example', code == 0 and os.path.exists(example) and not err, err)
    check('new makes a private file', stat.S_IMODE(os.stat(example).st_mode) == 0o600)
    code, out, err = run('info', example)
    check('info', code == 0 and 'Annex A controls: 93' in out and 'Schema version: ' in out
          and 'Kestrel Data' in out, out + err)

    empty = os.path.join(tmp, 'Empty.isms')
    code, out, err = run('new', empty)
    code2, out2, err2 = run('info', empty)
    check('new without example', code == 0 and code2 == 0 and 'Annex A controls: 93' in out2
          and 'not named yet' in out2, out2 + err2)

    before = read(example)
    code, out, err = run('new', example)
    check('new refuses an existing file', code == 1 and len(err.strip().splitlines()) == 1
          and read(example) == before, err)

    # usage errors
    for args in (['new'], ['new', '--bogus', 'x.isms'], ['new', 'a.isms', 'b.isms'],
                 ['info'], ['info', 'a.isms', 'b.isms'], ['info', '--all', example],
                 ['--bogus'], ['--version', 'extra']):
        code, out, err = run(*args)
        check('usage error: ' + ' '.join(args), code == 2 and err.startswith('rampart: '),
              f'{code} {err}')

    # bad files: each gets exit 1, one line of its own, and stays as it was
    good = read(example)
    page_size = int.from_bytes(good[16:18], 'big')

    def newer(data):
        data = bytearray(data)
        data[60:64] = (int.from_bytes(data[60:64], 'big') + 1).to_bytes(4, 'big')
        return bytes(data)

    def damaged(path):
        write(path, good)
        db = sqlite3.connect(f'file:{path}?mode=ro', uri=True)
        root = db.execute("SELECT rootpage FROM sqlite_schema WHERE name = 'control'").fetchone()[0]
        db.close()
        data = bytearray(good)
        data[(root - 1) * page_size:(root - 1) * page_size + 64] = b'\xa5' * 64
        write(path, bytes(data))

    def other_database(path):
        db = sqlite3.connect(path)
        db.execute('CREATE TABLE songs (title TEXT)')
        db.execute('PRAGMA user_version = 3')
        db.commit()
        db.close()

    rng = random.Random(27001)
    cases = {
        'missing': None,
        'directory': lambda p: os.mkdir(p),
        'empty': lambda p: write(p, b''),
        'text': lambda p: write(p, 'Risk register\nR-001,Laptop theft,High\n'.encode()),
        'random': lambda p: write(p, b'\0' + bytes(rng.randrange(256) for _ in range(8191))),
        'truncated': lambda p: write(p, good[:len(good) // 2 + 100]),
        'other program': other_database,
        'newer version': lambda p: write(p, newer(good)),
        'damaged page': damaged,
        'unreadable': lambda p: (write(p, good), os.chmod(p, 0)),
    }
    messages = {}
    for name, make in cases.items():
        path = os.path.join(tmp, name.replace(' ', '-') + '.isms')
        if make:
            make(path)
        snapshot = read(path) if os.path.isfile(path) and name != 'unreadable' else None
        user = None
        if name == 'unreadable':
            snapshot = good
            if os.geteuid() == 0:
                user = pwd.getpwnam('nobody').pw_uid
                os.chown(path, user, user)
        code, out, err = run('info', path, user=user)
        lines = err.strip().splitlines()
        if name == 'unreadable':
            os.chmod(path, 0o600)
        after = read(path) if os.path.isfile(path) else None
        check(f'bad file: {name}', code == 1 and len(lines) == 1 and after == snapshot
              and not out, f'{code} {err!r}')
        if lines:
            messages[name] = lines[0].split(': ', 2)[-1]
        print(f'# {name}: {err.strip()}')

    distinct = len(set(messages.values()))
    check('each bad file has its own message', distinct == len(cases), messages)
finally:
    shutil.rmtree(tmp, ignore_errors=True)

print(f'1..{len(results)}')
for number, (name, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {number} - {name}")
    if not ok:
        print(f'# {detail}')
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
