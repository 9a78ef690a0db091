"""scikit-learn's MLP on a DeepDesk bench workload: the same network, optimiser, batch size and epochs."""
import time
import warnings

from sklearn.exceptions import ConvergenceWarning
from sklearn.neural_network import MLPClassifier, MLPRegressor

from common import load, report


def main():
    meta, x, y, _ = load()
    warnings.simplefilter("ignore", ConvergenceWarning)
    settings = dict(hidden_layer_sizes=tuple(meta["hidden"]), activation=meta["activation"],
                    solver=meta["optimizer"], learning_rate_init=meta["learning_rate"], batch_size=meta["batch"],
                    max_iter=meta["epochs"], shuffle=True, alpha=0.0, tol=0.0, n_iter_no_change=10 ** 9,
                    random_state=1)
    if meta["loss"] == "softmax_cross_entropy":
        model = MLPClassifier(**settings)
        target = y[:, 0].astype(int)
    else:
        if meta["optimizer"] == "sgd":
            settings.update(momentum=0.0, nesterovs_momentum=False, learning_rate="constant")
        model = MLPRegressor(**settings)
        target = y[:, 0]
    start = time.perf_counter()
    cpu_start = time.process_time()
    model.fit(x, target)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    # scikit-learn's squared loss is half the mean squared error
    loss = model.loss_ if meta["loss"] == "softmax_cross_entropy" else 2 * model.loss_
    report("scikit-learn", meta, seconds, cpu_seconds, loss)


if __name__ == "__main__":
    main()
