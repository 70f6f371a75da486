"""The tutorial's own program, as a reader would run it instead of showwork: fit the five points
with scikit-learn and draw the sigmoid curve, the points and the decision boundary with
matplotlib, saved to a file (not shown on screen). scripts/bench times it as the anchor for the
tutorial's handouts. Usage: python3 tutorial_program.py OUT.png"""
import sys

import matplotlib

matplotlib.use("Agg")
import matplotlib.pyplot as plt
import numpy as np
from sklearn.linear_model import LogisticRegression

X = np.array([[1], [2], [3], [4], [5]])
y = np.array([0, 0, 0, 1, 1])
model = LogisticRegression()
model.fit(X, y)

X_test = np.linspace(0, 6, 100).reshape(-1, 1)
y_prob = model.predict_proba(X_test)[:, 1]
boundary = X_test[np.argmin(np.abs(y_prob - 0.5))][0]

plt.figure(figsize=(8, 5))
plt.scatter(X, y, color="blue", label="Data points")
plt.plot(X_test, y_prob, color="red", label="Sigmoid curve")
plt.axvline(x=boundary, color="green", linestyle="--", label=f"Decision boundary ≈ {boundary:.2f}")
plt.xlabel("Feature")
plt.ylabel("Probability / class")
plt.title("Logistic regression curve with decision boundary")
plt.legend()
plt.savefig(sys.argv[1])
