#!/bin/sh
# How history-v0.sqlite was written: by the recovery binary built before history snapshots had a
# version (snapshot version 0), with TZ=CET-1, so that its change times carry a +0100 offset:
#   TZ=CET-1 ./make-history-v0.sh path/to/recovery Tests/RecoveryStoreTests/Fixtures
# Kept to show what the file holds; a newer binary writes newer snapshots, so running it again makes
# a different file. Tests/RecoveryCLITests/Golden/history-v0*.{txt,json} are that binary's
# `history` and `list --include-removed --format json` output for the file.
set -e
R="$1"; D="$2/history-v0.sqlite"
rm -f "$D" "$D-wal" "$D-shm"
r() { "$R" "$@" --db "$D"; }
r treatment hip-resurfacing --on 2022-11-14 --side both --approach open                       # 1
r treatment cortisone --on 2023-06-05 --time 09:30 --side right --target iliopsoas-bursa \
  --guidance ultrasound --agent "triamcinolone 40 mg"                                          # 2
r pain 6 --on 2023-06-01 --time 21:30 --location groin --side right --activity stairs \
  --note 'evening, "sharp"'                                                                    # 3
r symptom trigger-point --on 2023-06-02 --point lower-psoas --severity 6 --count 2 --side right # 4
r aid two-crutches --from 2022-11-14 --weight-bearing pwb --side both                          # 5
r aid two-crutches --stop --on 2022-11-28
r edit 3 --score 5
r edit 2 --dose "1 ml" --round 1
r remove 4 --reason "logged twice"
r undo
r remove 3
r pain 4 --on 2023-06-03                                                                       # 6
r undo
r treatment psoas-release --on 2023-10-30 --time 07:45 --side right --level central-compartment \
  --approach arthroscopic --agent bupivacaine --dose "10 ml" --round 1 --provider "Dr Example" \
  --name tenotomy --finding "cup overhanging" --note "first"                                   # 7
r edit 7 --note "second thoughts" --side left
r symptom catching --on 2023-10-31 --location groin --activity car                             # 8
r edit 8 --count 3 --severity 4
r undo
r aid cane --from 2022-11-28 --to 2022-12-19 --note "outdoors"                                 # 9
r remove 9
r demo > /dev/null
r edit 20 --patient demo --note "corrected later"
r remove 21 --patient demo
