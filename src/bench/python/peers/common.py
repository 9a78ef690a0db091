"""Shared helpers of the DeepDesk peer benchmarks: reading the generated data and printing a result."""
import argparse
import json
import os

import numpy as np


def load():
    """Parses --data and --threads; returns (meta, features, targets, threads)."""
    parser = argparse.ArgumentParser()
    parser.add_argument("--data", required=True, help="folder with meta.json, features.f32, targets.f32")
    parser.add_argument("--threads", type=int, default=1)
    args = parser.parse_args()
    with open(os.path.join(args.data, "meta.json")) as f:
        meta = json.load(f)
    x = np.fromfile(os.path.join(args.data, "features.f32"), dtype="<f4").reshape(meta["rows"], meta["inputs"])
    y = np.fromfile(os.path.join(args.data, "targets.f32"), dtype="<f4")
    y = y.reshape(meta["rows"], -1)
    return meta, x, y, args.threads


def report(peer, meta, seconds, cpu_seconds, final_loss):
    """Prints the one JSON line the bench command reads."""
    epochs = meta["epochs"]
    print(json.dumps({
        "peer": peer,
        "workload": meta["workload"],
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "epochs_per_s": epochs / seconds,
        "samples_per_s": epochs * meta["rows"] / seconds,
        "final_loss": final_loss,
    }))
