"""npm run test:ray: runs clean_with_ray.py on a local Ray cluster and checks its output, record for record,
against one `decruft clean --jsonl` process on the same records.

    python3 examples/ray/test_ray.py [CAPTURES_DIR]   (default: ../shared/eval/dev/capture)

Installs Ray Data with pip if it is missing, starts a local cluster, and stops it again whatever happens.
"""
import glob
import importlib.util
import json
import os
import subprocess
import sys
import tempfile

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.abspath(os.path.join(HERE, "..", ".."))
DECRUFT = os.path.join(ROOT, "dist", "src", "cli", "main.js")
SHARDS = 4


def main():
    captures = sys.argv[1] if len(sys.argv) > 1 else os.path.join(ROOT, "..", "shared", "eval", "dev", "capture")
    if importlib.util.find_spec("ray") is None or importlib.util.find_spec("pandas") is None:
        subprocess.run([sys.executable, "-m", "pip", "install", "ray[data]"], check=True)
    work = tempfile.mkdtemp(prefix="decruft-ray-")
    shards = write_shards(captures, os.path.join(work, "shards"))
    single = os.path.join(work, "single.jsonl")
    with open(single, "w", encoding="utf-8") as out:
        subprocess.run(["node", DECRUFT, "clean", "--jsonl", "--quiet", *shards], stdout=out, check=True)

    # Two actors hold a CPU each; the third is for reading and writing the shards, which would wait forever without it.
    subprocess.run(["ray", "start", "--head", "--num-cpus", "3", "--disable-usage-stats"], check=True, stdout=subprocess.DEVNULL)
    try:
        ray_out = os.path.join(work, "ray-out")
        subprocess.run([sys.executable, os.path.join(HERE, "clean_with_ray.py"), os.path.dirname(shards[0]), ray_out, "--address", "auto"], check=True)
    finally:
        subprocess.run(["ray", "stop", "--force"], stdout=subprocess.DEVNULL)
    compare(single, ray_out)


def write_shards(captures, folder):
    """The captures as records {"id", "text"}, dealt round-robin into a few .jsonl shards."""
    os.makedirs(folder)
    files = sorted(glob.glob(os.path.join(captures, "*.txt")))
    if not files:
        sys.exit(f"test_ray: no .txt captures in {captures}; give the folder of captures to clean.")
    paths = [os.path.join(folder, f"shard-{k}.jsonl") for k in range(SHARDS)]
    outs = [open(path, "w", encoding="utf-8") for path in paths]
    for k, file in enumerate(files):
        with open(file, encoding="utf-8", errors="replace") as capture:
            record = {"id": os.path.basename(file)[:-4], "text": capture.read()}
        outs[k % SHARDS].write(json.dumps(record, ensure_ascii=False) + "\n")
    for out in outs:
        out.close()
    return paths


def compare(single_path, ray_folder):
    with open(single_path, encoding="utf-8") as single:
        expected = {record["id"]: record for record in map(json.loads, single)}
    got = {}
    for path in sorted(glob.glob(os.path.join(ray_folder, "*.json*"))):
        with open(path, encoding="utf-8") as part:
            for line in part:
                row = json.loads(line)
                got[row["id"]] = row
    problems = []
    if set(got) != set(expected):
        problems.append(f"{len(set(expected) - set(got))} records missing, {len(set(got) - set(expected))} extra")
    for record_id, want in expected.items():
        row = got.get(record_id)
        if row is None:
            continue
        have = {"id": row["id"], "text": row["text"], "language": row["language"]}
        if row.get("report"):
            have["report"] = json.loads(row["report"])
        if row.get("error"):
            have["error"] = json.loads(row["error"])
        want_fields = {key: want[key] for key in ("id", "text", "language", "report", "error") if key in want}
        have = {key: value for key, value in have.items() if value is not None or key in want_fields}
        if have != want_fields:
            problems.append(f"{record_id}: differs from the single-process output")
    errors = sum(1 for record in expected.values() if "error" in record)
    if problems:
        sys.exit("test_ray: FAILED\n  " + "\n  ".join(problems[:20]))
    print(f"test_ray: passed: {len(got)} records ({errors} error records) from Ray Data equal one decruft process's, record for record")


if __name__ == "__main__":
    main()
