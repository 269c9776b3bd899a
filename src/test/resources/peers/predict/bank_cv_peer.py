#!/usr/bin/env python3
"""scikit-learn on exactly the workbench's cross-validation folds of Bank Marketing (bank-full.csv).

Usage (from the repository root; Debian's python3-sklearn 1.2.1, python3-pandas):
  /usr/bin/python3 src/test/resources/peers/predict/bank_cv_peer.py \
      ../shared/datasets/bank-marketing/bank-full.csv src/test/resources/peers/predict/bank_folds_seed42.csv \
      > src/test/resources/peers/predict/bank_cv_peer.csv

The folds file is the workbench's own: `predict --input bank-full.csv --delimiter ";" --target y
--exclude duration --cv 5 --seed 42 --out DIR` writes it as DIR/folds.csv
(columns row, fold). `duration` is left out (known only after the call). Categories are one-hot
encoded (pandas get_dummies, every level), as in the datasets README. Logistic regression gets
the numbers standardised on each training part (as the workbench does) and C = 1 / lambda with
the workbench's default lambda 1.0. The tree gets max_depth 5 and min_samples_leaf 5 (the
workbench's defaults; scikit-learn counts the root as depth 0 like the workbench).
Output: one line per model and fold with the ROC AUC, then the mean.
"""
import sys

import numpy as np
import pandas as pd
from sklearn.linear_model import LogisticRegression
from sklearn.metrics import roc_auc_score
from sklearn.tree import DecisionTreeClassifier

data = pd.read_csv(sys.argv[1], sep=";")
folds = pd.read_csv(sys.argv[2], encoding="utf-8-sig").sort_values("row")["fold"].to_numpy()
y = (data.pop("y") == "yes").astype(int).to_numpy()
data = data.drop(columns=["duration"])
numeric = [c for c in data.columns if data[c].dtype != object]
encoded = pd.get_dummies(data, dtype=float)
x = encoded.to_numpy(dtype=float)
numeric_index = [encoded.columns.get_loc(c) for c in numeric]

models = {
    "logistic": lambda: LogisticRegression(C=1.0, max_iter=5000),
    "tree_depth5": lambda: DecisionTreeClassifier(max_depth=5, min_samples_leaf=5, random_state=0),
}
print("model,fold,auc")
for name, make in models.items():
    aucs = []
    for fold in range(folds.max() + 1):
        train, test = folds != fold, folds == fold
        x_train, x_test = x[train].copy(), x[test].copy()
        if name == "logistic":
            mean = x_train[:, numeric_index].mean(axis=0)
            spread = x_train[:, numeric_index].std(axis=0)
            x_train[:, numeric_index] = (x_train[:, numeric_index] - mean) / spread
            x_test[:, numeric_index] = (x_test[:, numeric_index] - mean) / spread
        model = make().fit(x_train, y[train])
        auc = roc_auc_score(y[test], model.predict_proba(x_test)[:, 1])
        aucs.append(auc)
        print(f"{name},{fold},{auc:.6f}")
    print(f"{name},mean,{np.mean(aucs):.6f}")
