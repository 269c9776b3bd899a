"""Peer figures for ExploreViewModelTest, by pandas 1.5.3 / NumPy 1.24.2 / matplotlib 3.6.3 (Debian 12),
computed on the committed sample-data/customers.csv.

Writes figures.csv (name, value): describe() of income plus isna/nunique/skew, the most frequent
gender, numpy.histogram of income in 10 bins, matplotlib boxplot_stats of income for gender 女,
crosstab gender x education (counts, row percentages), mean income by city_tier, and
Pearson / Spearman correlations of income, city_tier and purchased_after_campaign.
Run from the repository root: /usr/bin/python3 src/test/resources/peers/explore-page/explore_page_peer.py
"""
import csv
import os

import matplotlib.cbook as cbook
import numpy as np
import pandas as pd

here = os.path.dirname(os.path.abspath(__file__))
data = pd.read_csv("sample-data/customers.csv", dtype={"gender": str, "education": str})
figures = []


def put(name, value):
    figures.append((name, repr(float(value)) if not isinstance(value, str) else value))


income = data["income"]
d = income.describe()
for stat in ["count", "mean", "std", "min", "25%", "50%", "75%", "max"]:
    put("income." + stat, d[stat])
put("income.missing", income.isna().sum())
put("income.distinct", income.nunique())
put("income.skew", income.skew())

gender = data["gender"].value_counts()
put("gender.top", gender.index[0])
put("gender.freq", gender.iloc[0])
put("gender.missing", data["gender"].isna().sum())

counts, edges = np.histogram(income.dropna(), bins=10)
for i, count in enumerate(counts):
    put("histogram.%d" % i, count)
put("histogram.first_edge", edges[0])
put("histogram.last_edge", edges[-1])

stats = cbook.boxplot_stats(income[data["gender"] == "女"].dropna().values, whis=1.5)[0]
for key in ["med", "q1", "q3", "whislo", "whishi", "mean"]:
    put("box.女." + key, stats[key])
put("box.女.outliers", len(stats["fliers"]))

cross = pd.crosstab(data["gender"], data["education"])
put("crosstab.女.本科", cross.loc["女", "本科"])
put("crosstab.男.硕士", cross.loc["男", "硕士"])
put("crosstab.rows_used", cross.values.sum())
rows = pd.crosstab(data["gender"], data["education"], normalize="index") * 100
put("rowpercent.女.本科", rows.loc["女", "本科"])

means = data.groupby("city_tier")["income"].mean()
put("mean_income.tier1", means.loc[1])
put("mean_income.tier3", means.loc[3])

numbers = data[["city_tier", "income", "purchased_after_campaign"]]
pearson = numbers.corr(method="pearson")
spearman = numbers.corr(method="spearman")
put("pearson.income.city_tier", pearson.loc["income", "city_tier"])
put("pearson.income.purchased", pearson.loc["income", "purchased_after_campaign"])
put("spearman.income.city_tier", spearman.loc["income", "city_tier"])

with open(os.path.join(here, "figures.csv"), "w", newline="", encoding="utf-8") as out:
    writer = csv.writer(out)
    writer.writerow(["name", "value"])
    writer.writerows(figures)
