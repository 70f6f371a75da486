"""Writes scikit-learn's copy of the Wisconsin breast cancer data (569 samples, 30 features) as a
CSV with a header row and the label in the last column `target`, for scripts/bench.
Usage: python3 breast_cancer_csv.py OUT.csv"""
import sys

import numpy as np
from sklearn.datasets import load_breast_cancer

data = load_breast_cancer()
names = [n.replace(" ", "_") for n in data.feature_names] + ["target"]
table = np.column_stack([data.data, data.target])
np.savetxt(sys.argv[1], table, delimiter=",", header=",".join(names), comments="", fmt="%.17g")
