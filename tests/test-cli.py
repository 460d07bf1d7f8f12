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

    # export: the pack, or one document, to a PDF that appears whole or not at all
    pack = os.path.join(tmp, 'pack.pdf')
    code, out, err = run('export', example, '--output', pack, '--date', '2026-11-23')
    check('export the pack', code == 0 and not err and read(pack).startswith(b'%PDF-')
          and read(pack).rstrip().endswith(b'%%EOF'), err)
    again = os.path.join(tmp, 'again.pdf')
    run('export', example, '--output=' + again, '--date=2026-11-23')
    check('export is byte-identical for the same date', read(again) == read(pack))
    if shutil.which('pdfinfo'):
        info = subprocess.run(['pdfinfo', pack], capture_output=True, text=True).stdout
        pages = int(next(l.split()[-1] for l in info.splitlines() if l.startswith('Pages:')))
        title = next(l for l in info.splitlines() if l.startswith('Title:')).split(':', 1)[1].strip()
        check('pdfinfo reads the pack', title == 'ISMS documentation' and pages >= 6, info)
    one = os.path.join(tmp, 'controls.pdf')
    code, out, err = run('export', example, '--output', one, '--document', 'ISMS-CTL', '--paper', 'letter')
    check('export one document', code == 0 and len(read(one)) < len(read(pack)), err)

    code, out, err = run('export', example, '--output', os.path.join(tmp, 'x.pdf'), '--document', 'NOPE')
    check('export an unknown document', code == 1 and 'ISMS-CTL' in err and len(err.strip().splitlines()) == 1
          and not os.path.exists(os.path.join(tmp, 'x.pdf')), err)

    def leftovers(folder):
        return [n for n in os.listdir(folder) if n.endswith('.tmp')]

    code, out, err = run('export', example, '--output', os.path.join(tmp, 'no-such-folder', 'pack.pdf'))
    check('export into a missing folder', code == 1 and 'does not exist' in err, err)
    code, out, err = run('export', example, '--output', tmp)
    check('export onto a folder', code == 1 and 'folder' in err and not leftovers(tmp), err)

    locked = os.path.join(tmp, 'locked')
    os.mkdir(locked)
    os.chmod(locked, 0o555)
    user = pwd.getpwnam('nobody').pw_uid if os.geteuid() == 0 else None
    readable = os.path.join(tmp, 'readable.isms')
    shutil.copy(example, readable)
    os.chmod(readable, 0o644)
    code, out, err = run('export', readable, '--output', os.path.join(locked, 'pack.pdf'), user=user)
    check('export into a read-only folder', code == 1 and 'permission' in err
          and os.listdir(locked) == [], err)

    for args in (['export', example], ['export', '--output', pack], ['export', example, '--output'],
                 ['export', example, '--output', pack, '--paper', 'a3'],
                 ['export', example, '--output', pack, '--date', 'tomorrow']):
        code, out, err = run(*args)
        check('usage error: ' + ' '.join(os.path.basename(a) for a in args), code == 2, f'{code} {err}')
    before = read(pack)
    code, out, err = run('export', os.path.join(tmp, 'text.isms'), '--output', pack)
    check('export of a bad file changes nothing', code == 1 and read(pack) == before, err)

    # export-soa: the Statement of Applicability as it is now, as a workbook or CSV
    check('--help names export-soa', 'rampart export-soa' in run('--help')[1])
    workbook = os.path.join(tmp, 'SoA.xlsx')
    code, out, err = run('export-soa', example, '--output', workbook)
    check('export-soa to a workbook', code == 0 and not err and read(workbook).startswith(b'PK\x03\x04'), err)
    checker = os.path.join(os.path.dirname(os.path.abspath(__file__)), 'check-xlsx.py')
    p = subprocess.run([sys.executable, checker, workbook, '93'], capture_output=True, text=True)
    rows = p.stdout.splitlines()
    check('the workbook has a frozen, filtered header and every control', p.returncode == 0
          and rows[0].startswith('Control\tTitle\t') and any(r.startswith('5.1\t') for r in rows), p.stderr)
    csv_path = os.path.join(tmp, 'SoA.CSV')
    code, out, err = run('export-soa', example, '--output=' + csv_path)
    text = read(csv_path).decode('utf-8')
    check('export-soa to CSV', code == 0 and not err and text.startswith('\ufeffControl,Title,')
          and text.count('\r\n') >= 94 and '\r\n5.1,' in text, err)

    for args in (['export-soa', example], ['export-soa', '--output', workbook],
                 ['export-soa', example, '--output', os.path.join(tmp, 'SoA.ods')],
                 ['export-soa', example, '--output', workbook, '--paper', 'a4']):
        code, out, err = run(*args)
        check('usage error: ' + ' '.join(os.path.basename(a) for a in args), code == 2, f'{code} {err}')
    code, out, err = run('export-soa', readable, '--output', os.path.join(locked, 'SoA.xlsx'), user=user)
    check('export-soa into a read-only folder', code == 1 and 'permission' in err
          and len(err.strip().splitlines()) == 1 and os.listdir(locked) == [], err)
    before = read(workbook)
    code, out, err = run('export-soa', os.path.join(tmp, 'text.isms'), '--output', workbook)
    check('export-soa of a bad file changes nothing', code == 1 and read(workbook) == before, err)
finally:
    shutil.rmtree(tmp, ignore_errors=True)

print(f'1..{len(results)}')
for number, (name, ok, detail) in enumerate(results, 1):
    print(f"{'ok' if ok else 'not ok'} {number} - {name}")
    if not ok:
        print(f'# {detail}')
sys.exit(0 if all(ok for _, ok, _ in results) else 1)
