-- The head of the hash-chained event log: the id and hash of the last entry and how many there
-- are. It is advanced by the AFTER INSERT trigger below in the same statement (hence the same
-- transaction) as every append, whoever appends; deleting events does not touch it, so
-- `kjcg-desktop check` detects deleted entries at the end of the log (including all of them),
-- which the chain alone cannot. The row can be neither deleted nor added to.
CREATE TABLE event_head (
    id        INTEGER PRIMARY KEY CHECK (id = 1),
    last_id   INTEGER NOT NULL,
    last_hash TEXT NOT NULL,
    count     INTEGER NOT NULL CHECK (count >= 0)
);

INSERT INTO event_head (id, last_id, last_hash, count)
SELECT 1,
       coalesce((SELECT max(id) FROM events), 0),
       coalesce((SELECT hash FROM events ORDER BY id DESC LIMIT 1), '0000000000000000000000000000000000000000000000000000000000000000'),
       (SELECT count(*) FROM events);

CREATE TRIGGER events_advance_head AFTER INSERT ON events
BEGIN
    UPDATE event_head SET last_id = NEW.id, last_hash = NEW.hash, count = count + 1 WHERE id = 1;
END;

CREATE TRIGGER event_head_no_delete BEFORE DELETE ON event_head
BEGIN
    SELECT RAISE(ABORT, '事件日志头记录不能删除');
END;

CREATE TRIGGER event_head_no_insert BEFORE INSERT ON event_head
BEGIN
    SELECT RAISE(ABORT, '事件日志头记录只能有一条');
END;
