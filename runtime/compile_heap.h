// The compile heap: where a compile's allocations go. A compile allocates several megabytes of
// small objects in a few milliseconds (trees, elements, the Module), and with 4 KiB pages the
// kernel's first-touch faults cost more than the compile itself (each about 7 us on the VMs
// here, 1,500 of them for hello.dart). While a CompileHeap lives, the calling thread's
// allocations come from a mimalloc heap in an arena of its own whose memory the kernel may back
// with 2 MiB pages (transparent huge pages, asked for with madvise), so a compile faults a
// handful of times. Does not own what is allocated: blocks still alive when it ends (the Module,
// a Program) move to the heap that was the thread's default before (its usual one, or an
// enclosing CompileHeap's) and may be freed on any thread, as any other.
//
// The arena is exclusive: no other heap takes memory from it, so isolates, whose heaps stay in
// ordinary 4 KiB pages, keep their small footprint. It is address space reserved once per
// process, large enough for any compile; where it cannot be reserved (an address-space limit,
// a sanitizer build, a mimalloc without exclusive arenas) a CompileHeap changes nothing.

#ifndef ISLET_RUNTIME_COMPILE_HEAP_H_
#define ISLET_RUNTIME_COMPILE_HEAP_H_

namespace islet {

class CompileHeap {
 public:
  CompileHeap();
  ~CompileHeap();
  CompileHeap(const CompileHeap&) = delete;
  CompileHeap& operator=(const CompileHeap&) = delete;

 private:
  void* heap_ = nullptr;      // The mimalloc heap in the arena (mi_heap_t*), or null.
  void* previous_ = nullptr;  // The thread's default heap before.
};

}  // namespace islet

#endif  // ISLET_RUNTIME_COMPILE_HEAP_H_
