/// The schema, as an ordered list of migrations.
///
/// Word lists are written `x = 'a' OR x = 'b'` rather than `x IN ('a', 'b')`: SQLite builds a
/// temporary index for an IN list on every row it checks, which made bulk inserts about three times
/// slower. NULL still passes both forms, as an optional field should.
///
/// CHECK constraints are written so that NULL never slips through where a value is required: SQLite
/// passes a CHECK whose value is NULL, and its `date()` accepts impossible days such as `2023-02-30`
/// unless a modifier makes it normalise them (`date(day, '+0 days')` turns that into `2023-03-02`).
///
/// Vocabulary lists in CHECK constraints are written out literally rather than generated from the
/// model's enums, because a released migration is frozen (see ``Migration``) while the enums may grow.
/// A test checks that the lists still accept every word the model knows.
enum Migrations {
  /// `PRAGMA application_id` of a recovery database: "RCVY" in ASCII.
  static let applicationID = 0x5243_5659

  static let all: [Migration] = [version1, version2, version3, version4, version5, version6]

  static var latestVersion: Int { all.last!.version }

  static let version1 = Migration(
    version: 1, name: "diary",
    sql: """
      CREATE TABLE schema_migration (
        version INTEGER PRIMARY KEY,
        name TEXT NOT NULL,
        applied_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE patient (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
        name TEXT NOT NULL UNIQUE CHECK (length(name) BETWEEN 1 AND 200),
        created_at TEXT NOT NULL
      ) STRICT;

      CREATE TABLE treatment (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
        patient_id INTEGER NOT NULL REFERENCES patient(id),
        day TEXT NOT NULL CHECK (day IS date(day, '+0 days')),
        time TEXT CHECK (time IS NULL OR (time GLOB '[0-2][0-9]:[0-5][0-9]' AND time < '24:00')),
        kind TEXT NOT NULL CHECK ((kind = 'hip-resurfacing' OR kind = 'psoas-release'
          OR kind = 'cortisone' OR kind = 'prp' OR kind = 'prolotherapy'
            OR kind = 'total-hip-replacement' OR kind = 'hip-arthroscopy' OR kind = 'revision'
              OR kind = 'physiotherapy' OR kind = 'self-massage' OR kind = 'other')),
        name TEXT CHECK (kind <> 'other' OR coalesce(length(name), 0) > 0),
        side TEXT CHECK ((side = 'left' OR side = 'right' OR side = 'both')),
        level TEXT CHECK (level IS NULL OR (kind = 'psoas-release'
          AND (level = 'lesser-trochanter' OR level = 'central-compartment'
            OR level = 'peripheral-compartment'))),
        approach TEXT CHECK (approach IS NULL OR ((kind = 'hip-resurfacing' OR kind = 'psoas-release'
          OR kind = 'total-hip-replacement' OR kind = 'hip-arthroscopy'
            OR kind = 'revision') AND (approach = 'arthroscopic' OR approach = 'open'))),
        target TEXT CHECK (target IS NULL OR ((kind = 'cortisone' OR kind = 'prp' OR kind = 'prolotherapy')
          AND (target = 'iliopsoas-bursa' OR target = 'iliopsoas-tendon' OR target = 'hip-joint'
            OR target = 'trochanteric-bursa' OR target = 'other'))),
        guidance TEXT CHECK (guidance IS NULL OR ((kind = 'cortisone' OR kind = 'prp'
          OR kind = 'prolotherapy')
          AND (guidance = 'ultrasound' OR guidance = 'fluoroscopy' OR guidance = 'ct'
            OR guidance = 'none'))),
        agent TEXT,
        dose TEXT,
        round INTEGER CHECK (round >= 1),
        provider TEXT,
        finding TEXT,
        note TEXT,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX treatment_by_patient_day ON treatment (patient_id, day);

      CREATE TABLE pain (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
        patient_id INTEGER NOT NULL REFERENCES patient(id),
        day TEXT NOT NULL CHECK (day IS date(day, '+0 days')),
        time TEXT CHECK (time IS NULL OR (time GLOB '[0-2][0-9]:[0-5][0-9]' AND time < '24:00')),
        score INTEGER NOT NULL CHECK (score BETWEEN 0 AND 10),
        location TEXT CHECK ((location = 'groin' OR location = 'front-thigh'
          OR location = 'inner-thigh' OR location = 'lateral-hip' OR location = 'buttock'
            OR location = 'lower-back' OR location = 'abdomen' OR location = 'genitals'
              OR location = 'knee' OR location = 'hip')),
        side TEXT CHECK ((side = 'left' OR side = 'right' OR side = 'both')),
        activity TEXT CHECK ((activity = 'stairs' OR activity = 'sit-to-stand' OR activity = 'car'
          OR activity = 'walking' OR activity = 'standing' OR activity = 'sitting'
            OR activity = 'lying' OR activity = 'night' OR activity = 'exercise')),
        note TEXT,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX pain_by_patient_day ON pain (patient_id, day);

      CREATE TABLE symptom (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
        patient_id INTEGER NOT NULL REFERENCES patient(id),
        day TEXT NOT NULL CHECK (day IS date(day, '+0 days')),
        time TEXT CHECK (time IS NULL OR (time GLOB '[0-2][0-9]:[0-5][0-9]' AND time < '24:00')),
        kind TEXT NOT NULL CHECK ((kind = 'catching' OR kind = 'clicking' OR kind = 'snapping'
          OR kind = 'locking' OR kind = 'giving-way' OR kind = 'numbness' OR kind = 'stiffness'
            OR kind = 'swelling' OR kind = 'trigger-point')),
        count INTEGER CHECK (count >= 0),
        severity INTEGER CHECK (severity BETWEEN 0 AND 10),
        point TEXT CHECK ((kind = 'trigger-point') = (point IS NOT NULL)
          AND (point IS NULL OR (point = 'upper-psoas' OR point = 'lower-psoas' OR point = 'iliacus'))),
        location TEXT CHECK ((location = 'groin' OR location = 'front-thigh'
          OR location = 'inner-thigh' OR location = 'lateral-hip' OR location = 'buttock'
            OR location = 'lower-back' OR location = 'abdomen' OR location = 'genitals'
              OR location = 'knee' OR location = 'hip')),
        side TEXT CHECK ((side = 'left' OR side = 'right' OR side = 'both')),
        activity TEXT CHECK ((activity = 'stairs' OR activity = 'sit-to-stand' OR activity = 'car'
          OR activity = 'walking' OR activity = 'standing' OR activity = 'sitting'
            OR activity = 'lying' OR activity = 'night' OR activity = 'exercise')),
        note TEXT,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX symptom_by_patient_day ON symptom (patient_id, day);

      CREATE TABLE aid (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
        patient_id INTEGER NOT NULL REFERENCES patient(id),
        aid TEXT NOT NULL CHECK ((aid = 'two-crutches' OR aid = 'one-crutch' OR aid = 'cane'
          OR aid = 'walker')),
        from_day TEXT NOT NULL CHECK (from_day IS date(from_day, '+0 days')),
        to_day TEXT CHECK (to_day IS NULL OR (to_day IS date(to_day, '+0 days') AND to_day >= from_day)),
        weight_bearing TEXT CHECK ((weight_bearing = 'nwb' OR weight_bearing = 'ttwb'
          OR weight_bearing = 'pwb' OR weight_bearing = 'wbat' OR weight_bearing = 'fwb')),
        side TEXT CHECK ((side = 'left' OR side = 'right' OR side = 'both')),
        note TEXT,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX aid_by_patient_day ON aid (patient_id, from_day);

      -- Periods of the same aid may touch (one ends the day the next starts) but not overlap; a
      -- zero-length period occupies its one day. Enforced here so no writer can get around it.
      CREATE TRIGGER aid_no_overlap_insert BEFORE INSERT ON aid
      WHEN EXISTS (
        SELECT 1 FROM aid AS other
        WHERE other.patient_id = NEW.patient_id AND other.aid = NEW.aid
          AND other.from_day < CASE WHEN NEW.to_day IS NULL THEN '9999-12-31'
            WHEN NEW.to_day > NEW.from_day THEN NEW.to_day ELSE date(NEW.from_day, '+1 day') END
          AND NEW.from_day < CASE WHEN other.to_day IS NULL THEN '9999-12-31'
            WHEN other.to_day > other.from_day THEN other.to_day ELSE date(other.from_day, '+1 day') END)
      BEGIN
        SELECT RAISE(ABORT, 'aid periods of the same aid cannot overlap');
      END;

      CREATE TRIGGER aid_no_overlap_update BEFORE UPDATE OF aid, from_day, to_day, patient_id ON aid
      WHEN EXISTS (
        SELECT 1 FROM aid AS other
        WHERE other.id <> NEW.id AND other.patient_id = NEW.patient_id AND other.aid = NEW.aid
          AND other.from_day < CASE WHEN NEW.to_day IS NULL THEN '9999-12-31'
            WHEN NEW.to_day > NEW.from_day THEN NEW.to_day ELSE date(NEW.from_day, '+1 day') END
          AND NEW.from_day < CASE WHEN other.to_day IS NULL THEN '9999-12-31'
            WHEN other.to_day > other.from_day THEN other.to_day ELSE date(other.from_day, '+1 day') END)
      BEGIN
        SELECT RAISE(ABORT, 'aid periods of the same aid cannot overlap');
      END;
      """)

