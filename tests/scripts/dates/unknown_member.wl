// A Date has no Hour: rejected before running, with its members listed.
d is Date = "20250201"
Trace(d..Hour)
