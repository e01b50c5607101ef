// Owns Heap::Verify, the debugging check behind --verify-heap: every object has a sane header
// and tiles its page, and every Value slot (in objects, roots and handles) is a Smi, an
// immortal object, or the start of an object of this heap. Does not own the rules it checks
// (heap.h, object.h, page.h) and changes nothing: it may run at any point outside a collection.

#include <algorithm>
#include <cinttypes>
#include <cstdarg>
#include <cstdio>

#include "vm/heap/heap.h"
#include "vm/heap/page.h"

namespace islet {

namespace {

// The body kind class_ids.def declares for each predefined class id.
bool PredefinedIsRaw(uint32_t cid) {
  static constexpr bool kRaw = true;
  static constexpr bool kValues = false;
  static constexpr bool kIsRaw[] = {
#define ISLET_CID_RAW(name, dart_class, body) body,
      ISLET_CLASS_IDS(ISLET_CID_RAW)
#undef ISLET_CID_RAW
  };
  return kIsRaw[cid];
}

bool Fail(std::string* error, const char* format, ...) {
  char buffer[512];
  va_list args;
  va_start(args, format);
  std::vsnprintf(buffer, sizeof buffer, format, args);
  va_end(args);
  if (error != nullptr) *error = buffer;
  return false;
}

}  // namespace

bool Heap::Verify(std::string* error) const {
  if (collecting_) return Fail(error, "Verify called during a collection");

  // The pages by address; for a normal page, a bitmap of the words where an object starts.
  struct PageIndex {
    const uint8_t* begin;  // The whole block, header included.
    const uint8_t* end;
    const uint8_t* objects_begin;
    const uint8_t* objects_end;
    bool large;
    std::vector<uint64_t> starts;
  };
  std::vector<PageIndex> index;
  index.reserve(pages_.size() + large_pages_.size());
  for (Page* p : pages_) {
    index.push_back({reinterpret_cast<const uint8_t*>(p),
                     p->end,
                     p->start(),
                     p == current_ ? top_ : p->top,
                     false,
                     {}});
  }
  for (Page* p : large_pages_) {
    index.push_back({reinterpret_cast<const uint8_t*>(p), p->end, p->start(), p->end, true, {}});
  }
  std::sort(index.begin(), index.end(),
            [](const PageIndex& a, const PageIndex& b) { return a.begin < b.begin; });

  // Pass 1: headers, and objects tiling their pages exactly.
  size_t used = 0;
  for (PageIndex& page : index) {
    if (page.objects_end < page.objects_begin || page.objects_end > page.end) {
      return Fail(error, "page %p has its top %p outside the page", page.begin, page.objects_end);
    }
    size_t page_words = static_cast<size_t>(page.end - page.objects_begin) / kWordSize;
    if (!page.large) page.starts.assign((page_words + 63) / 64, 0);
    const uint8_t* at = page.objects_begin;
    while (at < page.objects_end) {
      auto* o = reinterpret_cast<const HeapObject*>(at);
      uint64_t header = o->header();
      uint32_t cid = o->cid();
      size_t bytes = size_t{o->size_words()} * kWordSize;
      if (header & kForwardedBit) {
        return Fail(error, "object at %p has a forwarding header %#" PRIx64 " outside a collection",
                    at, header);
      }
      if (header & (kImmortalBit | kMarkBit)) {
        return Fail(error, "object at %p (cid %u) has the immortal or mark flag: %#" PRIx64, at,
                    cid, header);
      }
      if (cid == kFreeCid || cid == kSmiCid) {
        return Fail(error, "object at %p has the invalid class id %u", at, cid);
      }
      if (cid < kNumPredefinedCids && PredefinedIsRaw(cid) != o->is_raw_body()) {
        return Fail(error, "object at %p (cid %u) has the wrong body kind", at, cid);
      }
      if (bytes == 0 || bytes > static_cast<size_t>(page.objects_end - at)) {
        return Fail(error, "object at %p (cid %u) of %zu bytes overruns its page (top %p)", at, cid,
                    bytes, page.objects_end);
      }
      if (page.large ? (bytes <= kLargeObjectBytes || at + bytes != page.end)
                     : bytes > kLargeObjectBytes) {
        return Fail(error, "object at %p (cid %u) of %zu bytes is in the wrong kind of page", at,
                    cid, bytes);
      }
      if (!page.large) {
        size_t word = static_cast<size_t>(at - page.objects_begin) / kWordSize;
        page.starts[word / 64] |= uint64_t{1} << (word % 64);
      }
      used += bytes;
      at += bytes;
    }
  }
  if (used != UsedBytes()) {
    return Fail(error, "objects add up to %zu bytes but the heap counts %zu used", used,
                UsedBytes());
  }

  // Is [v] a Smi, an immortal object or an object of this heap? [where] says whose slot it is.
  auto check_value = [&](Value v, const char* where, const void* owner, size_t slot) {
    if (v.IsSmi()) return true;
    auto* target = reinterpret_cast<const uint8_t*>(v.object());
    if ((v.raw() - 1) % kWordSize != 0) {
      return Fail(error, "%s %p slot %zu holds the misaligned pointer %#" PRIx64, where, owner,
                  slot, v.raw());
    }
    auto it = std::upper_bound(index.begin(), index.end(), target,
                               [](const uint8_t* a, const PageIndex& p) { return a < p.begin; });
    if (it != index.begin() && target < (it - 1)->end) {
      const PageIndex& page = *(it - 1);
      bool is_start;
      if (page.large) {
        is_start = target == page.objects_begin;
      } else if (target < page.objects_begin || target >= page.objects_end) {
        is_start = false;
      } else {
        size_t word = static_cast<size_t>(target - page.objects_begin) / kWordSize;
        is_start = (page.starts[word / 64] >> (word % 64)) & 1;
      }
      if (!is_start) {
        return Fail(error, "%s %p slot %zu points into a heap page at %p, not at an object", where,
                    owner, slot, target);
      }
      return true;
    }
    // Outside every page: only an immortal object may be there. (A wild pointer may fault
    // here; this is a debugging check.)
    if (!v.object()->is_immortal()) {
      return Fail(error,
                  "%s %p slot %zu points to %p (header %#" PRIx64
                  "), which is neither in this heap nor immortal",
                  where, owner, slot, target, v.object()->header());
    }
    return true;
  };

  // Pass 2: the slots of every object.
  for (const PageIndex& page : index) {
    for (const uint8_t* at = page.objects_begin; at < page.objects_end;) {
      auto* o = reinterpret_cast<const HeapObject*>(at);
      if (!o->is_raw_body()) {
        for (uint32_t i = 0; i < o->num_slots(); i++) {
          if (!check_value(o->slots()[i], "object", o, i)) return false;
        }
      }
      at += size_t{o->size_words()} * kWordSize;
    }
  }

  // Roots and handles.
  bool ok = true;
  size_t root = 0;
  if (root_visitor_) {
    root_visitor_([&](Value* slot) {
      if (ok) ok = check_value(*slot, "root slot", slot, root);
      root++;
    });
  }
  if (!ok) return false;
  for (size_t i = 0; i < handles_.size(); i++) {
    if (!check_value(*handles_[i], "handle", handles_[i], i)) return false;
  }
  return true;
}

}  // namespace islet
