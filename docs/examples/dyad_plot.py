"""A dyad plot from Clio's database, notebook style: run it cell by cell, or as a script.

    python docs/examples/dyad_plot.py [DB] [PNG]

From a fresh clone: `make install`, then `.venv/bin/pip install -e '.[plot]'` for matplotlib.
It codes the bundled sample corpus into DB (default: dyad_example.db; a rerun reuses what is
stored) and draws Kyrgyzstan-Tajikistan interactions per week in both directions into PNG
(default: dyad_plot.png).
"""

# %% Setup
import datetime as dt
import sys
from pathlib import Path

import matplotlib

matplotlib.use("Agg")  # draw to a file; drop this line in a notebook
import matplotlib.pyplot as plt

import clio

db_path = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("dyad_example.db")
png_path = Path(sys.argv[2]) if len(sys.argv) > 2 else Path("dyad_plot.png")

# %% Code the sample corpus (skipped for articles already stored)
db = clio.connect(str(db_path))
summary = db.ingest(clio.sample_corpus_path())
print(f"{summary.stored} articles coded now, {summary.duplicates} already stored; {db.count()} events in all")

# %% The dyad, per week, in both directions
series = db.series("KGZ", "TJK", interval="week")
counts = series.pivot(index="period", columns="direction", values="events")
tone = series.pivot(index="period", columns="direction", values="goldstein_mean")
print(counts)

# %% Plot: how many events, and how hostile (mean Goldstein score, -10 to +10)
labels = {"a_to_b": "Kyrgyzstan -> Tajikistan", "b_to_a": "Tajikistan -> Kyrgyzstan"}
figure, (top, bottom) = plt.subplots(2, 1, sharex=True, figsize=(8, 6))
for direction, label in labels.items():
    top.plot(counts.index, counts[direction], marker="o", label=label)
    bottom.plot(tone.index, tone[direction], marker="o", label=label)
top.set_ylabel("events per week")
top.legend()
bottom.axhline(0, color="grey", linewidth=0.8)
bottom.set_ylabel("mean Goldstein score")
bottom.set_xlabel("week")
figure.suptitle("Kyrgyzstan and Tajikistan in the Clio sample corpus")
figure.autofmt_xdate()
figure.savefig(png_path, dpi=100, bbox_inches="tight")
print(f"wrote {png_path}")

# %% The events behind the lowest point
worst = tone.min(axis=1).idxmin()
week = db.events(actor="KGZ", since=worst.date(), until=worst.date() + dt.timedelta(days=6))
print(week[["day", "source_code", "cameo", "target_code", "sentence"]].to_string(max_colwidth=80))
db.close()
