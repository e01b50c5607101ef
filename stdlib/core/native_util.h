// Helpers shared by the dart:core natives (stdlib/core/*_natives.cc): Dart-format type errors for
// arguments of the wrong class, number access, and building strings from C++-owned code units.
// Natives check the classes of their arguments themselves (types are erased at run time), so a
// wrong argument is a TypeError as in Dart, never a crash.
// Does not own the natives table (stdlib/natives.def) or the VM services (vm/native.h).

#ifndef ISLET_STDLIB_CORE_NATIVE_UTIL_H_
#define ISLET_STDLIB_CORE_NATIVE_UTIL_H_

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>

#include "vm/native.h"
#include "vm/object.h"

namespace islet {
namespace stdlib_natives {

// Throws "type 'String' is not a subtype of type 'int' of 'index'", the TypeError of a
// parameter [parameter] that received [value] instead of a [type].
Value ThrowParameterTypeError(Interpreter* vm, Value value, std::string_view type,
                              std::string_view parameter);

inline bool IsNumber(Value v) { return IsInt(v) || IsDouble(v); }

// The value of an int or double as a double.
inline double NumberAsDouble(Value v) {
  return IsDouble(v) ? DoubleValue(v) : static_cast<double>(IntValue(v));
}

// Calls [f](data, length) with the units of string [s]: const uint8_t* for one-byte strings,
// const uint16_t* for two-byte ones. [f] must not allocate (the data would move).
template <typename F>
auto WithStringUnits(Value s, F&& f) {
  if (IsOneByte(s)) return f(OneByteData(s), static_cast<size_t>(StringLength(s)));
  return f(TwoByteData(s), static_cast<size_t>(StringLength(s)));
}

// A copy of the units of [s] that stays valid across allocations.
std::u16string CopyStringUnits(Value s);

// A new String of [units] (C++-owned), one-byte when every unit fits.
Value NewStringFromUnits(Interpreter* vm, const std::u16string& units);

// The wrapping two's complement result of an int64 operation done in uint64 (no UB).
inline int64_t Wrap(uint64_t bits) { return static_cast<int64_t>(bits); }

}  // namespace stdlib_natives
}  // namespace islet

#endif  // ISLET_STDLIB_CORE_NATIVE_UTIL_H_
