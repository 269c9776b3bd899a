"""Reference figures for DataLoaderReferenceTest, computed with pandas from the shared datasets.

Run from the repository root:
    /usr/bin/python3 src/test/resources/data/peers/reference_datasets.py > src/test/resources/data/peers/reference_datasets.txt
"""
import csv

import pandas

bank = pandas.read_csv("../shared/datasets/bank-marketing/bank-full.csv", sep=";")
print(f"bank-full rows {bank.shape[0]}")
print(f"bank-full columns {bank.shape[1]}")
for name, dtype in bank.dtypes.items():
    print(f"bank-full dtype {name} {dtype}")
print(f"bank-full balance sum {bank['balance'].sum()}")
print(f"bank-full y yes {int((bank['y'] == 'yes').sum())}")
print(f"bank-full job distinct {bank['job'].nunique()}")

with open("src/test/resources/datasets/groceries/groceries.csv", newline="", encoding="utf-8") as f:
    baskets = list(csv.reader(f))
widest = max(len(b) for b in baskets)
print(f"groceries rows {len(baskets)}")
print(f"groceries widest {widest}")
print(f"groceries short rows {sum(1 for b in baskets if len(b) < widest)}")
print(f"groceries first row line {next(i for i, b in enumerate(baskets, start=1) if len(b) < widest)}")
print(f"groceries whole milk in first column {sum(1 for b in baskets if b[0] == 'whole milk')}")
