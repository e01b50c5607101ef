// The message copier (message.h): copies an object graph out of the sending isolate's heap into
// a fresh, never-collecting heap, breadth first with an explicit work list (a million-node
// linked list needs no C++ recursion). A copied source object's header is replaced by the
// forwarding address of its copy, so cycles and shared sub-objects map to one copy; every
// header is restored before the copier returns, so the sender sees its heap unchanged.
// Immortal objects (the Program's constants and the singletons) are shared, never touched.

#include <algorithm>
#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

#include "runtime/message.h"
#include "vm/program.h"

namespace islet {

namespace {

// Classes of the dart: libraries whose instances hold something of one isolate (a port, a
// pending computation, an OS resource) and so cannot be sent, as the Dart VM's
// isolate-unsendable classes; and Isolate, which the reference says cannot be sent (its
// control port and capabilities can). A user class of the same name is sendable.
bool IsUnsendableClass(Program* p, uint32_t cid) {
  static const char* const kNames[] = {
      "_Future",           "_AsyncCompleter",  "_SyncCompleter",    "_Timer",
      "_RawReceivePort",   "_ReceivePortImpl", "_RandomAccessFile", "_StreamController",
      "_IsolateFinalizer", "Isolate"};
  Class* c = p->ClassOfCid(cid);
  if (c == nullptr || c->desc == nullptr || c->desc->library < 0) return false;
  if (p->module().libraries[c->desc->library].uri.rfind("dart:", 0) != 0) return false;
  for (const char* n : kNames) {
    if (c->name == n) return true;
  }
  return false;
}

// dart:isolate's TransferableTypedData: field 0 holds its bytes, null once it was sent or
// materialized (then it cannot be sent again); a copy empties the sender's.
bool IsTransferableClass(Program* p, uint32_t cid) {
  Class* c = p->ClassOfCid(cid);
  return c != nullptr && c->desc != nullptr && c->desc->library >= 0 &&
         c->name == "_TransferableTypedData" &&
         p->module().libraries[c->desc->library].uri == "dart:isolate";
}

// The Dart VM's words for a TransferableTypedData sent a second time.
constexpr const char* kTransferredAlready =
    "Illegal argument in isolate message : (TransferableTypedData has been transferred "
    "already)";

// IsUnsendableClass and IsTransferableClass of one sender's classes, remembered by class id
// (a walk asks per object).
class UnsendableClasses {
 public:
  explicit UnsendableClasses(Program* program) : program_(program) {}

  bool Is(uint32_t cid) { return Kind(cid) == 1; }
  bool IsTransferable(uint32_t cid) { return Kind(cid) == 2; }

 private:
  int8_t Kind(uint32_t cid) {
    if (cid == kSuspendStateCid) return 1;
    if (cid < kNumPredefinedCids) return 0;
    if (known_.size() <= cid) known_.resize(cid + 1, -1);
    if (known_[cid] < 0) {
      known_[cid] = IsUnsendableClass(program_, cid)     ? 1
                    : IsTransferableClass(program_, cid) ? 2
                                                         : 0;
    }
    return known_[cid];
  }

  Program* program_;
  // By class id: -1 unknown, 0 sendable, 1 unsendable, 2 a TransferableTypedData.
  std::vector<int8_t> known_;
};

// How an error message names [o] (of class [cid]) on the path to an unsendable object.
std::string Describe(Program* p, HeapObject* o, uint32_t cid) {
  Class* c = p->ClassOfCid(cid);
  std::string library;
  if (c != nullptr && c->desc != nullptr && c->desc->library >= 0) {
    library = p->module().libraries[c->desc->library].uri;
  }
  if (cid == kClosureCid) {
    auto* f = o->slots()[kClosureFunctionSlot].AsRawPointer<Function>();
    return "Closure: " + f->desc->name + (library.empty() ? "" : " (from " + library + ")");
  }
  std::string name = c != nullptr ? c->name : "?";
  if (cid >= kNumPredefinedCids) {
    return "Instance of '" + name + "'" + (library.empty() ? "" : " (from " + library + ")");
  }
  return "Instance of '" + name + "'";
}

// The first line of the ArgumentError for an unsendable object of class [cid].
std::string UnsendableHead(Program* p, uint32_t cid) {
  Class* c = p->ClassOfCid(cid);
  std::string library = "dart:core";
  if (c != nullptr && c->desc != nullptr && c->desc->library >= 0) {
    library = p->module().libraries[c->desc->library].uri;
  }
  std::string name = c != nullptr ? c->name : "?";
  if (cid == kSuspendStateCid) name = "_SuspendState";
  return "Illegal argument in isolate message: object is unsendable - Library:'" + library +
         "' Class: " + name +
         " (see restrictions listed at `SendPort.send()` documentation for more information)";
}

class Copier {
 public:
  // [target] null: only check (and record const objects) without copying.
  Copier(Interpreter* sender, Heap* target)
      : sender_(sender), target_(target), unsendable_(sender->program()) {}

