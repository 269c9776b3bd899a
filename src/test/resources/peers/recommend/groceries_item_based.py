"""Peer for GroceriesEvaluationTest: hit rate, precision and NDCG at 10 of item-based cosine
recommendations (top 50 neighbours) and of the most-popular baseline on groceries.csv, each basket
a customer, with the held-out item of each basket read from groceries-holdout-seed42.csv.

Written independently of the Java code with NumPy, following the documented rules:
- items are indexed in order of first appearance (line by line, left to right): ties rank lower index first;
- cosine(i, j) = co-baskets / sqrt(baskets(i) * baskets(j)) on the training baskets, stored as float32;
- each item keeps its 50 most similar other items with similarity > 0;
- score(u, i) = sum over the basket's training items j of sim_kept(j, i); bought items are left out;
  items with score > 0 rank by score, then index;
- popularity ranks items by training baskets (count > 0), then index.
Run: /usr/bin/python3 groceries_item_based.py ../../datasets/groceries/groceries.csv \
         groceries-holdout-seed42.csv > groceries-hit-rates.csv
"""
import csv
import math
import sys

import numpy as np

TOP = 10
NEIGHBOURS = 50


def main():
    baskets_path, holdout_path = sys.argv[1], sys.argv[2]
    index = {}
    baskets = []
    with open(baskets_path, encoding="utf-8") as f:
        for line in f:
            items = [name for name in line.rstrip("\n").split(",") if name]
            for name in items:
                index.setdefault(name, len(index))
            baskets.append(sorted({index[name] for name in items}))
    held = {}
    with open(holdout_path, encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f):
            held[int(row["basket"]) - 1] = index[row["item"]]

    n_items = len(index)
    training = [[i for i in b if i != held.get(u)] for u, b in enumerate(baskets)]
    x = np.zeros((len(baskets), n_items))
    for u, items in enumerate(training):
        x[u, items] = 1
    counts = x.sum(axis=0)
    co = x.T @ x
    norms = np.sqrt(counts)
    with np.errstate(divide="ignore", invalid="ignore"):
        sim = co / np.outer(norms, norms)
    sim = np.nan_to_num(sim)
    np.fill_diagonal(sim, 0)
    sim = sim.astype(np.float32).astype(np.float64)
    kept = np.zeros_like(sim)
    for j in range(n_items):
        order = sorted((k for k in range(n_items) if sim[j, k] > 0), key=lambda k: (-sim[j, k], k))[:NEIGHBOURS]
        kept[j, order] = sim[j, order]

    popular = sorted((i for i in range(n_items) if counts[i] > 0), key=lambda i: (-counts[i], i))
    results = {"item-based": [], "popularity": []}
    for u, target in held.items():
        bought = set(training[u])
        scores = np.zeros(n_items)
        for j in training[u]:
            scores = scores + kept[j]
        ours = sorted((i for i in range(n_items) if scores[i] > 0 and i not in bought),
                      key=lambda i: (-scores[i], i))[:TOP]
        baseline = [i for i in popular if i not in bought][:TOP]
        results["item-based"].append(ours.index(target) if target in ours else -1)
        results["popularity"].append(baseline.index(target) if target in baseline else -1)

    print("method,customers,hit_rate_at_10,precision_at_10,ndcg_at_10")
    for method, ranks in results.items():
        hits = sum(1 for r in ranks if r >= 0)
        ndcg = sum(1 / math.log2(r + 2) for r in ranks if r >= 0)
        n = len(ranks)
        print(f"{method},{n},{hits / n:.10f},{hits / n / TOP:.10f},{ndcg / n:.10f}")


if __name__ == "__main__":
    main()
