// The heap of one isolate: pages obtained through mimalloc, bump allocation, and a precise,
// moving collector. Each isolate owns exactly one Heap and nothing in it points into another
// isolate's heap; immortal objects (flag kImmortalBit: the singletons and the Program's
// constants) live outside every heap, are never moved and never point into a heap.
//
// The collector today is a Cheney copying collector over a list of pages (semispace by pages:
// live objects are copied into fresh pages, the old pages are freed), iterative with no
// recursion. A generational nursery is the planned next step (benchmarks/README.md).
// Objects bigger than kLargeObjectBytes (heap.cc) get a page of their own and are never copied:
// a collection keeps or frees their page whole.
//
// Allocation is a bump pointer with one compare on the fast path (inline below). The collection
// policy hides in the bump limit: limit_ is the end of the current page or the point where the
// used bytes would pass the next collection threshold (or max_heap_bytes), whichever is first,
// and never more than kLargeObjectBytes past top_ (so a large object never lands in a normal
// page); it equals top_ under gc_stress. One branch sends every case that needs thought to
// AllocateSlow.
//
// Rules for C++ code (the collector moves objects):
// - Allocate() may collect. A raw HeapObject* or a Value held in a C++ local across a call that
//   may allocate is stale afterwards unless it is rooted: in a Handle, in the interpreter stack,
//   or in a slot reached from the roots callback.
// - In debug builds a NoGcScope makes any allocation inside it fail an assertion, so code that
//   holds raw pointers can say so and be checked.
//
// Does not own: object layouts (object.h), what the roots are (the isolate, via SetRootVisitor).

#ifndef ISLET_VM_HEAP_HEAP_H_
#define ISLET_VM_HEAP_HEAP_H_

#include <cassert>
#include <cstddef>
#include <cstdint>
#include <cstring>
#include <functional>
#include <string>
#include <unordered_map>
#include <vector>

#include "vm/object.h"
#include "vm/value.h"

namespace islet {

struct HeapOptions {
  // Past the limit Allocate returns nullptr. 0: no configured limit, but the heap still refuses
  // to hold more than the machine's physical memory (a request for 30 GiB then fails cleanly
  // instead of the kernel killing the process when the body is filled).
  size_t max_heap_bytes = 0;
  bool gc_stress = false;  // Collect before every allocation.
  bool verify = false;     // Verify the heap before and after every collection.
  // Never collect (a heap being filled by a message copy has no roots of its own; it only
  // grows, up to the limit, until a receiving isolate adopts its pages).
  bool never_collect = false;
  // The size of the first normal page; later ones double up to the full page size.
  size_t first_page_bytes = 256 * 1024;
};

struct HeapStats {
  size_t collections = 0;
  size_t used_bytes = 0;       // Bytes in live-or-not-yet-collected objects.
  size_t capacity_bytes = 0;   // Bytes of pages held.
  size_t last_live_bytes = 0;  // Survivors of the last collection.
  double total_gc_ms = 0;
};

// Visits one root slot: the collector may overwrite *slot with the object's new address.
using RootVisitor = std::function<void(Value* slot)>;
// Calls [visit] on every root slot of the isolate (stack, globals, caches...), for example
// [this](const RootVisitor& visit) { VisitRoots(visit); }. A slot visited twice is harmless.
using RootEnumerator = std::function<void(const RootVisitor& visit)>;

class Heap {
 public:
  explicit Heap(const HeapOptions& options);
  ~Heap();
  Heap(const Heap&) = delete;
  Heap& operator=(const Heap&) = delete;

  // Allocates an object of [size_words] words (header included, at least 2) with class id
  // [cid] and header [flags]. A kValues body is filled with null, a raw body with zeros. May
  // collect first. Returns nullptr when the object cannot fit under max_heap_bytes even after a
  // collection (the caller throws OutOfMemoryError); never aborts the process for a large
  // request.
  // [flags] must not contain kForwardedBit or kImmortalBit; kRawBodyBit says the body kind.
  inline HeapObject* Allocate(uint32_t cid, size_t size_words, uint8_t flags);
  // For the message copier: the same, but only the header is written. The caller fills every
  // body word before anything reads the object (a message heap never collects).
  HeapObject* AllocateUninitialized(uint32_t cid, size_t size_words, uint8_t flags);

