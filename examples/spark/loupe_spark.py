"""Runs `loupe analyze` over JSONL with Apache Spark.

Loupe has no cluster code: its JSONL-in, JSONL-out mode is the unit of work, and Spark's
`RDD.pipe` feeds each partition through one `loupe` process on the worker that holds it.
Output keeps the input order (part-00000, part-00001, … in partition order); a document
that fails becomes an `{"id": …, "error": …}` record in its place.

    python3 examples/spark/loupe_spark.py INPUT.jsonl OUTPUT_DIR [--loupe PATH] [--partitions N]
        [--master local[*]] [-- LOUPE_ANALYZE_OPTIONS…]

Needs `pip install pyspark` and Java 17; on a cluster, install Loupe on every worker
(scripts/install.sh) and pass --master. Example:

    python3 examples/spark/loupe_spark.py feed.jsonl out --partitions 8 -- --analyzers entities,dates --ref 2024-06-18
"""
import argparse
import shlex
import sys

from pyspark import SparkConf, SparkContext


def main(argv):
    extra = []
    if "--" in argv:
        cut = argv.index("--")
        argv, extra = argv[:cut], argv[cut + 1:]
    parser = argparse.ArgumentParser(description="Run loupe analyze over a JSONL file with Spark (RDD.pipe).")
    parser.add_argument("input", help="JSONL records: {\"id\", \"text\", optional \"lang\", \"ref\"}")
    parser.add_argument("output", help="folder for the JSONL results (must not exist)")
    parser.add_argument("--loupe", default="loupe", help="the loupe executable on the workers (default: loupe on PATH)")
    parser.add_argument("--partitions", type=int, default=4, help="at least this many partitions (one loupe process each)")
    parser.add_argument("--master", default="local[*]", help="Spark master (default: local[*])")
    args = parser.parse_args(argv)

    loupe = [args.loupe, "analyze", "--input", "jsonl", "--format", "jsonl", "--jobs", "1", "--no-progress", *extra, "-"]
    # Exit code 1 means "some documents failed" (their error records are in the output); anything
    # else (a usage error, a crash, a kill) fails the Spark task instead of leaving a partial part.
    command = ["sh", "-c", '"$@"; status=$?; [ "$status" -le 1 ]', "loupe", *loupe]
    conf = SparkConf().setMaster(args.master).setAppName("loupe")
    context = SparkContext(conf=conf)
    context.setLogLevel("ERROR")
    try:
        records = context.textFile(args.input, minPartitions=args.partitions)
        records.pipe(shlex.join(command), checkCode=True).saveAsTextFile(args.output)
    finally:
        context.stop()


if __name__ == "__main__":
    main(sys.argv[1:])