  /// Corrections keep history: entries are never deleted but marked removed, and every add, edit,
  /// removal and undo is a row in `change` holding the entry as it was before and after.
  static let version2 = Migration(
    version: 2, name: "history",
    sql: """
      ALTER TABLE treatment ADD COLUMN removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1));
      ALTER TABLE pain ADD COLUMN removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1));
      ALTER TABLE symptom ADD COLUMN removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1));
      ALTER TABLE aid ADD COLUMN removed INTEGER NOT NULL DEFAULT 0 CHECK (removed IN (0, 1));

      -- One row per add (a batch is one add covering first_id..last_id), edit, removal or undo.
      -- before/after hold the entry as JSON; an add of many entries keeps no copy, since the rows
      -- themselves are that version until an edit saves them in before.
      CREATE TABLE change (
        seq INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patient(id),
        action TEXT NOT NULL CHECK (action IN ('add', 'edit', 'remove', 'undo')),
        entry_type TEXT CHECK (entry_type IN ('treatment', 'pain', 'symptom', 'aid')),
        first_id INTEGER NOT NULL,
        last_id INTEGER NOT NULL CHECK (last_id >= first_id),
        before TEXT,
        after TEXT,
        reason TEXT,
        undoes INTEGER REFERENCES change(seq),
        undone_by INTEGER REFERENCES change(seq),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX change_by_patient ON change (patient_id, seq);
      CREATE INDEX change_by_entry ON change (first_id, last_id);

      INSERT INTO change (patient_id, action, entry_type, first_id, last_id, recorded_at)
      SELECT patient_id, 'add', type, id, id, recorded_at FROM (
        SELECT patient_id, 'treatment' AS type, id, recorded_at FROM treatment
        UNION ALL SELECT patient_id, 'pain', id, recorded_at FROM pain
        UNION ALL SELECT patient_id, 'symptom', id, recorded_at FROM symptom
        UNION ALL SELECT patient_id, 'aid', id, recorded_at FROM aid)
      ORDER BY id;

      -- Removed periods no longer block new ones.
      DROP TRIGGER aid_no_overlap_insert;
      DROP TRIGGER aid_no_overlap_update;
      CREATE TRIGGER aid_no_overlap_insert BEFORE INSERT ON aid
      WHEN NEW.removed = 0 AND EXISTS (
        SELECT 1 FROM aid AS other
        WHERE other.patient_id = NEW.patient_id AND other.aid = NEW.aid AND other.removed = 0
          AND other.from_day < CASE WHEN NEW.to_day IS NULL THEN '9999-12-31'
            WHEN NEW.to_day > NEW.from_day THEN NEW.to_day ELSE date(NEW.from_day, '+1 day') END
          AND NEW.from_day < CASE WHEN other.to_day IS NULL THEN '9999-12-31'
            WHEN other.to_day > other.from_day THEN other.to_day ELSE date(other.from_day, '+1 day') END)
      BEGIN
        SELECT RAISE(ABORT, 'aid periods of the same aid cannot overlap');
      END;

      CREATE TRIGGER aid_no_overlap_update BEFORE UPDATE OF aid, from_day, to_day, patient_id, removed ON aid
      WHEN NEW.removed = 0 AND EXISTS (
        SELECT 1 FROM aid AS other
        WHERE other.id <> NEW.id AND other.patient_id = NEW.patient_id AND other.aid = NEW.aid AND other.removed = 0
          AND other.from_day < CASE WHEN NEW.to_day IS NULL THEN '9999-12-31'
            WHEN NEW.to_day > NEW.from_day THEN NEW.to_day ELSE date(NEW.from_day, '+1 day') END
          AND NEW.from_day < CASE WHEN other.to_day IS NULL THEN '9999-12-31'
            WHEN other.to_day > other.from_day THEN other.to_day ELSE date(other.from_day, '+1 day') END)
      BEGIN
        SELECT RAISE(ABORT, 'aid periods of the same aid cannot overlap');
      END;
      """)

