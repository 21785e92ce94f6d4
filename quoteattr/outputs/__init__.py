"""Ways to look at results: CSV rows and pandas frames, an HTML view of articles, a corpus report, a spaCy pipe.

Each output is a module of its own, so that importing one never pulls in the optional dependencies of
another (pandas for :func:`~quoteattr.outputs.table.to_frame`, spaCy for
:mod:`quoteattr.outputs.spacy_component`).
"""
