"""The pandas side of DeepDesk's bench-import command.

Usage: python3 read_csv_bench.py FILE RUNS

Reads FILE with pandas.read_csv RUNS times in this one process (the first read is the cold one)
and prints one JSON object: the pandas version, the wall-clock and CPU seconds of each read, and
the deep memory usage of the last DataFrame in bytes.
"""
import json
import sys
import time

import pandas as pd


def main():
    path, runs = sys.argv[1], int(sys.argv[2])
    seconds = []
    cpu_seconds = []
    frame = None
    for _ in range(runs):
        frame = None
        start = time.perf_counter()
        start_cpu = time.process_time()
        frame = pd.read_csv(path)
        seconds.append(time.perf_counter() - start)
        cpu_seconds.append(time.process_time() - start_cpu)
    print(json.dumps({
        "pandas": pd.__version__,
        "seconds": seconds,
        "cpu_seconds": cpu_seconds,
        "memory_bytes": int(frame.memory_usage(deep=True).sum()),
        "rows": int(frame.shape[0]),
        "columns": int(frame.shape[1]),
    }))


if __name__ == "__main__":
    main()
