"""scikit-learn peer for KmeansBench: loads the data once, then answers timing requests.

Usage: kmeans_sklearn.py DATA ROWS DIMS K
DATA holds ROWS x DIMS float64 values, little-endian, row by row. Each request is one line on
standard input; each answer one JSON line on standard output:
  iterations LO HI         Lloyd from the first K rows as centres, n_init=1, tol=0, max_iter=LO
                           then HI: {"lo_s", "hi_s", "lo_iter", "hi_iter"}
  full RESTARTS MAXITER SEED
                           KMeans(K, init="k-means++", n_init=RESTARTS, max_iter=MAXITER, tol=1e-4,
                           algorithm="lloyd", random_state=SEED): {"seconds", "n_iter", "inertia"}
  quit
Timings cover fit() only, not loading or process start.
"""
import json
import sys
import time

import numpy as np
import sklearn
from sklearn.cluster import KMeans


def main():
    path, rows, dims, k = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), int(sys.argv[4])
    X = np.fromfile(path, dtype="<f8").reshape(rows, dims)
    print(json.dumps({"ready": True, "sklearn": sklearn.__version__}), flush=True)
    for line in sys.stdin:
        words = line.split()
        if not words or words[0] == "quit":
            break
        if words[0] == "iterations":
            answer = {}
            for name, cap in (("lo", int(words[1])), ("hi", int(words[2]))):
                start = time.perf_counter()
                model = KMeans(n_clusters=k, init=X[:k].copy(), n_init=1, max_iter=cap, tol=0.0,
                               algorithm="lloyd").fit(X)
                answer[name + "_s"] = time.perf_counter() - start
                answer[name + "_iter"] = int(model.n_iter_)
        else:
            restarts, cap, seed = int(words[1]), int(words[2]), int(words[3])
            start = time.perf_counter()
            model = KMeans(n_clusters=k, init="k-means++", n_init=restarts, max_iter=cap, tol=1e-4,
                           algorithm="lloyd", random_state=seed).fit(X)
            answer = {"seconds": time.perf_counter() - start, "n_iter": int(model.n_iter_),
                      "inertia": float(model.inertia_)}
        print(json.dumps(answer), flush=True)


if __name__ == "__main__":
    main()
