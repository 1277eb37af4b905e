# The threshold settings of the shipped policy, sourced by scripts/train_all and
# scripts/ablate_shared so both tune the same way: thresholds on dev, a precision floor
# of 0.85, the lowest threshold within 0.005 of the best F1 above it, and review
# catching 95% of the positives, or fewer where that would send more than 2% of the
# shared dev data (real posts, written by scripts/shared_test_split.py --split dev)
# to one label's review band.
TRAFFIC=.cache/threatscan/shared-dev.jsonl
# shellcheck disable=SC2034  # used by the scripts that source this file
TUNE_ARGS=(--split dev --target-precision 0.85 --objective f1 --f1-tolerance 0.005 --review-recall 0.95
  --traffic "$TRAFFIC" --max-review-rate 0.02)