  // Collects now. Every root is visited through the root visitor and the handles.
  void Collect();

  // The isolate tells the heap how to find its roots (interpreter stack, globals, caches...).
  // [roots] is called once per collection (and once per Verify).
  void SetRootVisitor(RootEnumerator roots) { root_visitor_ = std::move(roots); }

  // Checks every object in the heap: valid class id and size, every Value slot a Smi, an
  // immortal object, or an object inside this heap. Returns false and describes the first
  // problem in [error]. Root and handle slots are checked the same way. (verifier.cc)
  bool Verify(std::string* error) const;

  // The identity hash of [o]: assigned on first request, stable for the object's lifetime
  // although the collector moves it (a side table keyed by address, rekeyed by each
  // collection, so objects whose hash is never asked for pay nothing). Never 0, fits a Smi.
  uint32_t IdentityHash(HeapObject* o);
  // The identity hash [o] already has, or 0; and giving a new object one (a message copy keeps
  // the hashes of what it copies, so hash tables in the message need no rehashing).
  uint32_t ExistingIdentityHash(const HeapObject* o) const;
  void SetIdentityHash(const HeapObject* o, uint32_t hash);

  // True if [o] lies in one of this heap's pages. Linear in the number of pages: for checks,
  // not for hot paths.
  bool Contains(const HeapObject* o) const;

  // Moves every page of [other] into this heap (a message is delivered this way, and
  // Isolate.exit hands its whole heap over); [other] is left empty. Objects keep their
  // addresses. Time: O(pages), plus the identity hashes of the smaller of the two heaps; no work
  // per object and no system call. The adopted bytes count as allocated, but the collection
  // they may make due waits for CollectIfAdoptionDue: the event that receives a message should
  // not pay for collecting it.
  void AdoptPages(Heap* other);
  // Called between events: collects when the pages adopted since the last collection took the
  // heap past its threshold. A receiver that allocates little of its own would otherwise keep
  // every message it ever dropped; collected, their memory (big blocks especially, see
  // heap.cc) serves the next messages without costing fresh pages.
  void CollectIfAdoptionDue();

  const HeapStats& stats() const {
    stats_.used_bytes = UsedBytes();
    return stats_;
  }
  const HeapOptions& options() const { return options_; }

  // Handles: a LIFO stack of root slots (see Handle below).
  void PushHandle(Value* slot) { handles_.push_back(slot); }
  void PopHandle() { handles_.pop_back(); }

  // Depth of NoGcScopes (checked in debug builds). Present in every build mode: a member that
  // exists only without NDEBUG would give translation units of different modes different
  // layouts of Heap and of everything that embeds it.
  int no_gc_depth = 0;

 private:
  struct Page;  // page.h

  // Everything but the bump itself: collection, limits, new pages, large objects (heap.cc).
  HeapObject* AllocateSlow(uint32_t cid, size_t size_words, uint8_t flags, bool initialize = true);
  static void InitObject(HeapObject* o, uint32_t cid, size_t size_words, uint8_t flags) {
    assert((flags & (kForwardedBit | kImmortalBit | kMarkBit)) == 0);
    o->set_header(HeapObject::MakeHeader(cid, static_cast<uint32_t>(size_words), flags));
    if (flags & kRawBodyBit) {
      std::memset(o->bytes(), 0, (size_words - 1) * kWordSize);
    } else {
      Value* slot = o->slots();
      Value* end = slot + (size_words - 1);
      const Value null = Value::Null();
      while (slot < end) *slot++ = null;
    }
  }
  size_t UsedBytes() const { return used_base_ + static_cast<size_t>(top_ - bump_start_); }
  Page* NewPage(size_t object_bytes, bool large);
  void FreePage(Page* page);
  // Back to mimalloc, or for a mapped block to the block cache ([reuse]) or the OS.
  static void ReleaseBlock(Page* page, bool reuse);
  // A populated block of at least [size] bytes, its size in [*block_size]: a recently
  // released one when [reuse] (contents undefined), else fresh (zeroed) from the OS.
  static void* MapBlock(size_t size, bool reuse, size_t* block_size);
  void RetireCurrentPage();  // Records top_ in the current page and leaves no current page.
  void ResetLimit();         // Recomputes limit_ from the page end, threshold and limit.

