"""Early warning: series per dyad and country, the escalation model, change points and alerts.

panel.py        counts per unit (directed dyad or country) per period, as numpy arrays
changepoint.py  Bayesian online change-point detection (Poisson-Gamma) on conflict counts
escalation.py   P(material conflict next period) from a unit's history: features, a logistic
                model fitted on the history itself, calibration, and the signals behind a forecast
weekly.py       the weekly-dyad benchmark behind ``clio eval alerts``
watchlist.py    what a user follows: dyads, countries and thresholds from a TOML or YAML file
alerts.py       alerts raised from the stored series, with their evidence trail
"""
