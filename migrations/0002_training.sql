-- Issue 7: staff training drills. One row per trainee (by name), per drill, and per answered scenario.
CREATE TABLE IF NOT EXISTS trainees (
  id TEXT PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  created_at TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS drills (
  id TEXT PRIMARY KEY,
  trainee_id TEXT NOT NULL REFERENCES trainees(id),
  topic TEXT,                      -- NULL = mixed topics
  lang TEXT,                       -- NULL = both languages
  scenario_ids TEXT NOT NULL,      -- JSON array, in the order shown
  size INTEGER NOT NULL,
  created_at TEXT NOT NULL,
  finished_at TEXT
);
CREATE INDEX IF NOT EXISTS drills_trainee ON drills(trainee_id, created_at);

CREATE TABLE IF NOT EXISTS attempts (
  id INTEGER PRIMARY KEY AUTOINCREMENT,
  drill_id TEXT NOT NULL REFERENCES drills(id),
  trainee_id TEXT NOT NULL REFERENCES trainees(id),
  position INTEGER NOT NULL,       -- 0-based index into drills.scenario_ids
  scenario_id TEXT NOT NULL,
  topic TEXT NOT NULL,
  lang TEXT NOT NULL,
  chosen TEXT NOT NULL,
  expected TEXT NOT NULL,
  correct INTEGER NOT NULL,        -- 0 / 1
  reply TEXT,                      -- the trainee's own reply, if written
  reply_errors INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL,
  UNIQUE (drill_id, position)
);
CREATE INDEX IF NOT EXISTS attempts_trainee_topic ON attempts(trainee_id, topic);
CREATE INDEX IF NOT EXISTS attempts_scenario ON attempts(scenario_id, correct);
CREATE INDEX IF NOT EXISTS attempts_created ON attempts(created_at);
