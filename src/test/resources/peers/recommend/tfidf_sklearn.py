"""Peer for ContentModelTest: scikit-learn TfidfVectorizer (defaults: smooth_idf=True, norm='l2',
sublinear_tf=False) on the tags of ../../recommend/products-small.csv, tags split on '|'.
Run: /usr/bin/python3 tfidf_sklearn.py ../../recommend/products-small.csv > tfidf-sklearn.csv
(scikit-learn 1.2.1, pandas 1.5.3.)
"""
import sys

import pandas as pd
from sklearn.feature_extraction.text import TfidfVectorizer

frame = pd.read_csv(sys.argv[1], keep_default_na=False)
vectorizer = TfidfVectorizer(tokenizer=lambda text: [t for t in text.split("|") if t], lowercase=False,
                             token_pattern=None)
weights = vectorizer.fit_transform(frame["tags"]).toarray()
print("product_id,tag,weight")
for row, product in enumerate(frame["product_id"]):
    for column, tag in enumerate(vectorizer.get_feature_names_out()):
        if weights[row, column] > 0:
            print(f"{product},{tag},{weights[row, column]:.12f}")