  // The Cheney collector (collector.cc).
  void ForwardSlot(Value* slot);
  HeapObject* CopyAllocate(size_t bytes);
  void ScanToSpace();
  void VerifyOrDie(const char* when) const;

  HeapOptions options_;
  mutable HeapStats stats_;  // used_bytes is refreshed by stats().
  RootEnumerator root_visitor_;
  // Identity hashes by object address (see IdentityHash); entries of dead objects are dropped
  // and moved ones rekeyed at the end of each collection (RekeyIdentityHashes).
  std::unordered_map<uintptr_t, uint32_t> identity_hashes_;
  uint32_t identity_hash_state_ = 0x2545f491;
  void RekeyIdentityHashes();
  std::vector<Value*> handles_;
  std::vector<Page*> pages_;        // Normal pages, in allocation order (the scan order).
  std::vector<Page*> large_pages_;  // One object each, never copied.
  Page* current_ = nullptr;         // The page top_ bumps in (also one of pages_), or none.
  uint8_t* top_ = nullptr;          // Bump pointer in the current page.
  uint8_t* limit_ = nullptr;        // Where the fast path stops: see the essay above.
  // Bytes of objects outside [bump_start_, top_): UsedBytes() without a per-allocation add.
  size_t used_base_ = 0;
  uint8_t* bump_start_ = nullptr;
  size_t next_collection_bytes_ = 0;  // Collect when used_bytes passes this.
  // How far AdoptPages has moved next_collection_bytes_ up since the last collection (taken
  // back by CollectIfAdoptionDue).
  size_t adoption_credit_ = 0;
  size_t next_page_bytes_;  // The size of the next normal page.
  size_t hard_limit_ = 0;   // max_heap_bytes, or physical memory without one.
  bool collecting_ = false;
  std::vector<Page*> large_worklist_;  // Large pages kept by this collection, to be scanned.

  friend class HeapTestPeer;
};

inline HeapObject* Heap::Allocate(uint32_t cid, size_t size_words, uint8_t flags) {
#ifndef NDEBUG
  assert(no_gc_depth == 0 && "allocation inside a NoGcScope");
#endif
  // One unsigned compare checks 1 <= size_words <= the words left before limit_; a zero or
  // absurd size fails it and is rejected by the slow path.
  if (size_words - 1 < static_cast<size_t>(limit_ - top_) / kWordSize) [[likely]] {
    auto* o = reinterpret_cast<HeapObject*>(top_);
    top_ += size_words * kWordSize;
    InitObject(o, cid, size_words, flags);
    return o;
  }
  return AllocateSlow(cid, size_words, flags);
}

// Keeps one Value rooted (and updated by collections) for its lifetime. Handles must be
// destroyed in reverse order of creation (they are stack-allocated C++ locals).
class Handle {
 public:
  Handle(Heap* heap, Value v) : heap_(heap), value_(v) { heap_->PushHandle(&value_); }
  ~Handle() { heap_->PopHandle(); }
  Handle(const Handle&) = delete;
  Handle& operator=(const Handle&) = delete;
  Value get() const { return value_; }
  void set(Value v) { value_ = v; }
  Value* slot() { return &value_; }

 private:
  Heap* heap_;
  Value value_;
};

// Marks a region that holds raw pointers and must not allocate (checked in debug builds).
class NoGcScope {
 public:
#ifndef NDEBUG
  explicit NoGcScope(Heap* heap) : heap_(heap) { heap_->no_gc_depth++; }
  ~NoGcScope() { heap_->no_gc_depth--; }

 private:
  Heap* heap_;
#else
  explicit NoGcScope(Heap*) {}
#endif
};

}  // namespace islet

#endif  // ISLET_VM_HEAP_HEAP_H_
