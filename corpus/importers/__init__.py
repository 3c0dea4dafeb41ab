"""Importers: other bug-dataset layouts -> tflm case sets (DESIGN.md, "The case format").

- :mod:`tflm.corpus.importers.bugsinpy`: BugsInPy-style ``projects/<p>/bugs/<n>/`` plus checkouts;
- :mod:`tflm.corpus.importers.pairs`: buggy/fixed directory pairs;
- :mod:`tflm.corpus.importers.diffs`: bug lines (and omissions) from a fix's unified diff;
- :mod:`tflm.corpus.importers.testcmds`: the tests a dataset names, as pytest arguments;
- :mod:`tflm.corpus.importers.writing`: project copies, atomic case writes, resume, the report.
"""
