"""Training the cascade (`threatscan train`). Needs the ``train`` extra (scikit-learn).

This is an adapter at the edge: it reads files, fits models with
scikit-learn and writes plain ``.npz`` weights that the core loads with numpy
alone. See ``threatscan.train.fit`` for the procedure.
"""

from threatscan.train.data import TrainingRow, load_rows
from threatscan.train.fit import TrainResult, train

__all__ = ["TrainResult", "TrainingRow", "load_rows", "train"]
