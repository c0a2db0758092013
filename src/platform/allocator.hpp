#pragma once
// How the daemon's allocator gives memory back. It runs all day and is idle
// nearly all of it, so memory freed after a burst (a big calendar parsed on a
// reader thread, many control clients at once) should leave the process,
// not wait in the allocator for a reuse that may never come.

namespace unknot {

/// Fixes glibc's thresholds instead of letting them grow with the largest
/// block freed so far: without this, one 8 MB calendar read raised the trim
/// threshold to 16 MB and a reader thread's arena kept 19 MB resident for good.
/// Call once at start, before any thread.
void keep_free_memory_small();

/// Returns the free pages at the top of every heap arena to the system now
/// (after a config reload, a crowd of clients, a history write).
void release_free_memory();

}  // namespace unknot
