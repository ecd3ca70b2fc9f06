/// The schema, as an ordered list of migrations.
///
/// CHECK constraints are written so that NULL never slips through: SQLite passes a CHECK whose value
/// is NULL, and its `date()` accepts impossible days such as `2023-02-30` unless a modifier makes it
/// normalise them (`date(day, '+0 days')` turns that into `2023-03-02`).
///
/// Vocabulary lists in CHECK constraints are written out literally rather than generated from the
/// model's enums: a migration's text must never change after it ships. A test checks that they still
/// accept every word the model knows.
enum Migrations {
  /// `PRAGMA application_id` of a recovery database: "RCVY" in ASCII.
  static let applicationID = 0x5243_5659

  static let all: [Migration] = [version1, version2]

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
        kind TEXT NOT NULL CHECK (kind IN ('hip-resurfacing', 'psoas-release', 'cortisone', 'prp',
          'prolotherapy', 'total-hip-replacement', 'hip-arthroscopy', 'revision', 'physiotherapy',
          'self-massage', 'other')),
        name TEXT CHECK (kind <> 'other' OR coalesce(length(name), 0) > 0),
        side TEXT CHECK (side IN ('left', 'right', 'both')),
        level TEXT CHECK (level IS NULL OR (kind = 'psoas-release'
          AND level IN ('lesser-trochanter', 'central-compartment', 'peripheral-compartment'))),
        approach TEXT CHECK (approach IS NULL OR (kind IN ('hip-resurfacing', 'psoas-release',
          'total-hip-replacement', 'hip-arthroscopy', 'revision') AND approach IN ('arthroscopic', 'open'))),
        target TEXT CHECK (target IS NULL OR (kind IN ('cortisone', 'prp', 'prolotherapy')
          AND target IN ('iliopsoas-bursa', 'iliopsoas-tendon', 'hip-joint', 'trochanteric-bursa', 'other'))),
        guidance TEXT CHECK (guidance IS NULL OR (kind IN ('cortisone', 'prp', 'prolotherapy')
          AND guidance IN ('ultrasound', 'fluoroscopy', 'ct', 'none'))),
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
        location TEXT CHECK (location IN ('groin', 'front-thigh', 'inner-thigh', 'lateral-hip', 'buttock',
          'lower-back', 'abdomen', 'genitals', 'knee', 'hip')),
        side TEXT CHECK (side IN ('left', 'right', 'both')),
        activity TEXT CHECK (activity IN ('stairs', 'sit-to-stand', 'car', 'walking', 'standing', 'sitting',
          'lying', 'night', 'exercise')),
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
        kind TEXT NOT NULL CHECK (kind IN ('catching', 'clicking', 'snapping', 'locking', 'giving-way',
          'numbness', 'stiffness', 'swelling', 'trigger-point')),
        count INTEGER CHECK (count >= 0),
        severity INTEGER CHECK (severity BETWEEN 0 AND 10),
        point TEXT CHECK ((kind = 'trigger-point') = (point IS NOT NULL)
          AND (point IS NULL OR point IN ('upper-psoas', 'lower-psoas', 'iliacus'))),
        location TEXT CHECK (location IN ('groin', 'front-thigh', 'inner-thigh', 'lateral-hip', 'buttock',
          'lower-back', 'abdomen', 'genitals', 'knee', 'hip')),
        side TEXT CHECK (side IN ('left', 'right', 'both')),
        activity TEXT CHECK (activity IN ('stairs', 'sit-to-stand', 'car', 'walking', 'standing', 'sitting',
          'lying', 'night', 'exercise')),
        note TEXT,
        recorded_at TEXT NOT NULL
      ) STRICT;
      CREATE INDEX symptom_by_patient_day ON symptom (patient_id, day);

      CREATE TABLE aid (
        id INTEGER PRIMARY KEY,
        uid TEXT NOT NULL UNIQUE CHECK (length(uid) = 36),
        patient_id INTEGER NOT NULL REFERENCES patient(id),
        aid TEXT NOT NULL CHECK (aid IN ('two-crutches', 'one-crutch', 'cane', 'walker')),
        from_day TEXT NOT NULL CHECK (from_day IS date(from_day, '+0 days')),
        to_day TEXT CHECK (to_day IS NULL OR (to_day IS date(to_day, '+0 days') AND to_day >= from_day)),
        weight_bearing TEXT CHECK (weight_bearing IN ('nwb', 'ttwb', 'pwb', 'wbat', 'fwb')),
        side TEXT CHECK (side IN ('left', 'right', 'both')),
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
}
