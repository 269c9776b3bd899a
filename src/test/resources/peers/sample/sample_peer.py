"""Peer figures for the sample data, from scikit-learn and pandas (Debian's python3-sklearn).

Run from the repository root:  /usr/bin/python3 src/test/resources/peers/sample/sample_peer.py
It prints JSON, saved as src/test/resources/peers/sample/sample_peer.json. The JSON records the
SHA-256 of the files it read, so a test can tell when the data changed and this must be re-run.
"""
import hashlib, json, sys
import numpy as np
import pandas as pd
import sklearn
from sklearn.cluster import KMeans
from sklearn.metrics import (adjusted_rand_score, calinski_harabasz_score, davies_bouldin_score,
                             silhouette_score)
from sklearn.tree import DecisionTreeClassifier

FOLDER = "sample-data"
FILES = ["customers.csv", "orders.csv", "social_engagement.csv", "planted-truth.json"]
REFERENCE = pd.Timestamp("2026-06-30")


def sha256(name):
    with open(f"{FOLDER}/{name}", "rb") as f:
        return hashlib.sha256(f.read()).hexdigest()


customers = pd.read_csv(f"{FOLDER}/customers.csv", dtype=str, keep_default_na=False).drop_duplicates()
orders = pd.read_csv(f"{FOLDER}/orders.csv").drop_duplicates()
social = pd.read_csv(f"{FOLDER}/social_engagement.csv")
truth = json.load(open(f"{FOLDER}/planted-truth.json", encoding="utf-8"))

orders["order_date"] = pd.to_datetime(orders["order_date"])
features = orders.groupby("customer_id").agg(last=("order_date", "max"), frequency=("order_id", "nunique"),
                                             monetary=("line_amount", "sum"))
features["recency_days"] = (REFERENCE - features["last"]).dt.days
social["total"] = social["likes"] + social["shares"] + social["comments"]
features["engagement"] = social.groupby("customer_id")["total"].sum()
customers = customers.set_index("customer_id")
features = features.join(customers).fillna({"engagement": 0})
groups = pd.Series(truth["customer_groups"]["assignments"])[features.index]

# K-means sweep on the z-scored RFM + engagement features (population standard deviation, as StandardScaler).
matrix = features[["recency_days", "frequency", "monetary", "engagement"]].to_numpy(dtype=float)
matrix = (matrix - matrix.mean(axis=0)) / matrix.std(axis=0)
sweep = []
for k in range(2, 10):
    model = KMeans(n_clusters=k, n_init=10, random_state=0, algorithm="lloyd").fit(matrix)
    sweep.append({"k": k, "inertia": round(float(model.inertia_), 4),
                  "silhouette": round(float(silhouette_score(matrix, model.labels_)), 6),
                  "calinski_harabasz": round(float(calinski_harabasz_score(matrix, model.labels_)), 4),
                  "davies_bouldin": round(float(davies_bouldin_score(matrix, model.labels_)), 6),
                  "adjusted_rand_vs_planted": round(float(adjusted_rand_score(groups, model.labels_)), 6)})

# Decision tree (depth 4) on derived and written columns: which features carry the purchase outcome?
birthday = pd.to_datetime(features["birthday"].replace("", None))
age = REFERENCE.year - birthday.dt.year - ((birthday.dt.month > 6) | ((birthday.dt.month == 6) & (birthday.dt.day > 30)))
table = pd.DataFrame({
    "recency_days": features["recency_days"], "frequency": features["frequency"], "monetary": features["monetary"],
    "engagement": features["engagement"],
    "age": age.fillna(age.median()),
    "income": pd.to_numeric(features["income"].replace("", None)).fillna(0),
    "city_tier": features["city_tier"].astype(int),
    "female": features["gender"].isin(["女", "F", "女性"]).astype(int),
})
table = table.join(pd.get_dummies(features["education"], prefix="education", dtype=int))
target = features["purchased_after_campaign"].astype(int)
tree = DecisionTreeClassifier(max_depth=4, random_state=0).fit(table, target)
importance = sorted(zip(table.columns, tree.feature_importances_), key=lambda pair: -pair[1])

json.dump({
    "sklearn": sklearn.__version__, "pandas": pd.__version__,
    "inputs_sha256": {name: sha256(name) for name in FILES},
    "kmeans_sweep": sweep,
    "tree_depth4_importance": [{"feature": name, "importance": round(float(value), 6)}
                               for name, value in importance if value > 0],
    "tree_root_feature": table.columns[tree.tree_.feature[0]],
}, sys.stdout, indent=2, ensure_ascii=False)
print()