  ~Copier() {
    // Put every source header back.
    for (auto& [object, header] : saved_headers_) object->set_header(header);
  }

  // After a successful copy: the sender's TransferableTypedData objects give up their bytes.
  void DetachTransferables() {
    for (HeapObject* o : transferables_) o->slots()[0] = Value::Null();
  }

  bool Run(Value root, Message* out, std::string* error) {
    Value result;
    if (!Forward(root, -1, &result, error)) return false;
    out->value_is_canonical = root_canonical_;
    for (size_t i = 0; i < work_.size(); i++) {
      if (!Scan(i, out, error)) return false;
    }
    out->value = result;
    return true;
  }

 private:
  struct Item {
    HeapObject* source;
    HeapObject* copy;  // == source when only checking.
    uint64_t header;   // The source's header (the object's header is the forwarding word).
    int parent;        // Work item that referenced it, for error paths; -1 for the root.
  };

  uint32_t CidOf(const Item& item) const {
    return static_cast<uint32_t>(item.header >> 8) & 0xffffff;
  }

  std::string UnsendableMessage(HeapObject* o, uint32_t cid, int parent) {
    std::string text = UnsendableHead(sender_->program(), cid);
    for (int i = parent; i >= 0; i = work_[i].parent) {
      text += "\n <- " + Describe(sender_->program(), work_[i].source, CidOf(work_[i]));
    }
    return text;
  }

  // Maps [v] to its copy, copying (or queueing) it when first seen.
  bool Forward(Value v, int parent, Value* out, std::string* error) {
    if (v.IsSmi() || v.object()->is_immortal()) {
      *out = v;
      return true;
    }
    HeapObject* o = v.object();
    uint64_t header = o->header();
    if (header & kForwardedBit) {
      *out = Value::Object(reinterpret_cast<HeapObject*>(header & ~uint64_t{kForwardedBit}));
      return true;
    }
    uint32_t cid = o->cid();
    if (unsendable_.Is(cid)) {
      *error = UnsendableMessage(o, cid, parent);
      return false;
    }
    if (unsendable_.IsTransferable(cid)) {
      if (o->num_slots() < 1 || o->slots()[0].IsNull()) {
        *error = kTransferredAlready;
        return false;
      }
      transferables_.push_back(o);
    }
    HeapObject* copy = o;
    if (target_ != nullptr) {
      uint32_t words = o->size_words();
      uint8_t flags = o->flags() & (kRawBodyBit | kImmutableBit);
      // Every body word is written below (raw bodies) or by Scan (slots).
      copy = target_->AllocateUninitialized(cid, words, flags);
      if (copy == nullptr) {
        error->clear();
        return false;
      }
      if (o->is_raw_body()) std::memcpy(copy->bytes(), o->bytes(), (words - 1) * kWordSize);
      uint32_t hash = sender_->heap()->ExistingIdentityHash(o);
      if (hash != 0) target_->SetIdentityHash(copy, hash);
    }
    saved_headers_.emplace_back(o, header);
    if (header & kCanonicalBit) canonical_sources_.insert(o);
    o->set_header(reinterpret_cast<uint64_t>(copy) | kForwardedBit);
    if (!(header & kRawBodyBit)) work_.push_back(Item{o, copy, header, parent});
    *out = Value::Object(copy);
    if (parent < 0 && (header & kCanonicalBit)) root_canonical_ = true;
    return true;
  }

