"""Temporal-knowledge-graph entity forecasting: given the events before day t, rank the likely
objects of (s, r, ?, t) and subjects of (?, r, o, t).

dataset.py      facts (s, r, o, day) with id maps: ICEWS-format directories or Clio's events
history.py      what happened before day t, as sparse matrices with time-decayed counts
recurrency.py   the recurrency baseline of Gastinger et al. (IJCAI 2024), the floor to beat
features.py     per-candidate features (recurrence, pair, relation co-occurrence, 2-hop, priors)
ranker.py       Clio's model: a small listwise MLP over those features, trained with numpy
protocol.py     single-step, time-aware filtered ranking with random-tie expected ranks; metrics
predictions.py  the prediction file format (JSON Lines) written and scored
"""
