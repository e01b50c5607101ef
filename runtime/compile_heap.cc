// CompileHeap: one exclusive mimalloc arena for the process, reserved on first use (address
// space only; the kernel backs what is touched), madvised for transparent huge pages; each
// CompileHeap is a fresh heap in it, made the thread's default for its lifetime.

#include "runtime/compile_heap.h"

#include <mimalloc.h>
#include <sys/mman.h>

#include <cstddef>
#include <cstdint>

#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
#define ISLET_COMPILE_ARENA 0
#elif defined(__has_feature)
#if __has_feature(address_sanitizer) || __has_feature(thread_sanitizer)
#define ISLET_COMPILE_ARENA 0
#endif
#endif
#ifndef ISLET_COMPILE_ARENA
// Sanitizers replace malloc, so a mimalloc heap would not see the compile's allocations; and
// heaps in exclusive arenas came with mimalloc 2.0.9.
#define ISLET_COMPILE_ARENA (MI_MALLOC_VERSION >= 209)
#endif

namespace islet {

namespace {

#if ISLET_COMPILE_ARENA
// Address space only: pages cost memory when touched. A compile that needed more would have
// run out of memory long before.
constexpr size_t kArenaBytes = size_t{64} << 30;
// mimalloc cuts an arena into blocks that must sit at its segment alignment (32 MiB in
// mimalloc 2.0); a 1 GiB boundary is one for any version.
constexpr uintptr_t kArenaAlignment = uintptr_t{1} << 30;

struct Arena {
  bool ok = false;
  mi_arena_id_t id = 0;
};

const Arena& CompileArena() {
  static const Arena arena = [] {
    Arena a;
    size_t size = kArenaBytes + kArenaAlignment;
    void* raw = mmap(nullptr, size, PROT_READ | PROT_WRITE,
                     MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
    if (raw == MAP_FAILED) return a;
    uintptr_t begin = reinterpret_cast<uintptr_t>(raw);
    uintptr_t start = (begin + kArenaAlignment - 1) & ~(kArenaAlignment - 1);
    // The unaligned ends go back.
    if (start > begin) munmap(raw, start - begin);
    uintptr_t end = begin + size;
    if (end > start + kArenaBytes) {
      munmap(reinterpret_cast<void*>(start + kArenaBytes), end - (start + kArenaBytes));
    }
    // Best effort: without transparent huge pages the arena is ordinary memory.
    madvise(reinterpret_cast<void*>(start), kArenaBytes, MADV_HUGEPAGE);
    a.ok = mi_manage_os_memory_ex(reinterpret_cast<void*>(start), kArenaBytes,
                                  /*is_committed=*/true, /*is_large=*/false, /*is_zero=*/true,
                                  /*numa_node=*/-1, /*exclusive=*/true, &a.id);
    if (!a.ok) munmap(reinterpret_cast<void*>(start), kArenaBytes);
    return a;
  }();
  return arena;
}
#endif

}  // namespace

CompileHeap::CompileHeap() {
#if ISLET_COMPILE_ARENA
  const Arena& arena = CompileArena();
  if (!arena.ok) return;
  mi_heap_t* heap = mi_heap_new_in_arena(arena.id);
  if (heap == nullptr) return;
  heap_ = heap;
  previous_ = mi_heap_set_default(heap);
#endif
}

CompileHeap::~CompileHeap() {
#if ISLET_COMPILE_ARENA
  if (heap_ == nullptr) return;
  mi_heap_set_default(static_cast<mi_heap_t*>(previous_));
  // What is still allocated (the Module, a Program) moves to the thread's default heap.
  mi_heap_delete(static_cast<mi_heap_t*>(heap_));
#endif
}

}  // namespace islet