  bool Scan(size_t index, Message* out, std::string* error) {
    Item item = work_[index];
    uint32_t slots = static_cast<uint32_t>(item.header >> 32) - 1;
    Value* from = item.source->slots();
    Value* to = item.copy->slots();
    uint32_t i = 0;
    while (i < slots) {
      // Ints (and raw pointers) need no lookup: a run of them (a list of ints is one long run)
      // is copied a block at a time, at the speed of memcpy.
      if (slots - i >= kSmiBlock) {
        uint64_t tags = 0;
        for (uint32_t k = 0; k < kSmiBlock; k++) tags |= from[i + k].raw();
        if ((tags & 1) == 0) {
          std::memcpy(&to[i], &from[i], kSmiBlock * kWordSize);
          i += kSmiBlock;
          continue;
        }
      }
      uint32_t block_end = std::min(slots, i + kSmiBlock);
      for (; i < block_end; i++) {
        Value v = from[i];
        if (v.IsSmi()) {
          to[i] = v;
          continue;
        }
        Value mapped;
        if (!Forward(v, static_cast<int>(index), &mapped, error)) return false;
        if (mapped.IsObject() && !mapped.object()->is_immortal()) {
          // A copied const object: the receiver swaps in its own canonical one. The source's
          // saved header says whether it was canonical (its header is now a forwarding word).
          if (WasCanonical(v)) out->canonical_slots.push_back(&to[i]);
        }
        to[i] = mapped;
      }
    }
    return true;
  }

  // Slots looked at together for a run of ints (see Scan).
  static constexpr uint32_t kSmiBlock = 8;

  bool WasCanonical(Value source) { return canonical_sources_.count(source.object()) != 0; }

  Interpreter* sender_;
  Heap* target_;
  std::vector<Item> work_;
  std::vector<std::pair<HeapObject*, uint64_t>> saved_headers_;
  std::unordered_set<HeapObject*> canonical_sources_;  // Const objects among the sources.
  std::vector<HeapObject*> transferables_;             // TransferableTypedData sources.
  UnsendableClasses unsendable_;
  bool root_canonical_ = false;
};

}  // namespace

bool CopyMessage(Interpreter* sender, Value value, Message* out, std::string* error) {
  if (value.IsSmi() || value.object()->is_immortal()) {
    // Small ints, null, booleans and the Program's constants travel as they are: no pages.
    out->value = value;
    out->value_is_canonical = false;
    return true;
  }
  HeapOptions options;
  options.never_collect = true;
  options.first_page_bytes = 2048;  // Most messages are small.
  options.max_heap_bytes = sender->heap()->options().max_heap_bytes;
  out->heap = std::make_unique<Heap>(options);
  Copier copier(sender, out->heap.get());
  if (!copier.Run(value, out, error)) {
    out->heap.reset();
    out->canonical_slots.clear();
    return false;
  }
  copier.DetachTransferables();
  return true;
}

namespace {

// Isolate.exit's check: the copier's walk without the copies, depth first. A visited object is
// marked with the header's mark bit, and a second walk over the marked objects clears the bits
// again. Neither walk keeps anything per object: each holds only the path from the root to the
// object it is scanning, which is also the path an error message names. (Keeping a list of the
// visited objects took 12 bytes an object: for a graph of millions, tens of megabytes of fresh
// memory, and on the virtual machines Islet runs on every fresh 4 KiB page costs a fault in the
// host too; the walk of a 100 MB graph spent most of its time there.)
class SendabilityChecker {
 public:
  explicit SendabilityChecker(Interpreter* sender)
      : sender_(sender), unsendable_(sender->program()) {}

  bool Run(Value root, Message* out, std::string* error) {
    out->value_is_canonical = false;
    if (root.IsSmi() || root.object()->is_immortal()) return true;
    HeapObject* o = root.object();
    out->value_is_canonical = (o->header() & kCanonicalBit) != 0;
    bool sendable = Mark(o, out, error);
    Unmark(o);
    return sendable;
  }

 private:
  // An object on the path being walked, and its next slot to look at.
  struct Step {
    HeapObject* object;
    Value* next;
  };

  static Value* SlotsEnd(HeapObject* o) { return o->slots() + o->num_slots(); }

