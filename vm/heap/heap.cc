// Owns a heap's pages (obtained from mimalloc), the allocation slow path, the collection policy
// (when to collect, the next threshold, the hard limit), page adoption and Contains. Does not
// own copying (collector.cc) or checking (verifier.cc). Invariant: UsedBytes() is the sum of
// the sizes of the objects in pages_ and large_pages_, and limit_ never passes the end of the
// current page nor lies more than kLargeObjectBytes past top_.

#include "vm/heap/heap.h"

#include <mimalloc.h>
#include <sys/mman.h>
#include <unistd.h>

#include <algorithm>
#include <cstdlib>
#include <mutex>
#include <vector>

#include "vm/heap/page.h"

namespace islet {

namespace {

// ThreadSanitizer does not see inside the prebuilt mimalloc: a page one isolate's thread frees
// and another thread's heap gets back looks like a race between the two. Under TSan pages come
// from malloc, which it intercepts.
#if defined(__has_feature)
#if __has_feature(thread_sanitizer)
#define ISLET_PAGES_FROM_MALLOC 1
#endif
#endif
#if defined(__SANITIZE_THREAD__)
#define ISLET_PAGES_FROM_MALLOC 1
#endif

void* AllocatePageMemory(size_t size) {
#ifdef ISLET_PAGES_FROM_MALLOC
  return std::malloc(size);
#else
  return mi_malloc(size);
#endif
}

void FreePageMemory(void* page) {
#ifdef ISLET_PAGES_FROM_MALLOC
  std::free(page);
#else
  mi_free(page);
#endif
}

// Without a configured limit the heap still stops at the machine's memory: past it, filling a
// fresh body would get the process killed instead of Allocate returning nullptr.
// Read once: every isolate and every message makes a heap (sysconf is a system call).
size_t PhysicalMemoryBytes() {
  static const size_t bytes = [] {
    long pages = sysconf(_SC_PHYS_PAGES);
    long page_size = sysconf(_SC_PAGESIZE);
    if (pages <= 0 || page_size <= 0) return SIZE_MAX;
    return static_cast<size_t>(pages) * static_cast<size_t>(page_size);
  }();
  return bytes;
}

// Big blocks given back recently, kept for the next big allocation instead of returned to the
// OS. On a virtual machine, memory the process has not touched yet costs a fault in the host
// as well as in the guest (a fresh 10 MB block takes about 20 ms to fill here, a reused one
// under 2 ms), and big objects come and go in waves: each big message, each big list a
// program rebuilds. Bounded, so the process's memory is not held hostage. Any thread.
class BlockCache {
 public:
  static BlockCache* Get() {
    static BlockCache* cache = new BlockCache();  // Never destroyed: threads may outlive main.
    return cache;
  }
  // A cached block of at least [size] bytes (and not much more), or nullptr; its size in
  // [*block_size].
  void* Take(size_t size, size_t* block_size) {
    std::lock_guard<std::mutex> lock(mutex_);
    for (size_t i = 0; i < blocks_.size(); i++) {
      if (blocks_[i].size >= size && blocks_[i].size - size <= size / 4) {
        void* block = blocks_[i].start;
        *block_size = blocks_[i].size;
        bytes_ -= blocks_[i].size;
        blocks_.erase(blocks_.begin() + static_cast<std::ptrdiff_t>(i));
        return block;
      }
    }
    return nullptr;
  }
  // Keeps [block] when there is room (true), else the caller unmaps it.
  bool Put(void* block, size_t size) {
    std::lock_guard<std::mutex> lock(mutex_);
    if (bytes_ + size > kMaxBytes || blocks_.size() >= kMaxBlocks) return false;
    blocks_.push_back({block, size});
    bytes_ += size;
    return true;
  }

