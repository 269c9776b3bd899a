#!/usr/bin/env python3
"""Single-feature ROC AUC of every Bank Marketing column (the leakage rule's evidence).

Numbers score by their value, categories by their share of buyers; the better direction counts.
Run: /usr/bin/python3 single_feature_auc.py ../shared/datasets/bank-marketing/bank-full.csv
Output (scikit-learn 1.2.1) is in single_feature_auc.csv beside this script.
"""
import sys

import pandas as pd
from sklearn.metrics import roc_auc_score

data = pd.read_csv(sys.argv[1], sep=";")
y = (data.pop("y") == "yes").astype(int)
print("feature,auc")
for column in data.columns:
    score = data[column].map(y.groupby(data[column]).mean()) if data[column].dtype == object else data[column]
    auc = roc_auc_score(y, score)
    print(f"{column},{max(auc, 1 - auc):.4f}")
