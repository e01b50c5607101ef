// Owns the Cheney copying collection: roots and handles are forwarded first, then to-space is
// scanned breadth-first, page after page, with no recursion (the work list is to-space itself,
// plus a vector of kept large objects). Does not own when to collect (heap.cc) or the checks
// (verifier.cc). Invariant after Collect: every object reachable from the roots and handles
// sits in this heap with an ordinary header, and every other object's memory is freed.

#include <chrono>
#include <cstdio>
#include <cstdlib>

#include "vm/heap/heap.h"
#include "vm/heap/page.h"

namespace islet {

// Makes *slot point to the surviving copy of its object, copying the object on first sight.
inline void Heap::ForwardSlot(Value* slot) {
  Value v = *slot;
  if (v.IsSmi()) return;
  HeapObject* o = v.object();
  uint64_t header = o->header();
  // A forwarding header is the new address | 1, which is the copy's Value as it stands.
  if (header & kForwardedBit) {
    *slot = Value::FromRaw(header);
    return;
  }
  // Immortal objects never move. kMarkBit is set on the copies this collection made until they
  // are scanned: only a root slot seen twice can lead to one, and it already points there.
  if (header & (kImmortalBit | kMarkBit)) return;
  size_t bytes = (header >> 32) * kWordSize;
  if (bytes > kLargeObjectBytes) {
    Page* page = Page::OfLarge(o);
    if (page->to_space) return;  // Kept already, and scanned (its header is back).
    page->to_space = true;
    page->saved_header = header;
    o->set_header(reinterpret_cast<uint64_t>(o) | kForwardedBit);
    used_base_ += bytes;
    large_worklist_.push_back(page);
    return;
  }
  HeapObject* copy = CopyAllocate(bytes);
  std::memcpy(copy, o, bytes);
  copy->set_header(header | kMarkBit);
  o->set_header(reinterpret_cast<uint64_t>(copy) | kForwardedBit);
  *slot = Value::Object(copy);
}

HeapObject* Heap::CopyAllocate(size_t bytes) {
  if (current_ == nullptr || bytes > static_cast<size_t>(current_->end - top_)) [[unlikely]] {
    RetireCurrentPage();
    Page* page = NewPage(bytes, /*large=*/false);
    if (page == nullptr) {
      // The survivors are half-copied: there is no way back to a consistent heap.
      std::fprintf(stderr, "islet: out of memory during a garbage collection\n");
      std::abort();
    }
    current_ = page;
    top_ = bump_start_ = page->start();
  }
  auto* copy = reinterpret_cast<HeapObject*>(top_);
  top_ += bytes;
  return copy;
}

void Heap::Collect() {
#ifndef NDEBUG
  assert(no_gc_depth == 0 && "collection inside a NoGcScope");
#endif
  assert(!collecting_);
  auto start = std::chrono::steady_clock::now();
  if (options_.verify) VerifyOrDie("before collection");

  RetireCurrentPage();
  std::vector<Page*> from_pages;
  from_pages.swap(pages_);
  std::vector<Page*> from_large;
  from_large.swap(large_pages_);
  used_base_ = 0;  // From now on it counts survivors.
  collecting_ = true;

  if (root_visitor_) {
    RootVisitor forward = [this](Value* slot) { ForwardSlot(slot); };
    root_visitor_(forward);
  }
  for (Value* slot : handles_) ForwardSlot(slot);
  ScanToSpace();
  RekeyIdentityHashes();
  collecting_ = false;

  for (Page* p : pages_) p->to_space = false;
  for (Page* p : from_large) {
    if (p->to_space) {
      p->to_space = false;
      large_pages_.push_back(p);
    } else {
      FreePage(p);
    }
  }
  for (Page* p : from_pages) FreePage(p);

  size_t live = UsedBytes();
  stats_.collections++;
  stats_.last_live_bytes = live;
  // The heap grows with its live data: collecting again after allocating as much as survived
  // keeps the cost of collection proportional to allocation.
  next_collection_bytes_ = std::max(kMinCollectionBytes, live * 2);
  adoption_credit_ = 0;
  ResetLimit();

  if (options_.verify) VerifyOrDie("after collection");
  stats_.total_gc_ms +=
      std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
}

void Heap::ScanToSpace() {
  size_t index = 0;         // The page of pages_ being scanned.
  uint8_t* scan = nullptr;  // The next object to scan in it; nullptr: its start.
  for (;;) {
    while (index < pages_.size()) {
      Page* page = pages_[index];
      if (scan == nullptr) scan = page->start();
      uint8_t* end = page == current_ ? top_ : page->top;
      if (scan < end) {
        auto* o = reinterpret_cast<HeapObject*>(scan);
        uint64_t header = o->header() & ~uint64_t{kMarkBit};
        o->set_header(header);
        scan += (header >> 32) * kWordSize;
        if (!(header & kRawBodyBit)) {
          for (Value *slot = o->slots(), *slots_end = slot + o->num_slots(); slot < slots_end;
               slot++) {
            ForwardSlot(slot);
          }
        }
        continue;
      }
      if (page == current_) break;  // Caught up with copying, for now.
      index++;
      scan = nullptr;
    }
    if (large_worklist_.empty()) break;
    Page* page = large_worklist_.back();
    large_worklist_.pop_back();
    HeapObject* o = page->large_object();
    o->set_header(page->saved_header);
    if (!o->is_raw_body()) {
      for (Value *slot = o->slots(), *slots_end = slot + o->num_slots(); slot < slots_end; slot++) {
        ForwardSlot(slot);
      }
    }
  }
}

void Heap::VerifyOrDie(const char* when) const {
  std::string error;
  if (!Verify(&error)) {
    std::fprintf(stderr, "islet: heap verification failed %s: %s\n", when, error.c_str());
    std::abort();
  }
}

// Runs after scanning, while forwarding headers and large-page marks still tell what survived.
void Heap::RekeyIdentityHashes() {
  if (identity_hashes_.empty()) return;
  std::unordered_map<uintptr_t, uint32_t> survivors;
  survivors.reserve(identity_hashes_.size());
  for (const auto& [address, hash] : identity_hashes_) {
    auto* o = reinterpret_cast<HeapObject*>(address);
    uint64_t header = o->header();
    if (header & kForwardedBit) {
      // A small object was copied; a kept large object's header is restored after scanning,
      // so a forwarded header here always means a move.
      survivors.emplace(static_cast<uintptr_t>(header - 1), hash);  // (new address | 1)
    } else if ((header >> 32) * kWordSize > kLargeObjectBytes && Page::OfLarge(o)->to_space) {
      survivors.emplace(address, hash);
    }
  }
  identity_hashes_.swap(survivors);
}

}  // namespace islet
