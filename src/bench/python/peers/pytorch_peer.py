"""PyTorch CPU on a DeepDesk bench workload: the same network, optimiser, batch size and epochs."""
import time

import torch

from common import load, report


def main():
    meta, x, y, threads = load()
    torch.set_num_threads(threads)
    torch.manual_seed(1)
    activation = {"tanh": torch.nn.Tanh, "relu": torch.nn.ReLU}[meta["activation"]]
    layers = []
    width = meta["inputs"]
    for units in meta["hidden"]:
        layers += [torch.nn.Linear(width, units), activation()]
        width = units
    layers.append(torch.nn.Linear(width, meta["outputs"]))
    model = torch.nn.Sequential(*layers)
    features = torch.from_numpy(x)
    if meta["loss"] == "softmax_cross_entropy":
        targets = torch.from_numpy(y[:, 0]).long()
        loss_fn = torch.nn.CrossEntropyLoss()
    else:
        targets = torch.from_numpy(y)
        loss_fn = torch.nn.MSELoss()
    if meta["optimizer"] == "adam":
        optimizer = torch.optim.Adam(model.parameters(), lr=meta["learning_rate"])
    else:
        optimizer = torch.optim.SGD(model.parameters(), lr=meta["learning_rate"])
    rows, batch = meta["rows"], meta["batch"]
    # warm-up pass so that one-time initialisation is not timed
    loss_fn(model(features[:batch]), targets[:batch]).backward()
    optimizer.zero_grad()
    start = time.perf_counter()
    cpu_start = time.process_time()
    for _ in range(meta["epochs"]):
        order = torch.randperm(rows)
        total = 0.0
        for b in range(0, rows, batch):
            index = order[b:b + batch]
            optimizer.zero_grad(set_to_none=True)
            loss = loss_fn(model(features[index]), targets[index])
            loss.backward()
            optimizer.step()
            total += loss.item() * len(index)
    seconds = time.perf_counter() - start
    cpu_seconds = time.process_time() - cpu_start
    report("pytorch", meta, seconds, cpu_seconds, total / rows)


if __name__ == "__main__":
    main()
