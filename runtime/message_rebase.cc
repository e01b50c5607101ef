// Messages between isolate groups (message.h, RebaseMessage). Two groups run different
// Programs, so a copied graph cannot keep the sender's class ids or point at the sender's
// constants. What may cross is what the Dart VM lets cross: null, bools, numbers, strings,
// lists, maps and sets of the core library, typed data, SendPort and Capability. This pass
// walks a message the copier made, checks every object against that list, rewrites class ids
// into the receiver's, and copies the sender Program's constants (strings, const lists) into
// the message, so nothing refers to the sender's Program once it is done.

#include <cstring>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "runtime/message.h"
#include "vm/program.h"

namespace islet {

namespace {

// The classes of dart: libraries whose instances may cross groups (beyond the predefined
// ids accepted in CrossGroupPredefined).
bool CrossGroupClass(const std::string& library, const std::string& name) {
  if (library == "dart:core") {
    return name == "_Map" || name == "_ConstMap" || name == "_Set" || name == "_ConstSet" ||
           name == "_DeletedEntry";
  }
  if (library == "dart:typed_data") {
    return name == "_ByteBuffer" || name == "_ByteDataView" || name == "Endian" ||
           (name.size() > 4 && name.compare(name.size() - 4, 4, "List") == 0 && name[0] != '_');
  }
  if (library == "dart:isolate") {
    return name == "_SendPort" || name == "_CapabilityImpl" || name == "_Envelope" ||
           name == "_TransferableTypedData";
  }
  return false;
}

bool CrossGroupPredefined(uint32_t cid) {
  switch (cid) {
    case kNullCid:
    case kBoolCid:
    case kMintCid:
    case kDoubleCid:
    case kOneByteStringCid:
    case kTwoByteStringCid:
    case kArrayCid:
    case kImmutableArrayCid:
    case kGrowableListCid:
    case kByteArrayCid:
      return true;
    default:
      return false;
  }
}

// The process's own immortals (null, true, false, the sentinels) are shared by every Program.
bool IsProcessImmortal(const HeapObject* o) {
  auto* start = reinterpret_cast<const uint8_t*>(kImmortalWords);
  auto* p = reinterpret_cast<const uint8_t*>(o);
  return p >= start && p < start + sizeof kImmortalWords;
}

class Rebaser {
 public:
  Rebaser(const Program* sender, const Program* receiver, Message* message)
      : sender_(sender), receiver_(receiver), message_(message) {}

  bool Run(std::string* error) {
    Value root = message_->value;
    visiting_root_ = true;
    if (!Visit(&root, error)) return false;
    visiting_root_ = false;
    message_->value = root;
    while (!work_.empty()) {
      HeapObject* o = work_.back();
      work_.pop_back();
      if (o->is_raw_body()) continue;
      EraseTypeArguments(o);
      Value* slots = o->slots();
      for (uint32_t i = 0; i < o->num_slots(); i++) {
        if (!Visit(&slots[i], error)) return false;
      }
    }
    return true;
  }

 private:
  // Checks the object [*slot] refers to (copying it when it is a constant of the sender's
  // Program) and queues it for its own slots.
  bool Visit(Value* slot, std::string* error) {
    Value v = *slot;
    if (v.IsSmi() || IsProcessImmortal(v.object())) return true;
    HeapObject* o = v.object();
    auto copied = constants_.find(o);
    if (copied != constants_.end()) {
      *slot = Value::Object(copied->second);
      if (copied->second->has_flag(kCanonicalBit)) NoteCanonical(slot);
      return true;
    }
    if (o->is_immortal()) {
      // A constant of the sender's Program: the message gets its own copy, which the receiver
      // canonicalizes on delivery (so const objects stay identical to the receiver's own).
      int32_t cid = Translate(o->cid(), error);
      if (cid < 0) return false;
      uint8_t flags = o->flags() & (kRawBodyBit | kImmutableBit | kCanonicalBit);
      HeapObject* copy = message_->heap->Allocate(static_cast<uint32_t>(cid), o->size_words(),
                                                  flags & (kRawBodyBit | kImmutableBit));
      if (copy == nullptr) {
        error->clear();
        return false;
      }
      std::memcpy(copy->bytes(), o->bytes(), (o->size_words() - 1) * kWordSize);
      if (flags & kCanonicalBit) copy->set_flag(kCanonicalBit);
      constants_[o] = copy;
      seen_.insert(copy);
      *slot = Value::Object(copy);
      if (flags & kCanonicalBit) NoteCanonical(slot);
      work_.push_back(copy);
      return true;
    }
    if (!seen_.insert(o).second) return true;
    int32_t cid = Translate(o->cid(), error);
    if (cid < 0) return false;
    o->set_header((o->header() & ~(uint64_t{0xffffff} << 8)) | (uint64_t(cid) << 8));
    work_.push_back(o);
    return true;
  }