 private:
  static constexpr size_t kMaxBytes = size_t{64} << 20;
  static constexpr size_t kMaxBlocks = 16;
  struct Block {
    void* start;
    size_t size;
  };
  std::mutex mutex_;
  std::vector<Block> blocks_;
  size_t bytes_ = 0;
};

}  // namespace

Heap::Heap(const HeapOptions& options) : options_(options) {
  hard_limit_ = options_.max_heap_bytes != 0 ? options_.max_heap_bytes : PhysicalMemoryBytes();
  next_collection_bytes_ = kMinCollectionBytes;
  next_page_bytes_ = std::clamp<size_t>(options_.first_page_bytes, 1024, kPageSize);
}

Heap::~Heap() {
  for (Page* p : pages_) ReleaseBlock(p, !options_.verify);
  for (Page* p : large_pages_) ReleaseBlock(p, !options_.verify);
}

void* Heap::MapBlock(size_t size, bool reuse, size_t* block_size) {
  *block_size = size;
  if (reuse) {
    if (void* block = BlockCache::Get()->Take(size, block_size)) return block;
  }
  if (size < kHugePageBytes) {
    void* block = mmap(nullptr, size, PROT_READ | PROT_WRITE,
                       MAP_PRIVATE | MAP_ANONYMOUS | MAP_POPULATE | MAP_NORESERVE, -1, 0);
    return block == MAP_FAILED ? nullptr : block;
  }
  // Map a huge page more than needed, keep the 2 MiB-aligned part, ask for huge pages, then
  // fault the whole block in at once (MADV_POPULATE_WRITE, Linux 5.14; on older kernels the
  // object's initialization touches it, still in huge pages).
  size_t total = size + kHugePageBytes;
  void* raw = mmap(nullptr, total, PROT_READ | PROT_WRITE,
                   MAP_PRIVATE | MAP_ANONYMOUS | MAP_NORESERVE, -1, 0);
  if (raw == MAP_FAILED) return nullptr;
  auto start = reinterpret_cast<uintptr_t>(raw);
  uintptr_t aligned = (start + kHugePageBytes - 1) & ~uintptr_t{kHugePageBytes - 1};
  if (aligned > start) munmap(raw, aligned - start);
  uintptr_t end = start + total;
  if (end > aligned + size) munmap(reinterpret_cast<void*>(aligned + size), end - aligned - size);
  void* block = reinterpret_cast<void*>(aligned);
  madvise(block, size, MADV_HUGEPAGE);
#ifndef MADV_POPULATE_WRITE
#define MADV_POPULATE_WRITE 23
#endif
  madvise(block, size, MADV_POPULATE_WRITE);
  return block;
}

void Heap::ReleaseBlock(Page* page, bool reuse) {
  if (page->mapped) {
    if (reuse && BlockCache::Get()->Put(page, page->map_size)) return;
    munmap(page, page->map_size);
  } else {
    FreePageMemory(page);
  }
}

Heap::Page* Heap::NewPage(size_t object_bytes, bool large) {
  static_assert(sizeof(Page) <= Page::kHeaderSize);
  // Normal pages start small and double up to kPageSize: an idle isolate or a small message
  // holds a few objects, and a page is memory the process keeps.
  size_t size = large ? Page::kHeaderSize + object_bytes
                      : std::max(next_page_bytes_, Page::kHeaderSize + object_bytes);
  if (!large) next_page_bytes_ = std::min(next_page_bytes_ * 2, kPageSize);
  Page* page;
  bool mapped = large && size >= kPopulatedBlockBytes;
  size_t map_size = (size + 4095) & ~size_t{4095};
  if (mapped) {
    // In verify mode a stale pointer into a freed block must fault: no reuse there.
    page = static_cast<Page*>(MapBlock(map_size, !options_.verify, &map_size));
  } else {
    page = static_cast<Page*>(AllocatePageMemory(size));
  }
  if (page == nullptr) return nullptr;
  page->mapped = mapped;
  page->map_size = map_size;
  page->top = page->start();
  page->end = reinterpret_cast<uint8_t*>(page) + size;
  page->size = size;
  page->large = large;
  page->to_space = collecting_;
  page->saved_header = 0;
  stats_.capacity_bytes += size;
  (large ? large_pages_ : pages_).push_back(page);
  return page;
}

void Heap::FreePage(Page* page) {
  stats_.capacity_bytes -= page->size;
  // In verify mode a stale pointer into a freed page should read garbage, not a plausible
  // object: the pattern has bit 0 clear (not "forwarded") and no immortal bit.
  // (A mapped block is unmapped: a stale pointer into it faults.)
  if (page->mapped) {
    ReleaseBlock(page, !options_.verify);
    return;
  }
  if (options_.verify) std::memset(page, 0xf2, page->size);
  FreePageMemory(page);
}

void Heap::RetireCurrentPage() {
  if (current_ != nullptr) {
    current_->top = top_;
    used_base_ += static_cast<size_t>(top_ - bump_start_);
  }
  current_ = nullptr;
  top_ = limit_ = bump_start_ = nullptr;
}

void Heap::ResetLimit() {
  if (current_ == nullptr) {
    limit_ = top_;
    return;
  }
  size_t budget = 0;
  if (!options_.gc_stress) {
    size_t used = UsedBytes();
    size_t threshold = std::min(next_collection_bytes_, hard_limit_);
    budget = used < threshold ? threshold - used : 0;
  }
  size_t room = static_cast<size_t>(current_->end - top_);
  limit_ = top_ + std::min({budget, room, kLargeObjectBytes});
}

HeapObject* Heap::AllocateUninitialized(uint32_t cid, size_t size_words, uint8_t flags) {
  if (size_words - 1 < static_cast<size_t>(limit_ - top_) / kWordSize) {
    auto* o = reinterpret_cast<HeapObject*>(top_);
    top_ += size_words * kWordSize;
    o->set_header(HeapObject::MakeHeader(cid, static_cast<uint32_t>(size_words), flags));
    return o;
  }
  return AllocateSlow(cid, size_words, flags, /*initialize=*/false);
}

HeapObject* Heap::AllocateSlow(uint32_t cid, size_t size_words, uint8_t flags, bool initialize) {
#ifndef NDEBUG
  assert(no_gc_depth == 0 && "allocation inside a NoGcScope");
#endif
  assert(!collecting_);
  // A header holds at most a 32-bit size; anything bigger (or an overflowing size computation
  // by the caller) is refused here, before it can overflow size_words * kWordSize.
  if (size_words == 0 || size_words > kMaxObjectWords) return nullptr;
  size_t bytes = size_words * kWordSize;
  // An object that would not fit even in an empty heap fails without a pointless collection.
  if (bytes > hard_limit_) return nullptr;

  if (!options_.never_collect &&
      (options_.gc_stress || UsedBytes() + bytes > std::min(next_collection_bytes_, hard_limit_))) {
    Collect();
    if (UsedBytes() + bytes > hard_limit_) return nullptr;
  }
  if (options_.never_collect && UsedBytes() + bytes > hard_limit_) return nullptr;

  HeapObject* o;
  if (bytes > kLargeObjectBytes) {
    Page* page = NewPage(bytes, /*large=*/true);
    if (page == nullptr) return nullptr;
    page->top = page->end;
    used_base_ += bytes;
    o = page->large_object();
  } else {
    if (current_ == nullptr || bytes > static_cast<size_t>(current_->end - top_)) {
      RetireCurrentPage();
      Page* page = NewPage(bytes, /*large=*/false);
      if (page == nullptr) return nullptr;
      current_ = page;
      top_ = bump_start_ = page->start();
    }
    o = reinterpret_cast<HeapObject*>(top_);
    top_ += bytes;
  }
  if (initialize) {
    InitObject(o, cid, size_words, flags);
  } else {
    o->set_header(HeapObject::MakeHeader(cid, static_cast<uint32_t>(size_words), flags));
  }
  ResetLimit();
  return o;
}

bool Heap::Contains(const HeapObject* o) const {
  auto* address = reinterpret_cast<const uint8_t*>(o);
  for (Page* p : pages_) {
    const uint8_t* top = p == current_ ? top_ : p->top;
    if (address >= p->start() && address < top) return true;
  }
  for (Page* p : large_pages_) {
    if (address >= p->start() && address < p->end) return true;
  }
  return false;
}

void Heap::AdoptPages(Heap* other) {
  assert(other != this && !collecting_ && !other->collecting_);
  other->RetireCurrentPage();
  size_t adopted = other->used_base_;
  pages_.insert(pages_.end(), other->pages_.begin(), other->pages_.end());
  large_pages_.insert(large_pages_.end(), other->large_pages_.begin(), other->large_pages_.end());
  stats_.capacity_bytes += other->stats_.capacity_bytes;
  used_base_ += adopted;
  // Adoption alone does not trigger a collection at the next allocation (inside the event that
  // receives the message, which would then wait for it to be collected, or copied when it
  // lives): the threshold moves up by what came in, until CollectIfAdoptionDue.
  next_collection_bytes_ += adopted;
  adoption_credit_ += adopted;

  // The smaller table goes into the larger one (an exit's whole heap may carry many hashes).
  if (identity_hashes_.size() < other->identity_hashes_.size()) {
    identity_hashes_.swap(other->identity_hashes_);
  }
  identity_hashes_.insert(other->identity_hashes_.begin(), other->identity_hashes_.end());
  other->identity_hashes_.clear();
  other->pages_.clear();
  other->large_pages_.clear();
  other->used_base_ = 0;
  other->stats_.capacity_bytes = 0;
  other->ResetLimit();
  ResetLimit();
}

void Heap::CollectIfAdoptionDue() {
  if (adoption_credit_ == 0) return;
  next_collection_bytes_ -= adoption_credit_;
  adoption_credit_ = 0;
  if (!options_.never_collect && UsedBytes() > std::min(next_collection_bytes_, hard_limit_)) {
    Collect();
  } else {
    ResetLimit();
  }
}

uint32_t Heap::ExistingIdentityHash(const HeapObject* o) const {
  auto it = identity_hashes_.find(reinterpret_cast<uintptr_t>(o));
  return it == identity_hashes_.end() ? 0 : it->second;
}

void Heap::SetIdentityHash(const HeapObject* o, uint32_t hash) {
  identity_hashes_[reinterpret_cast<uintptr_t>(o)] = hash;
}

uint32_t Heap::IdentityHash(HeapObject* o) {
  if (o->is_immortal()) {
    // Immortal objects never move: their address is their identity.
    uint64_t a = reinterpret_cast<uintptr_t>(o) >> 3;
    return static_cast<uint32_t>(((a * 0x9E3779B97F4A7C15ull) >> 34) | 1);
  }
  auto [it, inserted] = identity_hashes_.try_emplace(reinterpret_cast<uintptr_t>(o), 0);
  if (inserted) {
    // xorshift32: well spread, cheap, and deterministic for reproducible runs.
    uint32_t x = identity_hash_state_;
    x ^= x << 13;
    x ^= x >> 17;
    x ^= x << 5;
    identity_hash_state_ = x;
    it->second = (x & 0x3fffffff) | 1;
  }
  return it->second;
}

}  // namespace islet
