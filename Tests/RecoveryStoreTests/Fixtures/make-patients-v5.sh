#!/bin/sh
# How patients-v5.sqlite was written: by the recovery binary of the release whose schema ended at
# version 5 (patients that can be renamed, removed and moved), before medications:
#   ./make-patients-v5.sh path/to/recovery Tests/RecoveryStoreTests/Fixtures
# Kept to show what the file holds; a newer binary writes a newer schema.
set -e
R="$1"; D="$2/patients-v5.sqlite"
rm -f "$D" "$D-wal" "$D-shm"
r() { "$R" "$@" --db "$D"; }
r treatment hip-resurfacing --on 2022-11-14 --side both --approach open                       # 1
r pain 6 --on 2022-11-20 --location groin --side right                                         # 2
r aid two-crutches --from 2022-11-14 --weight-bearing pwb                                      # 3
r edit 2 --score 5
r treatment psoas-release --on 2024-10-28 --side right --patient other --new-patient           # 4
r move 4 --patient other --to-patient default
r pain 3 --on 2024-11-01 --patient other                                                       # 5
r patient remove other --with-entries
