"""pandas peer of ProfileBench: the column profile of one CSV, timed after a warm-up.

    python3 profile_pandas.py FILE   prints the seconds of one profile of every column
"""
import sys
import time

import numpy as np
import pandas as pd


def profile(frame):
    result = {}
    for name in frame.columns:
        column = frame[name]
        figures = {"count": column.count(), "missing": column.isna().sum(), "distinct": column.nunique()}
        if pd.api.types.is_numeric_dtype(column):
            values = column.dropna()
            figures["describe"] = values.describe()
            figures["skew"] = values.skew()
            figures["histogram"] = np.histogram(values.to_numpy(), bins="fd")
        elif pd.api.types.is_datetime64_any_dtype(column):
            figures["range"] = (column.min(), column.max())
        else:
            figures["top"] = column.value_counts().head(10)
        result[name] = figures
    return result


frame = pd.read_csv(sys.argv[1], parse_dates=["joined"])
profile(frame)
start = time.perf_counter()
profile(frame)
print(time.perf_counter() - start)
