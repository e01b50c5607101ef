// How natives see the objects of dart:typed_data (typed_data.dart, typed_list.dart): a
// ByteBuffer's bytes are a VM ByteArray (raw body); a typed list is an instance whose first slots
// are (ByteArray, offsetInBytes, length, kind). Shared by the typed_data and convert natives.
// Invariant kept by the Dart constructors: offset + length * element size fits the ByteArray;
// natives check it again before touching memory, so a wrong layout is an error, never a crash.

#ifndef ISLET_STDLIB_TYPED_DATA_TYPED_DATA_ACCESS_H_
#define ISLET_STDLIB_TYPED_DATA_TYPED_DATA_ACCESS_H_

#include <cstddef>
#include <cstdint>

#include "vm/native.h"
#include "vm/object.h"

namespace islet {
namespace stdlib_natives {

// Element kinds, in the order of the _k* constants of typed_data.dart.
enum class ElementKind : int {
  kInt8,
  kUint8,
  kUint8Clamped,
  kInt16,
  kUint16,
  kInt32,
  kUint32,
  kInt64,
  kUint64,
  kFloat32,
  kFloat64,
};
constexpr int kNumElementKinds = 11;

inline int ElementSize(ElementKind kind) {
  static constexpr int kSizes[kNumElementKinds] = {1, 1, 1, 2, 2, 4, 4, 8, 8, 4, 8};
  return kSizes[static_cast<int>(kind)];
}
inline bool IsFloatKind(ElementKind kind) {
  return kind == ElementKind::kFloat32 || kind == ElementKind::kFloat64;
}

// The fields of a typed list, read from the instance. [data] points into the heap: it is stale
// after any allocation.
struct TypedListRef {
  uint8_t* data;  // The first element.
  int64_t length;
  ElementKind kind;
};

// Reads [v] as a typed list; false if it is not one (or its fields are inconsistent).
bool GetTypedList(Value v, TypedListRef* out);

// Capacity in bytes of a ByteArray value, or -1 if [v] is not one.
int64_t ByteArrayCapacity(Value v);

// A new zero-filled ByteArray of at least [bytes] bytes; throws OutOfMemoryError (returning
// Value::Exception()) past the heap limit.
Value NewByteArray(Interpreter* vm, int64_t bytes);

}  // namespace stdlib_natives
}  // namespace islet

#endif  // ISLET_STDLIB_TYPED_DATA_TYPED_DATA_ACCESS_H_
