#!/usr/bin/env python3
"""Derives Plugins/Quotes/Resources/first-names.txt (first name -> m/f) from the Berlin
first-names statistics (CC BY 3.0 DE, see Plugins/Quotes/Resources/first-names.LICENSE.md).
Usage: scripts/make-first-names.py [../shared/data/gazetteers/berlin-first-names/first-names-aggregated.tsv]"""
import collections, sys

src = sys.argv[1] if len(sys.argv) > 1 else '../shared/data/gazetteers/berlin-first-names/first-names-aggregated.tsv'
counts = collections.defaultdict(lambda: {'m': 0, 'w': 0})
with open(src, encoding='utf-8') as f:
    next(f)
    for line in f:
        name, gender, count, _ = line.rstrip('\n').split('\t')
        counts[name][gender] += int(count)
genders = {}
for name, d in counts.items():
    total = d['m'] + d['w']
    if total < 3 or len(name) < 2 or ' ' in name or '-' in name:
        continue
    g = 'm' if d['m'] >= 0.9 * total else 'f' if d['w'] >= 0.9 * total else None
    if g is None:
        continue
    key = name.lower()
    genders[key] = g if genders.get(key, g) == g else None
with open('Plugins/Quotes/Resources/first-names.txt', 'w', encoding='utf-8') as out:
    out.write('# First name -> gender (m/f), derived from the Berlin first-names statistics 2012-2023.\n'
              '# See first-names.LICENSE.md (CC BY 3.0 DE, attribution: LABO / BerlinOnline). Names given\n'
              '# >= 3 times, one gender >= 90 % of the count.\n')
    for name, g in sorted(genders.items()):
        if g:
            out.write(f'{name} {g}\n')
