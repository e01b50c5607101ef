// A heap page: one block from mimalloc with this header at its start and objects after it.
// Private to vm/heap/ (heap.cc, collector.cc, verifier.cc). Invariant: objects tile
// [start(), top) exactly; a normal page holds only objects of at most kLargeObjectBytes, a large
// page holds exactly one bigger object, so the size in an object's header tells which kind of
// page it lives in and where that page's header is.

#ifndef ISLET_VM_HEAP_PAGE_H_
#define ISLET_VM_HEAP_PAGE_H_

#include <cstddef>
#include <cstdint>

#include "vm/heap/heap.h"

namespace islet {

// Normal pages are this big (header included). Big enough that page turnover is rare, small
// enough that a small isolate's heap stays small.
constexpr size_t kPageSize = 256 * 1024;
// Objects bigger than this get a page of their own and are never copied. An eighth of a page
// bounds the space lost at the end of a page (an object that does not fit starts a new one).
constexpr size_t kLargeObjectBytes = kPageSize / 8;
// The first collection threshold, and the least one: below this collecting costs more than
// the memory it would give back.
// Large objects from this size on get memory mapped with MAP_POPULATE: the kernel fills the
// whole block in one call instead of one page fault per 4 KiB, which dominates the cost of
// making (or copying into) a big list.
constexpr size_t kPopulatedBlockBytes = size_t{1} << 20;
// From this size on the block is aligned to, and backed by, 2 MiB transparent huge pages:
// filling 10 MB takes five faults instead of 2,500 (about 4 ms instead of 18 here).
constexpr size_t kHugePageBytes = size_t{2} << 20;
constexpr size_t kMinCollectionBytes = size_t{4} << 20;
// The largest object a header can describe (32-bit size in words).
constexpr size_t kMaxObjectWords = UINT32_MAX;

struct Heap::Page {
  // End of the objects. For the heap's current page it is stale until RetireCurrentPage.
  uint8_t* top;
  uint8_t* end;  // End of the block.
  size_t size;   // Bytes of the block, header included (what capacity_bytes counts).
  bool large;
  bool mapped;      // A block of its own from mmap (big large objects), not from mimalloc.
  size_t map_size;  // Mapped blocks: the bytes to unmap (size rounded up to whole OS pages).
  // Set on the pages that receive survivors while a collection runs, cleared at its end.
  bool to_space;
  // A large object kept by a collection gets the forwarding header (its own address | 1) so
  // later visits see it as done; its real header waits here until it is scanned.
  uint64_t saved_header;

  static constexpr size_t kHeaderSize = 64;
  uint8_t* start() { return reinterpret_cast<uint8_t*>(this) + kHeaderSize; }
  HeapObject* large_object() { return reinterpret_cast<HeapObject*>(start()); }
  // The page of an object bigger than kLargeObjectBytes.
  static Page* OfLarge(HeapObject* o) {
    return reinterpret_cast<Page*>(reinterpret_cast<uint8_t*>(o) - kHeaderSize);
  }
};
// (sizeof(Page) <= kHeaderSize is asserted in Heap::NewPage: Page is private to Heap.)

}  // namespace islet

#endif  // ISLET_VM_HEAP_PAGE_H_
