"""Peer figures for the explore tests, by pandas 1.5.3 / NumPy 1.24.2 / matplotlib 3.6.3 (Debian 12).

Writes customers.csv (the input: numbers with gaps, categories with gaps, a constant column) and
what pandas, NumPy and matplotlib compute on it:
  describe.csv   pandas describe() of each number column, plus isna().sum(), nunique(), skew();
                 for text columns count, unique, top, freq
  histogram.csv  numpy.histogram of income (10 bins, and bins='sturges')
  pivot_*.csv    pandas crosstab / pivot_table of city x segment (counts, sums, means, percentages)
  box.csv        matplotlib.cbook.boxplot_stats of income by segment (whis=1.5)
  corr_*.csv     DataFrame.corr() Pearson and Spearman, pairwise-complete
Run: /usr/bin/python3 explore_peer.py
"""
import matplotlib.cbook as cbook
import numpy as np
import pandas as pd

rng = np.random.default_rng(2024)
n = 300
segment = rng.choice(["A", "B", "C"], n, p=[0.5, 0.3, 0.2])
age = rng.integers(18, 80, n).astype(float)
income = np.round(rng.lognormal(8.5, 0.6, n) + (segment == "A") * 800, 2)
visits = rng.poisson(4, n)
city = rng.choice(["Beijing", "Chengdu", "Shanghai", "Shenzhen"], n, p=[0.4, 0.1, 0.3, 0.2]).astype(object)
age[rng.choice(n, 17, replace=False)] = np.nan
income[rng.choice(n, 23, replace=False)] = np.nan
city[rng.choice(n, 11, replace=False)] = np.nan
frame = pd.DataFrame({"age": pd.array(age, dtype="Int64"), "income": income, "visits": visits, "city": city,
                      "segment": segment, "constant": 5})
frame.to_csv("customers.csv", index=False)

numbers = ["age", "income", "visits", "constant"]
rows = []
for column in numbers:
    values = frame[column].astype(float)
    d = values.describe()
    rows.append({"column": column, "count": d["count"], "mean": d["mean"], "std": d["std"], "min": d["min"],
                 "q1": d["25%"], "median": d["50%"], "q3": d["75%"], "max": d["max"], "skew": values.skew(),
                 "missing": values.isna().sum(), "distinct": values.nunique(), "top": "", "freq": 0})
for column in ["city", "segment"]:
    d = frame[column].describe()
    counts = frame[column].value_counts()
    assert counts.iloc[0] != counts.iloc[1], "the top value must not be a tie"
    rows.append({"column": column, "count": d["count"], "missing": frame[column].isna().sum(),
                 "distinct": d["unique"], "top": d["top"], "freq": d["freq"]})
pd.DataFrame(rows).to_csv("describe.csv", index=False)

present = frame["income"].dropna()
hist = []
for bins in [10, "sturges"]:
    counts, edges = np.histogram(present, bins=bins)
    for i, count in enumerate(counts):
        hist.append({"bins": str(bins), "from": edges[i], "to": edges[i + 1], "count": count})
pd.DataFrame(hist).to_csv("histogram.csv", index=False)

pd.crosstab(frame["city"], frame["segment"], margins=True).to_csv("pivot_counts.csv")
for normalize in ["index", "columns", "all"]:
    pct = pd.crosstab(frame["city"], frame["segment"], normalize=normalize, margins=True) * 100
    pct.to_csv(f"pivot_percent_{normalize}.csv")
with_income = frame.dropna(subset=["income"])
pd.pivot_table(with_income, index="city", columns="segment", values="income", aggfunc="sum",
               margins=True).to_csv("pivot_sum.csv")
pd.pivot_table(with_income, index="city", columns="segment", values="income", aggfunc="mean",
               margins=True).to_csv("pivot_mean.csv")

box = []
for name in sorted(frame["segment"].unique()):
    values = frame.loc[frame["segment"] == name, "income"].dropna().to_numpy()
    stats = cbook.boxplot_stats(values, whis=1.5)[0]
    box.append({"group": name, "count": len(values), "mean": stats["mean"], "q1": stats["q1"],
                "median": stats["med"], "q3": stats["q3"], "lower_whisker": stats["whislo"],
                "upper_whisker": stats["whishi"], "outliers": len(stats["fliers"])})
pd.DataFrame(box).to_csv("box.csv", index=False)

as_float = frame[numbers].astype(float)
as_float.corr(method="pearson").to_csv("corr_pearson.csv")
as_float.corr(method="spearman").to_csv("corr_spearman.csv")
