"""What a user would run instead of `showwork fit DATA.csv --label COLUMN`: read the CSV (a header
row, numbers only) with NumPy and fit scikit-learn's LogisticRegression with its defaults (L2,
C = 1, lbfgs). scripts/bench times it, whole process, as the anchor for `fit`.
Usage: python3 fit_program.py DATA.csv LABEL"""
import sys
import warnings

import numpy as np
from sklearn.linear_model import LogisticRegression

path, label = sys.argv[1], sys.argv[2]
with open(path) as f:
    header = f.readline().strip().split(",")
data = np.loadtxt(path, delimiter=",", skiprows=1)
column = header.index(label)
y = data[:, column]
X = np.delete(data, column, axis=1)
with warnings.catch_warnings():
    warnings.simplefilter("ignore")  # lbfgs may stop at its iteration limit; that is what a user gets
    model = LogisticRegression().fit(X, y)
print(model.intercept_[0], *model.coef_[0])
