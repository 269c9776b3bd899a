"""RFM of three sample customers, independently of the workbench (pandas), for PrepareViewModelTest.

Run from the repository root: /usr/bin/python3 src/test/resources/peers/prepare_page_rfm.py
Writes src/test/resources/peers/prepare_page_rfm.csv.
"""
import pandas as pd

orders = pd.read_csv("sample-data/orders.csv", dtype={"customer_id": str}).drop_duplicates()
orders["order_date"] = pd.to_datetime(orders["order_date"])
per_customer = orders.groupby("customer_id").agg(last=("order_date", "max"),
                                                 frequency=("order_id", "nunique"),
                                                 monetary=("line_amount", "sum"))
per_customer["recency"] = (pd.Timestamp("2026-06-30") - per_customer["last"]).dt.days
# customers in order of first appearance, so rank(method="first") breaks ties as the workbench does
per_customer = per_customer.loc[orders.drop_duplicates("customer_id")["customer_id"].values]


def score(values, reversed_=False):
    scores = pd.qcut(values.rank(method="first"), 5, labels=[1, 2, 3, 4, 5]).astype(int)
    return 6 - scores if reversed_ else scores


per_customer["r_score"] = score(per_customer["recency"], True)
per_customer["f_score"] = score(per_customer["frequency"])
per_customer["m_score"] = score(per_customer["monetary"])
out = per_customer.loc[["C00001", "C00091", "C00234"], ["recency", "frequency", "monetary", "r_score", "f_score",
                                                       "m_score"]]
out["customers"] = len(per_customer)
out.round(2).to_csv("src/test/resources/peers/prepare_page_rfm.csv")