  /// Outcome questionnaires, milestones and surgeons' targets, each in a table of its own; and the
  /// `change` table rebuilt so that its `entry_type` accepts the three new types (SQLite cannot alter a
  /// CHECK constraint: https://www.sqlite.org/lang_altertable.html#otheralter).
  ///
  /// A score's answers are stored as text, whole numbers separated by single spaces, as CSV shows them.
  /// The constraints hold each instrument's shape: six HOOS JR answers 0-4, twelve Oxford answers 0-4
  /// (or none, for a total given alone), twelve iHOT-12 answers 0-100 without leading zeros; the raw
  /// sum in the instrument's range; and the score the instrument's scoring gives for the raw sum (to
  /// within rounding, so that SQLite's reading of the table's decimals can never refuse an exact score).
  static let version3 = Migration(
    version: 3, name: "scores-milestones-targets",
    sql: """
      CREATE TABLE score (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
        patient_id INTEGER NOT NULL REFERENCES patient(id),
        day TEXT NOT NULL CHECK (day IS date(day, '+0 days')),
        time TEXT CHECK (time IS NULL OR (time GLOB '[0-2][0-9]:[0-5][0-9]' AND time < '24:00')),
        instrument TEXT NOT NULL CHECK ((instrument = 'hoos-jr' OR instrument = 'ihot-12'
          OR instrument = 'oxford')),
        answers TEXT CHECK (CASE instrument
          WHEN 'hoos-jr' THEN coalesce(answers GLOB '[0-4] [0-4] [0-4] [0-4] [0-4] [0-4]', 0)
          WHEN 'oxford' THEN answers IS NULL OR answers GLOB
            '[0-4] [0-4] [0-4] [0-4] [0-4] [0-4] [0-4] [0-4] [0-4] [0-4] [0-4] [0-4]'
          ELSE coalesce(length(answers) - length(replace(answers, ' ', '')) = 11
            AND answers NOT GLOB '*[^0-9 ]*' AND answers NOT GLOB '*  *'
            AND answers GLOB '[0-9]*[0-9]'
            AND ' ' || answers || ' ' NOT GLOB '* 0[0-9]*'
            AND ' ' || answers || ' ' NOT GLOB '* [0-9][0-9][0-9][0-9]*'
            AND ' ' || answers || ' ' NOT GLOB '* [2-9][0-9][0-9] *'
            AND ' ' || answers || ' ' NOT GLOB '* 1[1-9][0-9] *'
            AND ' ' || answers || ' ' NOT GLOB '* 10[1-9] *', 0) END),
        raw INTEGER NOT NULL CHECK (raw >= 0 AND raw <= CASE instrument
          WHEN 'hoos-jr' THEN 24 WHEN 'oxford' THEN 48 ELSE 1200 END),
        score REAL NOT NULL CHECK (coalesce(abs(score - CASE instrument
          WHEN 'hoos-jr' THEN CASE raw
            WHEN 0 THEN 100.000 WHEN 1 THEN 92.340 WHEN 2 THEN 85.257 WHEN 3 THEN 80.550
            WHEN 4 THEN 76.776 WHEN 5 THEN 73.472 WHEN 6 THEN 70.426 WHEN 7 THEN 67.516
            WHEN 8 THEN 64.664 WHEN 9 THEN 61.815 WHEN 10 THEN 58.930 WHEN 11 THEN 55.985
            WHEN 12 THEN 52.965 WHEN 13 THEN 49.858 WHEN 14 THEN 46.652 WHEN 15 THEN 43.335
            WHEN 16 THEN 39.902 WHEN 17 THEN 36.363 WHEN 18 THEN 32.735 WHEN 19 THEN 29.009
            WHEN 20 THEN 25.103 WHEN 21 THEN 20.805 WHEN 22 THEN 15.633 WHEN 23 THEN 8.104
            WHEN 24 THEN 0.000
          END
          WHEN 'oxford' THEN raw
          ELSE raw / 12.0 END) < 0.0005, 0)),
        side TEXT CHECK ((side = 'left' OR side = 'right' OR side = 'both')),
        note TEXT,
        removed INTEGER NOT NULL DEFAULT 0 CHECK ((removed = 0 OR removed = 1)),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX score_by_patient_day ON score (patient_id, day);

      CREATE TABLE milestone (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
        patient_id INTEGER NOT NULL REFERENCES patient(id),
        day TEXT NOT NULL CHECK (day IS date(day, '+0 days')),
        time TEXT CHECK (time IS NULL OR (time GLOB '[0-2][0-9]:[0-5][0-9]' AND time < '24:00')),
        kind TEXT NOT NULL CHECK ((kind = 'full-weight-bearing' OR kind = 'walk-without-aid'
          OR kind = 'stairs-normally' OR kind = 'drive'
          OR kind = 'return-to-work' OR kind = 'sleep-on-side'
          OR kind = 'return-to-sport' OR kind = 'pain-free-day')),
        side TEXT CHECK ((side = 'left' OR side = 'right' OR side = 'both')),
        note TEXT,
        removed INTEGER NOT NULL DEFAULT 0 CHECK ((removed = 0 OR removed = 1)),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX milestone_by_patient_day ON milestone (patient_id, day);

      -- A target is a number of days after its surgery, whose uid it keeps. It has no time of day: its
      -- time column stays NULL, there so that every table with a day lists in the same order (day,
      -- time, id).
      CREATE TABLE target (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
        patient_id INTEGER NOT NULL REFERENCES patient(id),
        day TEXT NOT NULL CHECK (day IS date(day, '+0 days')),
        time TEXT CHECK (time IS NULL),
        kind TEXT NOT NULL CHECK ((kind = 'off-crutches' OR kind = 'full-weight-bearing'
          OR kind = 'walk-without-aid' OR kind = 'stairs-normally'
          OR kind = 'drive' OR kind = 'return-to-work' OR kind = 'sleep-on-side'
          OR kind = 'return-to-sport' OR kind = 'pain-free-day')),
        days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 3650),
        surgery TEXT NOT NULL CHECK (length(surgery) = 36),
        note TEXT,
        removed INTEGER NOT NULL DEFAULT 0 CHECK ((removed = 0 OR removed = 1)),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX target_by_patient_day ON target (patient_id, day);

      -- The new table points its own references at itself; renaming it rewrites them to `change`.
      CREATE TABLE change_new (
        seq INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patient(id),
        action TEXT NOT NULL CHECK ((action = 'add' OR action = 'edit' OR action = 'remove'
          OR action = 'undo')),
        entry_type TEXT CHECK ((entry_type = 'treatment' OR entry_type = 'pain'
          OR entry_type = 'symptom' OR entry_type = 'aid' OR entry_type = 'score'
            OR entry_type = 'milestone' OR entry_type = 'target')),
        first_id INTEGER NOT NULL,
        last_id INTEGER NOT NULL CHECK (last_id >= first_id),
        before TEXT,
        after TEXT,
        reason TEXT,
        undoes INTEGER REFERENCES change_new(seq),
        undone_by INTEGER REFERENCES change_new(seq),
        recorded_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO change_new (seq, patient_id, action, entry_type, first_id, last_id, before, after, reason,
        undoes, undone_by, recorded_at)
      SELECT seq, patient_id, action, entry_type, first_id, last_id, before, after, reason, undoes,
        undone_by, recorded_at FROM change;
      DROP TABLE change;
      ALTER TABLE change_new RENAME TO change;
      CREATE INDEX change_by_patient ON change (patient_id, seq);
      CREATE INDEX change_by_entry ON change (first_id, last_id);
      """)

