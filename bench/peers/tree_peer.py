#!/usr/bin/env python3
"""TreeBench peer: scikit-learn's DecisionTreeClassifier(max_depth=10) on the bench's CSV.

Usage: python3 tree_peer.py FILE.csv
The file holds numeric columns n0.., categorical columns c0.., the target y (0/1) and part
(train/test), written by TreeBench. scikit-learn 1.2.1 has no categorical splits, so the
categories are one-hot encoded (pandas get_dummies, every level), as usual for it. Only the fit
is timed. Prints: fit_s=<seconds> accuracy=<test accuracy>
"""
import sys
import time

import pandas as pd
from sklearn.tree import DecisionTreeClassifier

data = pd.read_csv(sys.argv[1])
train = (data.pop("part") == "train").to_numpy()
y = data.pop("y").to_numpy()
x = pd.get_dummies(data, columns=[c for c in data.columns if c.startswith("c")], dtype=float).to_numpy()
model = DecisionTreeClassifier(max_depth=10, random_state=0)
start = time.perf_counter()
model.fit(x[train], y[train])
seconds = time.perf_counter() - start
accuracy = (model.predict(x[~train]) == y[~train]).mean()
print(f"fit_s={seconds:.4f} accuracy={accuracy:.6f}")
