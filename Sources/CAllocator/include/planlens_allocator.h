// planlens_allocator.h — the one C allocator setting PlanLens makes (glibc's mallopt, which
// Swift's Glibc module does not expose).
#ifndef PLANLENS_ALLOCATOR_H
#define PLANLENS_ALLOCATOR_H

#include <stdint.h>

#ifdef __cplusplus
extern "C" {
#endif

/// Allocations of `bytes` and more get pages of their own, returned to the system when freed
/// (a fixed mmap threshold). Returns 1 when applied, 0 where the C library has no such setting.
int32_t pl_allocator_own_pages_from(int32_t bytes);

#ifdef __cplusplus
}
#endif

#endif
