#ifndef RECOVERY_CSQLITE_SHIM_H
#define RECOVERY_CSQLITE_SHIM_H

#include <sqlite3.h>

/// sqlite3_config is variadic, which Swift cannot call. Turns off SQLite's memory statistics for
/// this process, which take a global mutex around every allocation; effective only before SQLite
/// starts. Returns SQLite's result code: SQLITE_MISUSE when something else in the process had started
/// SQLite already, and nothing was changed.
static inline int recovery_sqlite_config_no_memory_statistics(void) {
  return sqlite3_config(SQLITE_CONFIG_MEMSTATUS, 0);
}

#endif
