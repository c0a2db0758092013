#include "platform/allocator.hpp"

#include <malloc.h>

namespace unknot {

void keep_free_memory_small() {
  // Blocks of 256 kB and more come from mmap and go back on free; free space
  // over 128 kB at the top of any arena's heap is returned on free. Setting
  // either one turns off glibc's dynamic raising of both.
  ::mallopt(M_MMAP_THRESHOLD, 256 * 1024);
  ::mallopt(M_TRIM_THRESHOLD, 128 * 1024);
}

void release_free_memory() { ::malloc_trim(0); }

}  // namespace unknot
