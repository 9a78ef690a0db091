"""The pandas side of DeepDesk's bench-import command.

Usage: python3 read_csv_bench.py FILE RUNS

Reads FILE with pandas.read_csv RUNS times in this one process (the first read is the cold one)
and prints one JSON object: the pandas version, the seconds of each read, and the deep memory
usage of the last DataFrame in bytes.
"""
import json
import sys
import time

import pandas as pd


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    seconds = []
    frame = None
    for _ in range(runs):
        frame = None
        start = time.perf_counter()
        frame = pd.read_csv(path)
        seconds.append(time.perf_counter() - start)
    print(json.dumps({
        "pandas": pd.__version__,
        "seconds": seconds,
        "memory_bytes": int(frame.memory_usage(deep=True).sum()),
        "rows": int(frame.shape[0]),
        "columns": int(frame.shape[1]),
    }))


if __name__ == "__main__":
    main()
