"""pandas figures the profile tests compare against (pandas 1.5.3, numpy 1.24.2, Debian python3).

Run from the repository root with the system interpreter:
    /usr/bin/python3 src/test/resources/peers/profile/profile_peer.py

It writes, for each data file, <name>-describe.csv (per column: count, missing, distinct as
pandas nunique(), and for numbers describe()'s mean, std, min, 25%, 50%, 75%, max, plus
skew()) and <name>-top-values.csv (value_counts(), ties ordered by value). It also generates
the synthetic test file src/test/resources/profile/mixed.csv (seeded) before describing it.
"""
import csv
import os

import numpy as np
import pandas as pd

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", "..", "..", "..", ".."))
MIXED = os.path.join(ROOT, "src", "test", "resources", "profile", "mixed.csv")
BANK = os.path.join(ROOT, "..", "shared", "datasets", "bank-marketing", "bank-full.csv")


def make_mixed():
    """1,000 rows: ids, skewed decimals and counts with gaps, categories (some Chinese), a constant, a target."""
    rng = np.random.default_rng(20240601)
    n = 1000
    spend = np.round(rng.lognormal(mean=4.0, sigma=0.9, size=n), 2)
    spend[rng.random(n) < 0.05] = np.nan
    visits = rng.poisson(3.0, size=n).astype(float)
    visits[rng.random(n) < 0.02] = np.nan
    score = np.round(rng.normal(0.0, 12.5, size=n), 3)
    segment = rng.choice(["bronze", "silver", "gold", "platinum"], p=[0.5, 0.3, 0.15, 0.05], size=n).astype(object)
    segment[rng.random(n) < 0.03] = None
    city = rng.choice(["北京", "上海", "广州", "深圳", "成都", "杭州"], size=n)
    purchased = rng.choice(["yes", "no"], p=[0.2, 0.8], size=n)
    frame = pd.DataFrame({
        "customer_id": np.arange(100001, 100001 + n),
        "spend": spend,
        "visits": pd.array(visits, dtype="Int64"),
        "score": score,
        "segment": segment,
        "city": city,
        "country": "CN",
        "purchased": purchased,
    })
    frame.to_csv(MIXED, index=False, encoding="utf-8")


def describe(path, separator, name):
    frame = pd.read_csv(path, sep=separator, encoding="utf-8")
    with open(os.path.join(HERE, name + "-describe.csv"), "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["column", "count", "missing", "distinct", "mean", "std", "min", "q1", "median", "q3", "max",
                         "skew"])
        for column in frame.columns:
            values = frame[column]
            row = [column, int(values.count()), int(values.isna().sum()), int(values.nunique())]
            if pd.api.types.is_numeric_dtype(values):
                d = values.describe()
                row += [repr(float(d[key])) for key in ["mean", "std", "min", "25%", "50%", "75%", "max"]]
                row.append(repr(float(values.skew())))
            else:
                row += [""] * 8
            writer.writerow(row)
    with open(os.path.join(HERE, name + "-top-values.csv"), "w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out, lineterminator="\n")
        writer.writerow(["column", "rank", "value", "count"])
        for column in frame.columns:
            values = frame[column]
            if pd.api.types.is_numeric_dtype(values):
                continue
            counts = values.value_counts().reset_index()
            counts.columns = ["value", "count"]
            counts = counts.sort_values(["count", "value"], ascending=[False, True]).head(10)
            for rank, (value, count) in enumerate(zip(counts["value"], counts["count"]), start=1):
                writer.writerow([column, rank, value, int(count)])


if __name__ == "__main__":
    make_mixed()
    describe(MIXED, ",", "mixed")
    describe(BANK, ";", "bank-full")
