// Heap object layouts. Every object is a one-word header followed by its body; the header holds
// the class id, the size in words and a few flags. Bodies are of two kinds only, so the collector
// needs no per-class code: a kValues body is all Value slots (instances, arrays, closures,
// boxes), a kRaw body holds no Values at all (strings, doubles, mints, bytes). An object that
// needs both keeps its raw parts elsewhere or as aligned pointers / Smis in value slots.
//
// Header word: bits 0-7 flags, 8-31 class id, 32-63 size in words including the header.
// Bit 0 is never set in a live header: during a copying collection a forwarded object's header
// is replaced by (new address | 1).
//
// Does not own allocation (heap/heap.h) or the meaning of Dart classes (the Program, loader.h).

#ifndef ISLET_VM_OBJECT_H_
#define ISLET_VM_OBJECT_H_

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string>
#include <string_view>

#include "vm/bytecode/module.h"
#include "vm/class_ids.def"
#include "vm/value.h"

namespace islet {

enum ClassId : uint32_t {
#define ISLET_CID_ENUM(name, dart_class, body) k##name##Cid,
  ISLET_CLASS_IDS(ISLET_CID_ENUM)
#undef ISLET_CID_ENUM
      kNumPredefinedCids
};

enum HeaderFlag : uint8_t {
  kForwardedBit = 1 << 0,  // Only in a forwarded header (whole word = new address | 1).
  kRawBodyBit = 1 << 1,    // The body holds no Values.
  kImmortalBit = 1 << 2,   // Owned by the Program or the process: never moved or freed.
  kMarkBit = 1 << 3,       // Reserved for a mark phase.
  kImmutableBit = 1 << 4,  // Const / unmodifiable: mutators throw UnsupportedError.
  kCanonicalBit = 1 << 5,  // Canonicalized constant.
};

constexpr size_t kWordSize = 8;

class HeapObject {
 public:
  static constexpr uint64_t MakeHeader(uint32_t cid, uint32_t size_words, uint8_t flags) {
    return (static_cast<uint64_t>(size_words) << 32) | (static_cast<uint64_t>(cid) << 8) | flags;
  }
  uint64_t header() const { return header_; }
  void set_header(uint64_t h) { header_ = h; }
  uint32_t cid() const { return static_cast<uint32_t>(header_ >> 8) & 0xffffff; }
  uint32_t size_words() const { return static_cast<uint32_t>(header_ >> 32); }
  uint8_t flags() const { return static_cast<uint8_t>(header_); }
  bool has_flag(HeaderFlag f) const { return (header_ & f) != 0; }
  void set_flag(HeaderFlag f) { header_ |= f; }
  bool is_raw_body() const { return has_flag(kRawBodyBit); }
  bool is_immortal() const { return has_flag(kImmortalBit); }
  bool is_forwarded() const { return (header_ & kForwardedBit) != 0; }

  // The body as Value slots (kValues objects) or as bytes (kRaw objects).
  Value* slots() { return reinterpret_cast<Value*>(this + 1); }
  const Value* slots() const { return reinterpret_cast<const Value*>(this + 1); }
  uint8_t* bytes() { return reinterpret_cast<uint8_t*>(this + 1); }
  const uint8_t* bytes() const { return reinterpret_cast<const uint8_t*>(this + 1); }
  uint32_t num_slots() const { return size_words() - 1; }

