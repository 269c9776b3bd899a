"""RFM quintile scores by pandas, the peer for QuintileScoresTest.

Scores as the usual pandas recipe: qcut on rank(method='first'), 5 bins; recency reversed
(recent = 5). Frequencies have many ties on purpose, to pin down the tie rule.
Run: /usr/bin/python3 rfm_scores.py  (pandas 1.5.3, numpy 1.24.2 on Debian 12) -> rfm_scores.csv
"""
import numpy as np
import pandas as pd

rng = np.random.default_rng(7)
n = 237
frame = pd.DataFrame({
    "customer": [f"C{i:03d}" for i in range(n)],
    "recency": rng.integers(0, 400, n),
    "frequency": rng.integers(1, 12, n),
    "monetary": rng.gamma(2.0, 100.0, n).round(2),
})
frame.loc[[5, 50, 150], "monetary"] = np.nan
scored = frame.dropna(subset=["monetary"])
frame["r_score"] = pd.qcut(frame["recency"].rank(method="first"), 5, labels=[5, 4, 3, 2, 1]).astype(int)
frame["f_score"] = pd.qcut(frame["frequency"].rank(method="first"), 5, labels=[1, 2, 3, 4, 5]).astype(int)
frame["m_score"] = pd.qcut(scored["monetary"].rank(method="first"), 5, labels=[1, 2, 3, 4, 5]).astype("Int64")
frame.to_csv("rfm_scores.csv", index=False)
