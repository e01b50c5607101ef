// Natives of dart:typed_data: allocating a ByteBuffer's ByteArray, reading and writing one
// element of a typed list or ByteData (with Dart's truncation, clamping and float rounding), and
// bulk copies into a typed list. The Dart side (typed_data.dart, typed_list.dart) checks ranges
// with Dart's messages; natives re-check bounds against the ByteArray before any access.
// Does not own the object layouts' description (typed_data_access.h).

#include <algorithm>
#include <cstring>

#include "stdlib/core/native_util.h"
#include "stdlib/typed_data/typed_data_access.h"
#include "vm/interpreter.h"

namespace islet {
namespace stdlib_natives {

// Instance slots of _TypedListBase and _ByteDataView (typed_list.dart, typed_data.dart).
constexpr int kDataSlot = 0;
constexpr int kOffsetSlot = 1;
constexpr int kLengthSlot = 2;
constexpr int kKindSlot = 3;

// The largest ByteArray body: the header's size field counts words in 32 bits.
constexpr int64_t kMaxByteArrayBytes = (int64_t{0xffffffff} - 2) * static_cast<int64_t>(kWordSize);

int64_t ByteArrayCapacity(Value v) {
  if (!IsCid(v, kByteArrayCid)) return -1;
  return static_cast<int64_t>(v.object()->num_slots()) * static_cast<int64_t>(kWordSize);
}

Value NewByteArray(Interpreter* vm, int64_t bytes) {
  if (bytes < 0 || bytes > kMaxByteArrayBytes) return vm->ThrowOutOfMemory();
  size_t body_words = std::max<size_t>(1, (static_cast<size_t>(bytes) + kWordSize - 1) / kWordSize);
  HeapObject* o = vm->Allocate(kByteArrayCid, 1 + body_words, kRawBodyBit);
  if (o == nullptr) return vm->ThrowOutOfMemory();
  return Value::Object(o);
}

namespace {

// A Dart class instance with at least [slots] value slots.
bool IsInstanceWithSlots(Value v, uint32_t slots) {
  if (!v.IsObject()) return false;
  HeapObject* o = v.object();
  return o->cid() >= kNumPredefinedCids && !o->is_raw_body() && o->num_slots() >= slots;
}

// The (data, offset, length) of a view whose elements are [element_size] bytes: false if the
// fields are not a consistent view of a ByteArray.
bool GetView(Value v, int element_size, uint8_t** data, int64_t* length) {
  if (!IsInstanceWithSlots(v, kKindSlot + 1)) return false;
  Value* slots = v.object()->slots();
  int64_t capacity = ByteArrayCapacity(slots[kDataSlot]);
  if (capacity < 0 || !slots[kOffsetSlot].IsSmi() || !slots[kLengthSlot].IsSmi()) return false;
  int64_t offset = slots[kOffsetSlot].SmiValue();
  int64_t count = slots[kLengthSlot].SmiValue();
  if (offset < 0 || count < 0 || offset > capacity || count > (capacity - offset) / element_size) {
    return false;
  }
  *data = slots[kDataSlot].object()->bytes() + offset;
  *length = count;
  return true;
}

// One element value in C++: an int64 for the int kinds, a double for the float kinds.
struct Scalar {
  bool is_double;
  int64_t i;
  double d;
};

template <typename T>
T Load(const uint8_t* p, bool swap) {
  T v;
  std::memcpy(&v, p, sizeof v);
  if (swap) {
    uint8_t bytes[sizeof(T)];
    std::memcpy(bytes, &v, sizeof v);
    std::reverse(bytes, bytes + sizeof(T));
    std::memcpy(&v, bytes, sizeof v);
  }
  return v;
}

template <typename T>
void Store(uint8_t* p, T v, bool swap) {
  uint8_t bytes[sizeof(T)];
  std::memcpy(bytes, &v, sizeof v);
  if (swap) std::reverse(bytes, bytes + sizeof(T));
  std::memcpy(p, bytes, sizeof v);
}

// The element of [kind] at [p]; [swap] reverses the bytes (ByteData with the other endianness).
Scalar ReadElement(const uint8_t* p, ElementKind kind, bool swap) {
  switch (kind) {
    case ElementKind::kInt8:
      return {false, Load<int8_t>(p, false), 0};
    case ElementKind::kUint8:
    case ElementKind::kUint8Clamped:
      return {false, Load<uint8_t>(p, false), 0};
    case ElementKind::kInt16:
      return {false, Load<int16_t>(p, swap), 0};
    case ElementKind::kUint16:
      return {false, Load<uint16_t>(p, swap), 0};
    case ElementKind::kInt32:
      return {false, Load<int32_t>(p, swap), 0};
    case ElementKind::kUint32:
      return {false, Load<uint32_t>(p, swap), 0};
    case ElementKind::kInt64:
    case ElementKind::kUint64:
      return {false, Load<int64_t>(p, swap), 0};
    case ElementKind::kFloat32:
      return {true, 0, static_cast<double>(Load<float>(p, swap))};
    case ElementKind::kFloat64:
      return {true, 0, Load<double>(p, swap)};
  }
  return {false, 0, 0};
}

// Writes [s] as an element of [kind]: ints are truncated to the element's bits (clamped to
// 0..255 for Uint8Clamped), doubles rounded to float for Float32. [s] matches the kind's type.
void WriteElement(uint8_t* p, ElementKind kind, const Scalar& s, bool swap) {
  switch (kind) {
    case ElementKind::kInt8:
    case ElementKind::kUint8:
      *p = static_cast<uint8_t>(s.i);
      return;
    case ElementKind::kUint8Clamped:
      *p = static_cast<uint8_t>(s.i < 0 ? 0 : (s.i > 255 ? 255 : s.i));
      return;
    case ElementKind::kInt16:
    case ElementKind::kUint16:
      Store<uint16_t>(p, static_cast<uint16_t>(s.i), swap);
      return;
    case ElementKind::kInt32:
    case ElementKind::kUint32:
      Store<uint32_t>(p, static_cast<uint32_t>(s.i), swap);
      return;
    case ElementKind::kInt64:
    case ElementKind::kUint64:
      Store<uint64_t>(p, static_cast<uint64_t>(s.i), swap);
      return;
    case ElementKind::kFloat32:
      Store<float>(p, static_cast<float>(s.d), swap);
      return;
    case ElementKind::kFloat64:
      Store<double>(p, s.d, swap);
      return;
  }
}

// Converts [v] to a Scalar for a [kind] element: ints for the int kinds, numbers for the float
// kinds (an int written to a Float64List is its double). Else Dart's TypeError for 'value'.
bool ScalarFromValue(Interpreter* vm, Value v, ElementKind kind, Scalar* out, Value* error) {
  if (IsFloatKind(kind)) {
    if (!IsNumber(v)) {
      *error = ThrowParameterTypeError(vm, v, "double", "value");
      return false;
    }
    *out = {true, 0, NumberAsDouble(v)};
    return true;
  }
  if (!IsInt(v)) {
    *error = ThrowParameterTypeError(vm, v, "int", "value");
    return false;
  }
  *out = {false, IntValue(v), 0};
  return true;
}

Value ScalarToValue(Interpreter* vm, const Scalar& s) {
  return s.is_double ? natives::NewDouble(vm, s.d) : natives::NewInt(vm, s.i);
}

Value ThrowBadReceiver(Interpreter* vm, Value receiver) {
  return ThrowParameterTypeError(vm, receiver, "TypedData", "this");
}

// Reads the index argument of [] / []= and checks it against the list's length.
bool CheckIndex(Interpreter* vm, Value list, Value index_value, int64_t length, int64_t* index,
                Value* error) {
  if (!IsInt(index_value)) {
    *error = ThrowParameterTypeError(vm, index_value, "int", "index");
    return false;
  }
  *index = IntValue(index_value);
  if (*index < 0 || *index >= length) {
    *error = natives::ThrowRangeErrorIndex(vm, *index, list, length);
    return false;
  }
  return true;
}

// Reads the (checked) byteOffset and kind arguments of a ByteData access: the element's address.
bool ByteDataAddress(Interpreter* vm, Value* args, uint8_t** p, ElementKind* kind, Value* error) {
  uint8_t* data;
  int64_t length;
  if (!GetView(args[0], 1, &data, &length)) {
    *error = ThrowBadReceiver(vm, args[0]);
    return false;
  }
  if (!args[2].IsSmi() || args[2].SmiValue() < 0 || args[2].SmiValue() >= kNumElementKinds) {
    *error = ThrowParameterTypeError(vm, args[2], "int", "kind");
    return false;
  }
  *kind = static_cast<ElementKind>(args[2].SmiValue());
  int64_t offset;
  if (!CheckIndex(vm, args[0], args[1], length - (ElementSize(*kind) - 1), &offset, error)) {
    return false;
  }
  *p = data + offset;
  return true;
}

}  // namespace

bool GetTypedList(Value v, TypedListRef* out) {
  if (!IsInstanceWithSlots(v, kKindSlot + 1)) return false;
  Value kind = v.object()->slots()[kKindSlot];
  if (!kind.IsSmi() || kind.SmiValue() < 0 || kind.SmiValue() >= kNumElementKinds) return false;
  out->kind = static_cast<ElementKind>(kind.SmiValue());
  return GetView(v, ElementSize(out->kind), &out->data, &out->length);
}

Value ByteBufferNewBytes(Interpreter* vm, Value* args, int) {
  if (!IsInt(args[1])) return ThrowParameterTypeError(vm, args[1], "int", "length");
  if (!args[2].IsSmi() || args[2].SmiValue() <= 0) {
    return ThrowParameterTypeError(vm, args[2], "int", "elementSize");
  }
  int64_t length = IntValue(args[1]);
  int64_t size = args[2].SmiValue();
  // Past what any heap could hold: OutOfMemoryError, as the Dart VM reports it.
  if (length > kMaxByteArrayBytes / size) return vm->ThrowOutOfMemory();
  return NewByteArray(vm, length * size);
}

Value TypedListIndex(Interpreter* vm, Value* args, int) {
  TypedListRef list;
  if (!GetTypedList(args[0], &list)) return ThrowBadReceiver(vm, args[0]);
  int64_t index;
  Value error;
  if (!CheckIndex(vm, args[0], args[1], list.length, &index, &error)) return error;
  int size = ElementSize(list.kind);
  return ScalarToValue(vm, ReadElement(list.data + index * size, list.kind, false));
}

Value TypedListIndexSet(Interpreter* vm, Value* args, int) {
  TypedListRef list;
  if (!GetTypedList(args[0], &list)) return ThrowBadReceiver(vm, args[0]);
  int64_t index;
  Value error;
  if (!CheckIndex(vm, args[0], args[1], list.length, &index, &error)) return error;
  Scalar s;
  if (!ScalarFromValue(vm, args[2], list.kind, &s, &error)) return error;
  WriteElement(list.data + index * ElementSize(list.kind), list.kind, s, false);
  return Value::Null();
}

// args: start, count, from, skipCount (ranges checked by setRange in typed_list.dart).
Value TypedListSetRangeFast(Interpreter* vm, Value* args, int) {
  TypedListRef to;
  if (!GetTypedList(args[0], &to)) return ThrowBadReceiver(vm, args[0]);
  if (!args[1].IsSmi() || !args[2].IsSmi() || !args[4].IsSmi()) return Value::False();
  int64_t start = args[1].SmiValue();
  int64_t count = args[2].SmiValue();
  int64_t skip = args[4].SmiValue();
  if (start < 0 || count < 0 || skip < 0 || start > to.length - count) return Value::False();
  Value from = args[3];
  int to_size = ElementSize(to.kind);
  uint8_t* dest = to.data + start * to_size;
  if (IsList(from)) {
    if (skip > ListLength(from) - count) return Value::False();
    const Value* elements = ListData(from) + skip;
    for (int64_t i = 0; i < count; i++) {
      Scalar s;
      Value error;
      if (!ScalarFromValue(vm, elements[i], to.kind, &s, &error)) return error;
      WriteElement(dest + i * to_size, to.kind, s, false);
    }
    return Value::True();
  }
  TypedListRef source;
  if (!GetTypedList(from, &source) || skip > source.length - count) return Value::False();
  const uint8_t* src = source.data + skip * ElementSize(source.kind);
  bool same_bits =
      to.kind == source.kind ||
      (to_size == ElementSize(source.kind) && !IsFloatKind(to.kind) && !IsFloatKind(source.kind) &&
       !(to.kind == ElementKind::kUint8Clamped && source.kind == ElementKind::kInt8));
  if (same_bits) {
    std::memmove(dest, src, static_cast<size_t>(count * to_size));
    return Value::True();
  }
  // Views of one buffer may overlap: the caller copies through a temporary list.
  if (from.object()->slots()[kDataSlot] == args[0].object()->slots()[kDataSlot]) {
    return Value::False();
  }
  for (int64_t i = 0; i < count; i++) {
    Scalar s = ReadElement(src + i * ElementSize(source.kind), source.kind, false);
    if (s.is_double != IsFloatKind(to.kind)) {
      if (s.is_double) {
        Value v = natives::NewDouble(vm, s.d);
        if (v.IsException()) return v;
        return ThrowParameterTypeError(vm, v, "int", "value");
      }
      s = {true, 0, static_cast<double>(s.i)};
    }
    WriteElement(dest + i * to_size, to.kind, s, false);
  }
  return Value::True();
}

// args: byteOffset, kind, littleEndian. The machine is little-endian (typed_data.dart's
// Endian.host), so big-endian accesses swap.
Value ByteDataGet(Interpreter* vm, Value* args, int) {
  uint8_t* p;
  ElementKind kind;
  Value error;
  if (!ByteDataAddress(vm, args, &p, &kind, &error)) return error;
  return ScalarToValue(vm, ReadElement(p, kind, !args[3].IsTrue()));
}

// args: byteOffset, kind, value, littleEndian.
Value ByteDataSet(Interpreter* vm, Value* args, int) {
  uint8_t* p;
  ElementKind kind;
  Value error;
  if (!ByteDataAddress(vm, args, &p, &kind, &error)) return error;
  Scalar s;
  if (!ScalarFromValue(vm, args[3], kind, &s, &error)) return error;
  WriteElement(p, kind, s, !args[4].IsTrue());
  return Value::Null();
}

}  // namespace stdlib_natives
}  // namespace islet