 private:
  uint64_t header_;
};
static_assert(sizeof(HeapObject) == kWordSize);

// The class id of any value (Smis have kSmiCid).
inline uint32_t ClassIdOf(Value v) { return v.IsSmi() ? kSmiCid : v.object()->cid(); }
inline bool IsCid(Value v, uint32_t cid) { return v.IsObject() && v.object()->cid() == cid; }

// ----- Numbers -----
// Double: raw body of one word. Mint: raw body of one int64 (only values outside Smi range).
inline bool IsDouble(Value v) { return IsCid(v, kDoubleCid); }
inline double DoubleValue(Value v) {
  double d;
  std::memcpy(&d, v.object()->bytes(), sizeof d);
  return d;
}
inline bool IsMint(Value v) { return IsCid(v, kMintCid); }
inline int64_t MintValue(Value v) {
  int64_t i;
  std::memcpy(&i, v.object()->bytes(), sizeof i);
  return i;
}
inline bool IsInt(Value v) { return v.IsSmi() || IsMint(v); }
// The int64 of an int value ([v] must satisfy IsInt).
inline int64_t IntValue(Value v) { return v.IsSmi() ? v.SmiValue() : MintValue(v); }
inline bool IsBool(Value v) { return v == Value::True() || v == Value::False(); }

// ----- Strings -----
// Raw body: word 1 = length (low 32 bits) | cached hash (high 32 bits, 0 = not computed), then
// the code units: Latin-1 bytes (OneByteString) or UTF-16 units (TwoByteString). A string whose
// units all fit in one byte is always a OneByteString, so equal strings have equal cids.
inline bool IsString(Value v) {
  return v.IsObject() &&
         (v.object()->cid() == kOneByteStringCid || v.object()->cid() == kTwoByteStringCid);
}
inline uint32_t StringLength(Value s) {
  return static_cast<uint32_t>(*reinterpret_cast<const uint64_t*>(s.object()->bytes()));
}
inline bool IsOneByte(Value s) { return s.object()->cid() == kOneByteStringCid; }
inline const uint8_t* OneByteData(Value s) { return s.object()->bytes() + 8; }
inline uint8_t* OneByteDataMut(Value s) { return s.object()->bytes() + 8; }
inline const uint16_t* TwoByteData(Value s) {
  return reinterpret_cast<const uint16_t*>(s.object()->bytes() + 8);
}
inline uint16_t* TwoByteDataMut(Value s) {
  return reinterpret_cast<uint16_t*>(s.object()->bytes() + 8);
}
inline uint16_t StringCodeUnitAt(Value s, uint32_t i) {
  return IsOneByte(s) ? OneByteData(s)[i] : TwoByteData(s)[i];
}
inline uint32_t StringCachedHash(Value s) {
  return static_cast<uint32_t>(*reinterpret_cast<const uint64_t*>(s.object()->bytes()) >> 32);
}
inline void SetStringCachedHash(Value s, uint32_t h) {
  auto* w = reinterpret_cast<uint64_t*>(s.object()->bytes());
  *w = (*w & 0xffffffffu) | (static_cast<uint64_t>(h) << 32);
}
inline size_t StringSizeWords(uint32_t length, bool one_byte) {
  size_t bytes = 8 + static_cast<size_t>(length) * (one_byte ? 1 : 2);
  return 1 + (bytes + 7) / 8;
}
// UTF-8 (with lone surrogates as WTF-8) of a string value.
std::string StringToUtf8(Value s);
// Well-formed UTF-8 of a string value for output (print): each lone surrogate becomes U+FFFD,
// as the Dart VM's print and utf8.encode write it.
std::string StringToOutputUtf8(Value s);
bool StringEquals(Value a, Value b);
uint32_t StringHash(Value s);  // Computes and caches; never 0.

// ----- Lists -----
// Array / ImmutableArray: slot 0 = length (Smi), slots 1.. = elements.
// GrowableList: slot 0 = length (Smi), slot 1 = the backing Array (capacity = its length),
// slot 2 = its type arguments (a TypeVector*, runtime_types.h) or null when erased; the slot is
// kGrowableListTypeArgsSlot of vm/bytecode/module.h, where compiled code learns it. Fixed-length
// arrays carry none: their element type is always erased.
constexpr int kGrowableListWords = 4;
inline bool IsArray(Value v) {
  return v.IsObject() &&
         (v.object()->cid() == kArrayCid || v.object()->cid() == kImmutableArrayCid);
}
inline bool IsGrowableList(Value v) { return IsCid(v, kGrowableListCid); }
inline bool IsList(Value v) { return IsArray(v) || IsGrowableList(v); }
inline int64_t ArrayLength(Value a) { return a.object()->slots()[0].SmiValue(); }
inline Value* ArrayData(Value a) { return a.object()->slots() + 1; }
inline int64_t GrowableLength(Value l) { return l.object()->slots()[0].SmiValue(); }
inline Value GrowableBacking(Value l) { return l.object()->slots()[1]; }
// Length and element pointer of any list (fixed or growable).
inline int64_t ListLength(Value l) {
  return IsGrowableList(l) ? GrowableLength(l) : ArrayLength(l);
}
inline Value* ListData(Value l) {
  return IsGrowableList(l) ? ArrayData(GrowableBacking(l)) : ArrayData(l);
}

// ----- Closures, boxes, instances -----
// Closure: slot 0 = Function* (raw pointer), slot 1 = bound receiver (method tear-offs) or null,
// slots 2.. = captures in the order of the function's CaptureDesc list.
constexpr int kClosureFunctionSlot = 0;
constexpr int kClosureReceiverSlot = 1;
constexpr int kClosureFirstCapture = 2;
// Box: slot 0 = the value.
// Instance of a Dart class: slots = fields by slot index.
// Type: slot 0 = Module class index as Smi (-1: not a class type), slot 1 = Module type index
// as Smi (-1: made by runtimeType or from a reified type), slot 2 = nullable (true/false),
// slot 3 = the RuntimeType* it stands for (runtime_types.h), or null for an erased runtimeType.
// Two Types are == when their class index, nullability and (for non-class types) type index
// agree, and, when both know their type arguments, those are the same.
constexpr int kTypeRuntimeTypeSlot = 3;
// SuspendState: a suspended frame of an async, async* or sync* function (Suspend opcode):
// slot 0 = Function* (raw), slot 1 = resume pc as a word offset (Smi), slot 2 = the register
// that receives the value sent on resume (Smi), slots 3.. = the frame's registers. Resuming
// copies the registers into a new frame and never changes the state, so one state may be
// resumed more than once (each iterator of a sync* iterable starts from the same state).
constexpr int kSuspendFunctionSlot = 0;
constexpr int kSuspendPcSlot = 1;
constexpr int kSuspendRegSlot = 2;
constexpr int kSuspendFirstRegister = 3;
// StackTrace: slot 0 = a fixed Array of alternating Function* (raw) and pc (Smi), innermost
// first; slot 1 = cached string form or null.

}  // namespace islet

#endif  // ISLET_VM_OBJECT_H_
