#!/usr/bin/python3
# SPDX-License-Identifier: GPL-3.0-or-later
#
# Checks a Statement of Applicability exported as an Excel workbook, with
# the standard library only: the first sheet has a bold header in row 1,
# frozen and filtered, every column a width, and at least MIN_ROWS rows of
# controls with unique ids. Prints the rows, one a line, the cells separated
# by tabs, with backslash escapes for tabs, line breaks and backslashes, for
# the caller to compare with what it exported.
#
#   check-xlsx.py FILE.xlsx [MIN_ROWS]
#
# Exits 0 when the workbook is sound, 1 with the reasons on stderr.

import re
import sys
import zipfile
import xml.etree.ElementTree as ET

NS = {'m': 'http://schemas.openxmlformats.org/spreadsheetml/2006/main'}
COLUMNS = 12


def column_index(reference):
    letters = re.match(r'[A-Z]+', reference).group(0)
    index = 0
    for letter in letters:
        index = index * 26 + ord(letter) - ord('A') + 1
    return index - 1


def text_of(element):
    return ''.join(t.text or '' for t in element.iter('{%s}t' % NS['m']))


def escape(text):
    return (text.replace('\\', '\\\\').replace('\t', '\\t')
            .replace('\n', '\\n').replace('\r', '\\r'))


def main(path, min_rows):
    problems = []
    with zipfile.ZipFile(path) as workbook:
        names = workbook.namelist()
        strings = []
        if 'xl/sharedStrings.xml' in names:
            root = ET.fromstring(workbook.read('xl/sharedStrings.xml'))
            strings = [text_of(si) for si in root.findall('m:si', NS)]
        styles = ET.fromstring(workbook.read('xl/styles.xml'))
        sheet = ET.fromstring(workbook.read('xl/worksheets/sheet1.xml'))

    fonts = styles.findall('m:fonts/m:font', NS)
    formats = styles.findall('m:cellXfs/m:xf', NS)

    def is_bold(style):
        font = fonts[int(formats[style].get('fontId', 0))]
        return font.find('m:b', NS) is not None

    pane = sheet.find('m:sheetViews/m:sheetView/m:pane', NS)
    if pane is None or pane.get('ySplit') != '1' or pane.get('state') != 'frozen':
        problems.append('the header row is not frozen (pane ySplit=1)')

    widths = {}
    for col in sheet.findall('m:cols/m:col', NS):
        for index in range(int(col.get('min')), int(col.get('max')) + 1):
            widths[index] = float(col.get('width', 0))
    if any(widths.get(i, 0) <= 0 for i in range(1, COLUMNS + 1)):
        problems.append(f'not every column has a width: {widths}')

    rows = []
    bold_header = True
    for row in sheet.findall('m:sheetData/m:row', NS):
        cells = [''] * COLUMNS
        for cell in row.findall('m:c', NS):
            index = column_index(cell.get('r'))
            kind = cell.get('t')
            value = cell.find('m:v', NS)
            if kind == 's' and value is not None:
                text = strings[int(value.text)]
            elif kind == 'inlineStr':
                text = text_of(cell)
            else:
                text = value.text if value is not None else ''
            if index < COLUMNS:
                cells[index] = text
            if row.get('r') == '1' and not is_bold(int(cell.get('s', 0))):
                bold_header = False
        rows.append(cells)

    if not rows or rows[0][0] != 'Control' or rows[0][3] != 'Applicable':
        problems.append(f'row 1 is not the header: {rows[:1]}')
    if not bold_header:
        problems.append('the header row is not bold')
    if len(rows) - 1 < min_rows:
        problems.append(f'{len(rows) - 1} rows of controls, expected at least {min_rows}')
    ids = [cells[0] for cells in rows[1:]]
    if len(set(ids)) != len(ids) or '' in ids:
        problems.append('the control ids are not unique and present')

    autofilter = sheet.find('m:autoFilter', NS)
    last = chr(ord('A') + COLUMNS - 1)
    if autofilter is None or autofilter.get('ref') != f'A1:{last}{len(rows)}':
        problems.append('the header has no filter over the whole table')

    for problem in problems:
        print(f'{path}: {problem}', file=sys.stderr)
    if problems:
        return 1

    for cells in rows:
        print('\t'.join(escape(cell) for cell in cells))
    return 0


if __name__ == '__main__':
    if len(sys.argv) not in (2, 3):
        print('usage: check-xlsx.py FILE.xlsx [MIN_ROWS]', file=sys.stderr)
        sys.exit(2)
    sys.exit(main(sys.argv[1], int(sys.argv[2]) if len(sys.argv) == 3 else 1))
