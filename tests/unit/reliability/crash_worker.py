"""Processes that the crash-safety tests SIGKILL part-way. Run as ``python crash_worker.py MODE DB …``.

``edit DB [PAUSE_AT]``: an edit loop through the storage API; each iteration is ONE transaction that
creates an achievement with two inventors, edits the previous one and bumps a counter in settings,
and prints the iteration number only after the commit. With PAUSE_AT it stops inside iteration
PAUSE_AT's transaction, after the achievement was inserted, and prints ``inside N``.

``migrate DB SLEEP``: opens DB with an extra slow migration appended to MIGRATIONS (adds a column,
then rewrites every achievement row by row), printing where it is; SLEEP seconds are spent while
the pre-migration backup is being verified, to give the test a kill point inside the backup.
"""

from __future__ import annotations

import sys
import time


def edit(path: str, pause_at: int = 0) -> None:
    from kjcg_desktop.storage import Settings, open_database
    from kjcg_desktop.storage import achievements as ach

    db = open_database(path)
    settings = Settings(db)
    done = int(settings.get("edit_counter", 0) or 0)
    print("ready", flush=True)
    prev = None
    i = done
    while True:
        i += 1
        with db.transaction():
            aid = ach.create_achievement(
                db, {"name": f"编辑循环成果{i}", "type": "invention", "legal_status": "pending", "ledger_no": f"KJCG-2025-{i:05d}"},
                [{"name": "张伟", "share": "50", "is_representative": True}, {"name": "李娜", "share": "50"}])
            if i == pause_at:  # a deterministic kill point: half of this transaction is written
                print(f"inside {i}", flush=True)
                time.sleep(60)
            if prev is not None:
                ach.update_achievement(db, prev, {"summary": f"第 {i} 次修改", "legal_status": "granted"})
            settings.set("edit_counter", i)
        prev = aid
        print(i, flush=True)


def migrate(path: str, sleep: float) -> None:
    from kjcg_desktop.storage import backup as backup_module
    from kjcg_desktop.storage import migrations, open_database

    def slow_migration(db) -> None:
        db.execute("ALTER TABLE achievements ADD COLUMN note TEXT")
        print("altered", flush=True)
        for n, row in enumerate(db.query("SELECT id FROM achievements ORDER BY id"), 1):
            db.execute("UPDATE achievements SET note = ?, name = name || '（迁移）' WHERE id = ?", (f"n{n}", row[0]))
            print(f"row {n}", flush=True)
            time.sleep(0.002)

    migrations.MIGRATIONS.append(slow_migration)
    migrations.SCHEMA_VERSION = len(migrations.MIGRATIONS)
    verify = backup_module.verify_database_file

    def slow_verify(target) -> None:
        print("verifying-backup", flush=True)
        time.sleep(sleep)
        verify(target)

    backup_module.verify_database_file = slow_verify
    open_database(path).close()
    print("migrated", flush=True)
    sys.stdin.read()  # wait for the kill


if __name__ == "__main__":
    mode, db_path = sys.argv[1], sys.argv[2]
    if mode == "edit":
        edit(db_path, int(sys.argv[3]) if len(sys.argv) > 3 else 0)
    else:
        migrate(db_path, float(sys.argv[3]))
