"""Reference values for the segment tests, computed with scikit-learn.

Run from this folder:  /usr/bin/python3 quality_sklearn.py
Writes quality_data.csv (a small fixed data set with labels) and quality_sklearn.json.
Data: three overlapping Gaussian blobs in 3 dimensions, 90 points, numpy seed 20240605;
the labels are the planted blobs with every 7th point moved to the next blob, so the
indices are not those of a perfect split.
"""
import json

import numpy as np
import sklearn
from sklearn.cluster import KMeans
from sklearn.metrics import calinski_harabasz_score, davies_bouldin_score, silhouette_score

rng = np.random.default_rng(20240605)
centres = np.array([[0.0, 0.0, 0.0], [3.0, 1.0, -1.0], [0.5, 4.0, 2.0]])
planted = np.repeat([0, 1, 2], 30)
X = centres[planted] + rng.normal(0.0, 1.2, size=(90, 3))
X = np.round(X, 6)  # the CSV holds these exact values
labels = planted.copy()
labels[::7] = (labels[::7] + 1) % 3

with open("quality_data.csv", "w") as out:
    out.write("x1,x2,x3,label\n")
    for row, label in zip(X, labels):
        out.write("%.6f,%.6f,%.6f,%d\n" % (row[0], row[1], row[2], label))

kmeans = KMeans(n_clusters=3, n_init=10, algorithm="lloyd", random_state=0).fit(X)
result = {
    "sklearn_version": sklearn.__version__,
    "silhouette": float(silhouette_score(X, labels)),
    "calinski_harabasz": float(calinski_harabasz_score(X, labels)),
    "davies_bouldin": float(davies_bouldin_score(X, labels)),
    "kmeans_k3_n_init10_inertia": float(kmeans.inertia_),
}
with open("quality_sklearn.json", "w") as out:
    json.dump(result, out, indent=2)
    out.write("\n")
print(result)
