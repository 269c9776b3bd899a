"""Peer for LoadBench: pandas read_csv on the same file, in a fresh interpreter.

Usage: pandas_read_csv.py FILE RUNS
Prints the time to import pandas ("IMPORT <seconds>"), the resident memory before reading
("BASE_RSS_MB"), one line per run ("RUN <i> <seconds>"; run 1 is the first read in this
process, the cold one), the table shape ("SHAPE <rows> <columns>"), and the peak resident
memory after the first read ("PEAK_RSS_MB", VmHWM). read_csv runs with its defaults, as a user
calls it.
"""
import sys
import time

started = time.perf_counter()
import pandas  # noqa: E402  (timed: the "import" part of a first use)
print(f"IMPORT {time.perf_counter() - started:.4f}", flush=True)


def resident_mb(field):
    with open("/proc/self/status") as status:
        for line in status:
            if line.startswith(field):
                return int(line.split()[1]) / 1024
    return float("nan")


print(f"BASE_RSS_MB {resident_mb('VmRSS:'):.1f}", flush=True)

path = sys.argv[1]
runs = int(sys.argv[2])
for run in range(1, runs + 1):
    start = time.perf_counter()
    frame = pandas.read_csv(path)
    seconds = time.perf_counter() - start
    print(f"RUN {run} {seconds:.4f}", flush=True)
    if run == 1:
        print(f"SHAPE {frame.shape[0]} {frame.shape[1]}", flush=True)
        print(f"PEAK_RSS_MB {resident_mb('VmHWM:'):.1f}", flush=True)
    del frame
