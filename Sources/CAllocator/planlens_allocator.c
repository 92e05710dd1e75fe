#include "planlens_allocator.h"

#if defined(__GLIBC__)
#include <malloc.h>
#endif

int32_t pl_allocator_own_pages_from(int32_t bytes) {
#if defined(__GLIBC__)
  return mallopt(M_MMAP_THRESHOLD, bytes) == 1 ? 1 : 0;
#else
  (void)bytes;
  return 0;
#endif
}