  // Marks [o] and makes it the end of the path; false (with [error]) when it cannot be sent.
  bool Enter(HeapObject* o, std::string* error) {
    uint32_t cid = o->cid();
    if (unsendable_.IsTransferable(cid) && (o->num_slots() < 1 || o->slots()[0].IsNull())) {
      *error = kTransferredAlready;
      return false;
    }
    if (unsendable_.Is(cid)) {
      Program* p = sender_->program();
      *error = UnsendableHead(p, cid);
      for (size_t i = path_.size(); i-- > 0;) {
        *error += "\n <- " + Describe(p, path_[i].object, path_[i].object->cid());
      }
      return false;
    }
    o->set_header(o->header() | kMarkBit);
    if (!o->is_raw_body() && o->num_slots() > 0) path_.push_back(Step{o, o->slots()});
    return true;
  }

  // The check: every object reachable from [root] is marked (until the first unsendable one).
  bool Mark(HeapObject* root, Message* out, std::string* error) {
    if (!Enter(root, error)) return false;
    while (!path_.empty()) {
      Step& step = path_.back();
      Value* slot = step.next;
      Value* end = SlotsEnd(step.object);
      HeapObject* found = nullptr;
      for (; slot < end; slot++) {
        Value v = *slot;
        if (v.IsSmi()) continue;
        HeapObject* o = v.object();
        uint64_t header = o->header();
        if (header & kImmortalBit) continue;
        // A const object: the receiver swaps in its own canonical one (Message::Deliver).
        if (header & kCanonicalBit) out->canonical_slots.push_back(slot);
        if (header & kMarkBit) continue;
        found = o;
        break;
      }
      if (found == nullptr) {
        path_.pop_back();
        continue;
      }
      step.next = slot + 1;
      if (!Enter(found, error)) return false;
    }
    return true;
  }

  // Clears the marks Mark set: they form a connected graph from [root], marked parent first.
  // Nothing here names a path, so an object whose last slot leads on leaves the path first
  // (a long linked list keeps it short).
  void Unmark(HeapObject* root) {
    path_.clear();
    root->set_header(root->header() & ~uint64_t{kMarkBit});
    if (!root->is_raw_body() && root->num_slots() > 0) path_.push_back(Step{root, root->slots()});
    while (!path_.empty()) {
      Step& step = path_.back();
      Value* slot = step.next;
      Value* end = SlotsEnd(step.object);
      HeapObject* found = nullptr;
      for (; slot < end; slot++) {
        Value v = *slot;
        if (v.IsSmi()) continue;
        HeapObject* o = v.object();
        uint64_t header = o->header();
        if (!(header & kMarkBit) || (header & kImmortalBit)) continue;
        o->set_header(header & ~uint64_t{kMarkBit});
        found = o;
        break;
      }
      if (slot + 1 >= end) {
        path_.pop_back();
      } else {
        step.next = slot + 1;
      }
      if (found != nullptr && !found->is_raw_body() && found->num_slots() > 0) {
        path_.push_back(Step{found, found->slots()});
      }
    }
  }

  Interpreter* sender_;
  std::vector<Step> path_;
  UnsendableClasses unsendable_;
};

}  // namespace

bool CheckSendable(Interpreter* sender, Value value, Message* out, std::string* error) {
  SendabilityChecker checker(sender);
  if (checker.Run(value, out, error)) return true;
  out->canonical_slots.clear();
  return false;
}

Value Message::Deliver(Interpreter* receiver) {
  if (heap != nullptr) {
    receiver->heap()->AdoptPages(heap.get());
    heap.reset();
  }
  if (canonical_slots.empty() && !value_is_canonical) return value;
  // A const object of the sender becomes the receiver's canonical one. First every such object
  // loses its canonical mark, so that Canonicalize looks each one up (with its const parts,
  // which it canonicalizes first) instead of taking it as one of the receiver's own; then each
  // slot gets the receiver's object. The order of the slots does not matter.
  auto unmark = [](Value v) {
    if (v.IsObject() && !v.object()->is_immortal()) {
      HeapObject* o = v.object();
      o->set_header(o->header() & ~uint64_t{kCanonicalBit});
    }
  };
  for (Value* slot : canonical_slots) unmark(*slot);
  if (value_is_canonical) unmark(value);
  auto canonicalize = [receiver](Value v) {
    return v.IsObject() && !v.object()->is_immortal() ? receiver->CanonicalizeReceived(v) : v;
  };
  for (size_t i = canonical_slots.size(); i-- > 0;) {
    *canonical_slots[i] = canonicalize(*canonical_slots[i]);
  }
  canonical_slots.clear();
  if (value_is_canonical) value = canonicalize(value);
  return value;
}

}  // namespace islet
