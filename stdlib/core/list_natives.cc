// Natives of dart:core List (list.dart) over the VM's three list layouts (object.h): Array
// (fixed-length), ImmutableArray (const / unmodifiable) and GrowableList (length + backing
// Array). Indexing with Dart's IndexError, length get/set, add, memmove-style range copies and
// unmodifiable copies. Mutators refuse what the list's kind does not allow, with Dart's texts.
// Does not own the interpreter's IndexGet/IndexSet fast paths or List members written in Dart.

#include <cstring>

#include "stdlib/core/native_util.h"

namespace islet {
namespace stdlib_natives {

namespace {

bool IsImmutableList(Value list) { return IsCid(list, kImmutableArrayCid); }

// Reads an index argument: an int, else Dart's TypeError.
bool IndexArgument(Interpreter* vm, Value index, const char* name, int64_t* out, Value* error) {
  if (!IsInt(index)) {
    *error = ThrowParameterTypeError(vm, index, "int", name);
    return false;
  }
  *out = IntValue(index);
  return true;
}

Value ThrowFixedOrUnmodifiable(Interpreter* vm, Value list, const char* operation) {
  std::string message = "Cannot ";
  message += operation;
  message += IsImmutableList(list) ? " an unmodifiable list" : " a fixed-length list";
  return natives::ThrowUnsupportedError(vm, message);
}

}  // namespace

// List<E>.filled is a generic factory: when it declares the hidden type-argument parameter
// (args[4], after length, fill and growable), a growable result carries that vector, so
// `List<int>.filled(n, 0, growable: true) is List<String>` is false. Fixed-length arrays have no
// room for one: their element type stays erased.
Value ListFilled(Interpreter* vm, Value* args, int argc) {
  int64_t length;
  Value error;
  if (!IndexArgument(vm, args[1], "length", &length, &error)) return error;
  if (!IsBool(args[3])) return ThrowParameterTypeError(vm, args[3], "bool", "growable");
  bool growable = args[3].IsTrue();
  Value list =
      growable ? natives::NewGrowableList(vm, length, length) : natives::NewArray(vm, length);
  if (list.IsException()) return list;
  // The fill value is re-read from the (updated) argument registers after the allocation.
  Value fill = args[2];
  if (!fill.IsNull()) {
    Value* data = ListData(list);
    for (int64_t i = 0; i < length; i++) data[i] = fill;
  }
  if (growable && argc >= 4) list.object()->slots()[kGrowableListTypeArgsSlot] = args[4];
  return list;
}

Value ListIndex(Interpreter* vm, Value* args, int) {
  int64_t index;
  Value error;
  if (!IndexArgument(vm, args[1], "index", &index, &error)) return error;
  Value list = args[0];
  int64_t length = ListLength(list);
  if (index < 0 || index >= length) return natives::ThrowRangeErrorIndex(vm, index, list, length);
  return ListData(list)[index];
}

Value ListIndexSet(Interpreter* vm, Value* args, int) {
  Value list = args[0];
  if (IsImmutableList(list)) {
    return natives::ThrowUnsupportedError(vm, "Cannot modify an unmodifiable list");
  }
  int64_t index;
  Value error;
  if (!IndexArgument(vm, args[1], "index", &index, &error)) return error;
  int64_t length = ListLength(list);
  if (index < 0 || index >= length) return natives::ThrowRangeErrorIndex(vm, index, list, length);
  ListData(list)[index] = args[2];
  return Value::Null();
}

Value ListLength(Interpreter*, Value* args, int) { return Value::Smi(ListLength(args[0])); }

Value ListSetLength(Interpreter* vm, Value* args, int) {
  if (!IsGrowableList(args[0])) {
    return ThrowFixedOrUnmodifiable(vm, args[0], "change the length of");
  }
  int64_t new_length;
  Value error;
  if (!IndexArgument(vm, args[1], "newLength", &new_length, &error)) return error;
  if (new_length < 0) return natives::ThrowRangeErrorRange(vm, new_length, 0, 0x7fffffff, "length");
  int64_t length = GrowableLength(args[0]);
  if (new_length <= length) {
    // Shrinking: clear the dropped slots so they keep nothing alive.
    Value* data = ArrayData(GrowableBacking(args[0]));
    for (int64_t i = new_length; i < length; i++) data[i] = Value::Null();
    args[0].object()->slots()[0] = Value::Smi(new_length);
    return Value::Null();
  }
  // Growing appends nulls; each append may move the list, which args[0] tracks.
  for (int64_t i = length; i < new_length; i++) {
    Value r = natives::GrowableListAdd(vm, args[0], Value::Null());
    if (r.IsException()) return r;
  }
  return Value::Null();
}

Value ListAdd(Interpreter* vm, Value* args, int) {
  if (!IsGrowableList(args[0])) return ThrowFixedOrUnmodifiable(vm, args[0], "add to");
  return natives::GrowableListAdd(vm, args[0], args[1]);
}

// True for the VM's own lists (the three layouts above); false for everything else, including
// Dart classes that implement List (dart:collection's ListBase), which have no native layout.
Value ListIsNative(Interpreter*, Value* args, int) { return Value::Bool(IsList(args[1])); }

// 0: growable, 1: fixed-length, 2: unmodifiable.
Value ListKind(Interpreter*, Value* args, int) {
  if (IsGrowableList(args[0])) return Value::Smi(0);
  return Value::Smi(IsImmutableList(args[0]) ? 2 : 1);
}

Value ListCopyRange(Interpreter* vm, Value* args, int) {
  Value from = args[1];
  Value to = args[3];
  if (!IsList(from)) return ThrowParameterTypeError(vm, from, "List", "from");
  if (!IsList(to)) return ThrowParameterTypeError(vm, to, "List", "to");
  if (IsImmutableList(to)) {
    return natives::ThrowUnsupportedError(vm, "Cannot modify an unmodifiable list");
  }
  int64_t from_start;
  int64_t to_start;
  int64_t count;
  Value error;
  if (!IndexArgument(vm, args[2], "fromStart", &from_start, &error) ||
      !IndexArgument(vm, args[4], "toStart", &to_start, &error) ||
      !IndexArgument(vm, args[5], "count", &count, &error)) {
    return error;
  }
  int64_t from_length = ListLength(from);
  int64_t to_length = ListLength(to);
  if (count < 0) return natives::ThrowRangeErrorRange(vm, count, 0, from_length, "count");
  if (from_start < 0 || from_start > from_length - count) {
    return natives::ThrowRangeErrorRange(vm, from_start, 0, from_length - count, "fromStart");
  }
  if (to_start < 0 || to_start > to_length - count) {
    return natives::ThrowRangeErrorRange(vm, to_start, 0, to_length - count, "toStart");
  }
  if (count > 0) {
    std::memmove(ListData(to) + to_start, ListData(from) + from_start, count * sizeof(Value));
  }
  return Value::Null();
}

Value ListMakeImmutable(Interpreter* vm, Value* args, int) {
  if (!IsList(args[1])) return ThrowParameterTypeError(vm, args[1], "List", "source");
  if (IsImmutableList(args[1])) return args[1];
  int64_t length = ListLength(args[1]);
  Value copy = natives::NewArray(vm, length);
  if (copy.IsException()) return copy;
  Value source = args[1];  // Re-read: the allocation may have moved it.
  if (length > 0) std::memcpy(ArrayData(copy), ListData(source), length * sizeof(Value));
  HeapObject* o = copy.object();
  o->set_header(
      HeapObject::MakeHeader(kImmutableArrayCid, o->size_words(), o->flags() | kImmutableBit));
  return copy;
}

}  // namespace stdlib_natives
}  // namespace islet
