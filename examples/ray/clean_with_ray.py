"""Clean JSON Lines shards with decruft on a Ray cluster, with Ray Data.

    python3 examples/ray/clean_with_ray.py SHARDS_DIR OUT_DIR [--address auto] [--actors 2]

Each input line is a record {"id", "text"} or {"id", "html"} (other fields pass through). Each actor keeps
one long-lived `decruft clean --jsonl` process and streams its batches through it: decruft's JSON Lines
contract gives exactly one output line per input line, in order, with an error record for a line it cannot
clean, so a batch's outputs are read back in step with its inputs. The output is JSON Lines again, one row
per record: id, text, language, and the report and the error as JSON strings (Ray Data keeps them as text,
since their shapes differ from record to record).
"""
import argparse
import json
import os
import subprocess
import threading

import pandas as pd
import ray

DECRUFT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "..", "..", "dist", "src", "cli", "main.js")


class DecruftCleaner:
    """One decruft process per actor, fed record by record for the actor's whole life."""

    def __init__(self, decruft=DECRUFT):
        # stderr is inherited: decruft's one-line messages and warnings go to the actor's log.
        self.process = subprocess.Popen(
            ["node", decruft, "clean", "--jsonl", "--quiet"],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
            encoding="utf-8",
            bufsize=1,
        )

    def __call__(self, batch: pd.DataFrame) -> pd.DataFrame:
        records = [{key: value for key, value in row.items() if not _missing(value)} for row in batch.to_dict("records")]
        # A writer thread keeps decruft's input flowing while its output is read, so neither pipe fills up.
        writer = threading.Thread(target=self._write, args=(records,))
        writer.start()
        outputs = [json.loads(self.process.stdout.readline()) for _ in records]
        writer.join()
        return pd.DataFrame(
            {
                "id": [output["id"] for output in outputs],
                "text": [output.get("text") for output in outputs],
                "language": [output.get("language") for output in outputs],
                "report": [json.dumps(output["report"]) if "report" in output else None for output in outputs],
                "error": [json.dumps(output["error"]) if "error" in output else None for output in outputs],
            }
        )

    def _write(self, records):
        for record in records:
            self.process.stdin.write(json.dumps(record, ensure_ascii=False) + "\n")
        self.process.stdin.flush()

    def __del__(self):
        if getattr(self, "process", None) and self.process.poll() is None:
            self.process.stdin.close()
            self.process.wait()


def _missing(value):
    return value is None or (isinstance(value, float) and value != value)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("shards", help="a folder of .jsonl shards")
    parser.add_argument("out", help="the folder to write the cleaned records to")
    parser.add_argument("--address", default=None, help="the Ray cluster to join (auto: the local one)")
    parser.add_argument("--actors", type=int, default=2, help="decruft processes, one per actor, each holding one CPU (leave the cluster one more, to read and write)")
    parser.add_argument("--batch-size", type=int, default=64)
    args = parser.parse_args()

    ray.init(address=args.address, log_to_driver=False)
    records = ray.data.read_json(args.shards)
    cleaned = records.map_batches(
        DecruftCleaner,
        batch_format="pandas",
        batch_size=args.batch_size,
        compute=ray.data.ActorPoolStrategy(size=args.actors),
        num_cpus=1,
    )
    cleaned.write_json(args.out)


if __name__ == "__main__":
    main()