  // The type arguments a list, map or set carries are the sender Program's types (raw
  // pointers, runtime_types.h): in the receiving group it arrives with them erased. [o] already
  // has the receiver's class id.
  void EraseTypeArguments(HeapObject* o) {
    uint32_t cid = o->cid();
    int slot = -1;
    if (cid == kGrowableListCid) {
      slot = kGrowableListTypeArgsSlot;
    } else if (cid >= kNumPredefinedCids) {
      slot = receiver_->ClassOfCid(cid)->type_args_slot;
    }
    if (slot >= 0 && static_cast<uint32_t>(slot) < o->num_slots()) o->slots()[slot] = Value::Null();
  }

  // Records that [slot] holds a copied constant, for the receiver to canonicalize.
  void NoteCanonical(Value* slot) {
    if (visiting_root_) {
      message_->value_is_canonical = true;
    } else {
      message_->canonical_slots.push_back(slot);
    }
  }

  // The receiver's class id for the sender's [cid]; -1 with Dart's message in [error] when its
  // instances may not cross groups (or the receiver lacks the class's library).
  int32_t Translate(uint32_t cid, std::string* error) {
    if (cid < translated_.size() && translated_[cid] != kUnknown) {
      if (translated_[cid] >= 0) return translated_[cid];
    }
    if (translated_.size() <= cid) translated_.resize(cid + 1, kUnknown);
    int32_t result = -1;
    Class* c = sender_->ClassOfCid(cid);
    std::string library = "dart:core";
    if (c != nullptr && c->desc != nullptr && c->desc->library >= 0) {
      library = sender_->module().libraries[c->desc->library].uri;
    }
    std::string name = c != nullptr ? c->name : "?";
    if (cid < kNumPredefinedCids) {
      if (CrossGroupPredefined(cid)) result = static_cast<int32_t>(cid);
    } else if (CrossGroupClass(library, name)) {
      result = ReceiverCid(library, name);
      if (result < 0) {
        *error = "Illegal argument in isolate message: object is unsendable - Library:'" + library +
                 "' Class: " + name + " (the receiving isolate's group does not load " + library +
                 ")";
        return -1;
      }
    }
    if (result < 0) {
      if (cid == kClosureCid) name = "Closure";
      *error = "Illegal argument in isolate message: object is unsendable - Library:'" + library +
               "' Class: " + name +
               " (an isolate of another isolate group, such as one started by Isolate.spawnUri, "
               "can only be sent null, bool, int, double, String, List, Map, Set, typed data, "
               "SendPort and Capability)";
      return -1;
    }
    translated_[cid] = result;
    return result;
  }

  int32_t ReceiverCid(const std::string& library, const std::string& name) {
    const Program* p = receiver_;
    for (int i = 0; i < p->num_classes(); i++) {
      Class* c = const_cast<Program*>(p)->class_at(i);
      if (c->name != name || c->desc == nullptr || c->desc->library < 0) continue;
      if (p->module().libraries[c->desc->library].uri == library) {
        return static_cast<int32_t>(c->cid);
      }
    }
    return -1;
  }

  static constexpr int32_t kUnknown = -2;

  const Program* sender_;
  const Program* receiver_;
  Message* message_;
  std::vector<HeapObject*> work_;
  std::unordered_set<HeapObject*> seen_;
  std::unordered_map<HeapObject*, HeapObject*> constants_;  // Sender constant -> its copy.
  std::vector<int32_t> translated_;                         // By sender cid.
  bool visiting_root_ = false;
};

}  // namespace

bool RebaseMessage(const Program* sender, const Program* receiver, Message* message,
                   std::string* error) {
  if (message->heap == nullptr) {
    HeapOptions options;
    options.never_collect = true;
    options.first_page_bytes = 2048;
    message->heap = std::make_unique<Heap>(options);
  }
  Rebaser rebaser(sender, receiver, message);
  return rebaser.Run(error);
}

}  // namespace islet
