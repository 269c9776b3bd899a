"""Peer for RecommendBench: item-based top-N with SciPy sparse matrices.

Usage: recommend_scipy.py interactions.csv neighbours top users_out.csv
Reads customer,item index pairs (implicit: a repeated pair counts once), builds cosine item-item
similarities as Xn' Xn with column-normalised X, keeps the top `neighbours` per item, scores
R = X S_k, leaves out bought items and keeps the top `top` per customer. Prints
`similarity_s=... score_s=...` and writes the first 1,000 customers' lists to users_out.csv.
"""
import sys
import time

import numpy as np
import pandas as pd
import scipy.sparse as sp


def top_k_rows(matrix, k):
    """Keeps the k largest entries of each CSR row (ties: lower column first)."""
    matrix = matrix.tocsr()
    rows, cols, vals = [], [], []
    for r in range(matrix.shape[0]):
        start, end = matrix.indptr[r], matrix.indptr[r + 1]
        if start == end:
            continue
        data = matrix.data[start:end]
        index = matrix.indices[start:end]
        if end - start > k:
            keep = np.argpartition(-data, k - 1)[:k]
            data, index = data[keep], index[keep]
        rows.append(np.full(len(data), r))
        cols.append(index)
        vals.append(data)
    return sp.csr_matrix((np.concatenate(vals), (np.concatenate(rows), np.concatenate(cols))), shape=matrix.shape)


def main():
    path, neighbours, top, out = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]
    frame = pd.read_csv(path)
    users = frame["user"].to_numpy()
    items = frame["item"].to_numpy()
    shape = (users.max() + 1, items.max() + 1)

    start = time.perf_counter()
    x = sp.csr_matrix((np.ones(len(users), dtype=np.float64), (users, items)), shape=shape)
    x.data[:] = 1.0  # implicit: bought or not
    norms = np.sqrt(np.asarray(x.multiply(x).sum(axis=0)).ravel())
    norms[norms == 0] = 1
    xn = x @ sp.diags(1 / norms)
    similarity = (xn.T @ xn).tocsr()
    similarity.setdiag(0)
    similarity.eliminate_zeros()
    kept = top_k_rows(similarity, neighbours)
    similarity_s = time.perf_counter() - start

    start = time.perf_counter()
    scores = (x @ kept).tocsr()
    scores = scores - scores.multiply(x > 0)
    scores.eliminate_zeros()
    lists = []
    for r in range(scores.shape[0]):
        s, e = scores.indptr[r], scores.indptr[r + 1]
        data, index = scores.data[s:e], scores.indices[s:e]
        order = np.lexsort((index, -data))[:top]
        lists.append(index[order])
    score_s = time.perf_counter() - start

    with open(out, "w") as f:
        for r in range(min(1000, len(lists))):
            f.write(",".join(str(i) for i in lists[r]) + "\n")
    print(f"similarity_s={similarity_s:.4f} score_s={score_s:.4f}")


if __name__ == "__main__":
    main()