  /// Secrets the database keeps for itself and never exports: the key of cohort pseudonyms.
  static let version4 = Migration(
    version: 4, name: "secrets",
    sql: """
      CREATE TABLE secret (
        name TEXT PRIMARY KEY CHECK ((name = 'pseudonym-key')),
        value TEXT NOT NULL CHECK (length(value) = 64 AND value NOT GLOB '*[^0-9a-f]*'),
        created_at TEXT NOT NULL
      ) STRICT;
      """)

  /// Patients that can be renamed and removed, and entries that can move between patients: the
  /// default patient is marked rather than found by its name, a removed patient is kept (with its
  /// entries) for restoring, and a move is a change of its own that records the patient it came from.
  static let version5 = Migration(
    version: 5, name: "patients-rename-remove-move",
    sql: """
      ALTER TABLE patient ADD COLUMN is_default INTEGER NOT NULL DEFAULT 0
        CHECK ((is_default = 0 OR is_default = 1));
      ALTER TABLE patient ADD COLUMN removed INTEGER NOT NULL DEFAULT 0
        CHECK ((removed = 0 OR removed = 1));
      UPDATE patient SET is_default = 1 WHERE name = 'default';
      CREATE UNIQUE INDEX patient_default ON patient (is_default) WHERE is_default = 1;

      -- The new table points its own references at itself; renaming it rewrites them to `change`.
      CREATE TABLE change_new (
        seq INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patient(id),
        action TEXT NOT NULL CHECK ((action = 'add' OR action = 'edit' OR action = 'remove'
          OR action = 'undo' OR action = 'move')),
        entry_type TEXT CHECK ((entry_type = 'treatment' OR entry_type = 'pain'
          OR entry_type = 'symptom' OR entry_type = 'aid' OR entry_type = 'score'
            OR entry_type = 'milestone' OR entry_type = 'target')),
        first_id INTEGER NOT NULL,
        last_id INTEGER NOT NULL CHECK (last_id >= first_id),
        before TEXT,
        after TEXT,
        reason TEXT,
        undoes INTEGER REFERENCES change_new(seq),
        undone_by INTEGER REFERENCES change_new(seq),
        recorded_at TEXT NOT NULL,
        other_patient_id INTEGER REFERENCES patient(id)
          CHECK ((action = 'move') = (other_patient_id IS NOT NULL) OR action = 'undo')
      ) STRICT;
      INSERT INTO change_new (seq, patient_id, action, entry_type, first_id, last_id, before, after, reason,
        undoes, undone_by, recorded_at)
      SELECT seq, patient_id, action, entry_type, first_id, last_id, before, after, reason, undoes,
        undone_by, recorded_at FROM change;
      DROP TABLE change;
      ALTER TABLE change_new RENAME TO change;
      CREATE INDEX change_by_patient ON change (patient_id, seq);
      CREATE INDEX change_by_entry ON change (first_id, last_id);
      """)

