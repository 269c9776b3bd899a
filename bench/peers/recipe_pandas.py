"""The pandas peer of RecipeBench: the same 8 preparation steps on the same CSV.

Usage: python3 recipe_pandas.py customers.csv
Prints one line: the seconds of each step, then the total, comma separated (reading the CSV is
not timed). The steps mirror bench/src/main/java/org/marketingworkbench/bench/RecipeBench.java.
"""
import sys
import time

import numpy as np
import pandas as pd


def main(path):
    frame = pd.read_csv(path, parse_dates=["signup"])
    mapping = {"男": 1, "m": 1, "male": 1, "女": 0, "f": 0, "female": 0}
    steps = []

    def timed(step):
        nonlocal frame
        start = time.perf_counter()
        frame = step(frame)
        steps.append(time.perf_counter() - start)

    def fill(df):
        df = df.copy()
        df["age"] = df["age"].fillna(df["age"].median())
        df["city"] = df["city"].fillna(df["city"].mode()[0])
        return df

    def cap(df):
        q1, q3 = df["income"].quantile([0.25, 0.75])
        df = df.copy()
        df["income"] = df["income"].clip(q1 - 1.5 * (q3 - q1), q3 + 1.5 * (q3 - q1))
        return df

    def recode(df):
        df = df.copy()
        df["gender"] = df["gender"].str.strip().str.lower().map(mapping)
        return df

    def scale(df):
        df = df.copy()
        for column in ["income", "spend"]:
            df[column] = (df[column] - df[column].mean()) / df[column].std(ddof=0)
        return df

    def band(df):
        df = df.copy()
        df["age_band"] = pd.qcut(df["age"], 5, duplicates="drop")
        return df

    timed(fill)
    timed(lambda df: df.drop_duplicates())
    timed(cap)
    timed(lambda df: df[df["age"] >= 18])
    timed(recode)
    timed(lambda df: pd.get_dummies(df, columns=["city"]))
    timed(scale)
    timed(band)
    steps.append(sum(steps))
    print(",".join(f"{seconds:.6f}" for seconds in steps))


if __name__ == "__main__":
    main(sys.argv[1])