  /// Medications: doses of a drug on a day, or a regular course over a period (`course = 1`, from
  /// `day` up to `to_day`, the first day without it, open while NULL); the `target` table rebuilt so
  /// that its `kind` accepts `opioid-free`; and the `change` table rebuilt so that its `entry_type`
  /// accepts medications. A dose is in milligrams; the model refuses implausible
  /// doses per drug, the table only what no drug allows.
  static let version6 = Migration(
    version: 6, name: "medications",
    sql: """
      CREATE TABLE medication (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
        patient_id INTEGER NOT NULL REFERENCES patient(id),
        day TEXT NOT NULL CHECK (day IS date(day, '+0 days')),
        time TEXT CHECK (time IS NULL OR (course = 0 AND time GLOB '[0-2][0-9]:[0-5][0-9]'
          AND time < '24:00')),
        drug TEXT NOT NULL CHECK ((drug = 'paracetamol' OR drug = 'ibuprofen' OR drug = 'naproxen'
          OR drug = 'diclofenac' OR drug = 'celecoxib' OR drug = 'etoricoxib'
          OR drug = 'codeine' OR drug = 'tramadol' OR drug = 'tapentadol'
          OR drug = 'oxycodone' OR drug = 'morphine' OR drug = 'hydromorphone'
          OR drug = 'hydrocodone' OR drug = 'gabapentin' OR drug = 'pregabalin'
          OR drug = 'other')),
        name TEXT CHECK (drug <> 'other' OR coalesce(length(name), 0) > 0),
        course INTEGER NOT NULL CHECK ((course = 0 OR course = 1)),
        to_day TEXT CHECK (to_day IS NULL OR (course = 1 AND to_day IS date(to_day, '+0 days')
          AND to_day > day)),
        dose REAL CHECK (dose IS NULL OR (dose > 0 AND dose <= 20000)),
        times INTEGER NOT NULL CHECK (times BETWEEN 1 AND 24),
        prn INTEGER NOT NULL CHECK ((prn = 0 OR prn = 1)),
        note TEXT,
        removed INTEGER NOT NULL DEFAULT 0 CHECK ((removed = 0 OR removed = 1)),
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX medication_by_patient_day ON medication (patient_id, day);

      CREATE TABLE target_new (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
        patient_id INTEGER NOT NULL REFERENCES patient(id),
        day TEXT NOT NULL CHECK (day IS date(day, '+0 days')),
        time TEXT CHECK (time IS NULL),
        kind TEXT NOT NULL CHECK ((kind = 'off-crutches' OR kind = 'full-weight-bearing'
          OR kind = 'walk-without-aid' OR kind = 'stairs-normally'
          OR kind = 'drive' OR kind = 'return-to-work' OR kind = 'sleep-on-side'
          OR kind = 'return-to-sport' OR kind = 'pain-free-day' OR kind = 'opioid-free')),
        days INTEGER NOT NULL CHECK (days BETWEEN 1 AND 3650),
        surgery TEXT NOT NULL CHECK (length(surgery) = 36),
        note TEXT,
        removed INTEGER NOT NULL DEFAULT 0 CHECK ((removed = 0 OR removed = 1)),
        recorded_at TEXT NOT NULL
      ) STRICT;
      INSERT INTO target_new (id, uid, patient_id, day, time, kind, days, surgery, note, removed, recorded_at)
      SELECT id, uid, patient_id, day, time, kind, days, surgery, note, removed, recorded_at FROM target;
      DROP TABLE target;
      ALTER TABLE target_new RENAME TO target;
      CREATE INDEX target_by_patient_day ON target (patient_id, day);

      -- The new table points its own references at itself; renaming it rewrites them to `change`.
      CREATE TABLE change_new (
        seq INTEGER PRIMARY KEY,
        patient_id INTEGER NOT NULL REFERENCES patient(id),
        action TEXT NOT NULL CHECK ((action = 'add' OR action = 'edit' OR action = 'remove'
          OR action = 'undo' OR action = 'move')),
        entry_type TEXT CHECK ((entry_type = 'treatment' OR entry_type = 'pain'
          OR entry_type = 'symptom' OR entry_type = 'aid' OR entry_type = 'score'
            OR entry_type = 'milestone' OR entry_type = 'target' OR entry_type = 'medication')),
        first_id INTEGER NOT NULL,
        last_id INTEGER NOT NULL CHECK (last_id >= first_id),
        before TEXT,
        after TEXT,
        reason TEXT,
        undoes INTEGER REFERENCES change_new(seq),
        undone_by INTEGER REFERENCES change_new(seq),
        recorded_at TEXT NOT NULL,
        other_patient_id INTEGER REFERENCES patient(id)
          CHECK ((action = 'move') = (other_patient_id IS NOT NULL) OR action = 'undo')
      ) STRICT;
      INSERT INTO change_new (seq, patient_id, action, entry_type, first_id, last_id, before, after, reason,
        undoes, undone_by, recorded_at, other_patient_id)
      SELECT seq, patient_id, action, entry_type, first_id, last_id, before, after, reason, undoes,
        undone_by, recorded_at, other_patient_id FROM change;
      DROP TABLE change;
      ALTER TABLE change_new RENAME TO change;
      CREATE INDEX change_by_patient ON change (patient_id, seq);
      CREATE INDEX change_by_entry ON change (first_id, last_id);
      """)
}
