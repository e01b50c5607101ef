// Natives of dart:core int (int.dart): arithmetic with Dart's semantics for every int/double mix
// (64-bit wrap-around, `/` always double, Euclidean `%`, `~/` and `%` by zero throwing
// IntegerDivisionByZeroException, shifts past 63 bits), comparison, hashing, printing, parsing.
// Does not own the interpreter's Smi fast paths or the digit algorithms (number_format.cc).

#include <cmath>
#include <cstdint>
#include <limits>
#include <string>

#include "stdlib/core/native_util.h"
#include "stdlib/number_format.h"

namespace islet {
namespace stdlib_natives {

namespace {

constexpr int64_t kMinInt64 = std::numeric_limits<int64_t>::min();

Value NumberTypeError(Interpreter* vm, Value other) {
  return ThrowParameterTypeError(vm, other, "num", "other");
}

// Double results of int receivers (int op double): Dart converts the int first.
Value DoubleResult(Interpreter* vm, double d) { return natives::NewDouble(vm, d); }

// Dart's double modulo: the result has the sign of a positive divisor's range [0, |b|).
double DartModulo(double a, double b) {
  double r = std::fmod(a, b);
  if (r == 0.0) return 0.0;
  if (r < 0.0) r += b < 0 ? -b : b;
  return r;
}

// double.toInt semantics: UnsupportedError for NaN and infinities, clamping to the int64 range.
Value DoubleToIntValue(Interpreter* vm, double d) {
  if (std::isnan(d) || std::isinf(d)) {
    return natives::ThrowUnsupportedError(vm, "Infinity or NaN toInt");
  }
  if (d <= -9223372036854775808.0) return natives::NewInt(vm, kMinInt64);
  if (d >= 9223372036854775808.0) return natives::NewInt(vm, std::numeric_limits<int64_t>::max());
  return natives::NewInt(vm, static_cast<int64_t>(d));
}

// Shared by int.parse and int.tryParse; [throw_format] selects what a malformed source does.
Value ParseIntNative(Interpreter* vm, Value* args, bool throw_format) {
  Value source = args[1];
  if (!IsString(source)) return ThrowParameterTypeError(vm, source, "String", "source");
  int radix = 0;
  if (!args[2].IsNull()) {
    if (!IsInt(args[2])) return ThrowParameterTypeError(vm, args[2], "int?", "radix");
    int64_t r = IntValue(args[2]);
    if (r < 2 || r > 36) {
      return natives::ThrowRangeErrorValue(vm,
                                           "Radix " + std::to_string(r) + " not in range 2..36");
    }
    radix = static_cast<int>(r);
  }
  IntParseResult result = WithStringUnits(
      source, [&](const auto* data, size_t length) { return ParseInt(data, length, radix); });
  if (result.ok) return natives::NewInt(vm, result.value);
  if (!throw_format) return Value::Null();
  return natives::ThrowFormatException(vm, result.message, args[1], result.offset);
}

}  // namespace

Value IntAdd(Interpreter* vm, Value* args, int) {
  int64_t a = IntValue(args[0]);
  Value b = args[1];
  if (IsInt(b)) {
    return natives::NewInt(vm, Wrap(static_cast<uint64_t>(a) + static_cast<uint64_t>(IntValue(b))));
  }
  if (IsDouble(b)) return DoubleResult(vm, static_cast<double>(a) + DoubleValue(b));
  return NumberTypeError(vm, b);
}

Value IntSub(Interpreter* vm, Value* args, int) {
  int64_t a = IntValue(args[0]);
  Value b = args[1];
  if (IsInt(b)) {
    return natives::NewInt(vm, Wrap(static_cast<uint64_t>(a) - static_cast<uint64_t>(IntValue(b))));
  }
  if (IsDouble(b)) return DoubleResult(vm, static_cast<double>(a) - DoubleValue(b));
  return NumberTypeError(vm, b);
}

Value IntMul(Interpreter* vm, Value* args, int) {
  int64_t a = IntValue(args[0]);
  Value b = args[1];
  if (IsInt(b)) {
    return natives::NewInt(vm, Wrap(static_cast<uint64_t>(a) * static_cast<uint64_t>(IntValue(b))));
  }
  if (IsDouble(b)) return DoubleResult(vm, static_cast<double>(a) * DoubleValue(b));
  return NumberTypeError(vm, b);
}

Value IntDiv(Interpreter* vm, Value* args, int) {
  if (!IsNumber(args[1])) return NumberTypeError(vm, args[1]);
  return DoubleResult(vm, static_cast<double>(IntValue(args[0])) / NumberAsDouble(args[1]));
}

Value IntTruncDiv(Interpreter* vm, Value* args, int) {
  int64_t a = IntValue(args[0]);
  Value b = args[1];
  if (IsInt(b)) {
    int64_t d = IntValue(b);
    if (d == 0) return natives::ThrowIntegerDivisionByZero(vm);
    if (a == kMinInt64 && d == -1) return natives::NewInt(vm, kMinInt64);  // Wraps, as in Dart.
    return natives::NewInt(vm, a / d);
  }
  if (IsDouble(b)) return DoubleToIntValue(vm, std::trunc(static_cast<double>(a) / DoubleValue(b)));
  return NumberTypeError(vm, b);
}

Value IntMod(Interpreter* vm, Value* args, int) {
  int64_t a = IntValue(args[0]);
  Value b = args[1];
  if (IsInt(b)) {
    int64_t d = IntValue(b);
    if (d == 0) return natives::ThrowIntegerDivisionByZero(vm);
    if (d == -1) return Value::Smi(0);  // Also avoids the overflow of kMinInt64 % -1.
    int64_t r = a % d;
    if (r < 0) {
      // r + |d|, computed without overflow even for d == kMinInt64.
      uint64_t magnitude = d < 0 ? 0 - static_cast<uint64_t>(d) : static_cast<uint64_t>(d);
      r = Wrap(static_cast<uint64_t>(r) + magnitude);
    }
    return natives::NewInt(vm, r);
  }
  if (IsDouble(b)) return DoubleResult(vm, DartModulo(static_cast<double>(a), DoubleValue(b)));
  return NumberTypeError(vm, b);
}

Value IntRemainder(Interpreter* vm, Value* args, int) {
  int64_t a = IntValue(args[0]);
  Value b = args[1];
  if (IsInt(b)) {
    int64_t d = IntValue(b);
    if (d == 0) return natives::ThrowIntegerDivisionByZero(vm);
    if (d == -1) return Value::Smi(0);
    return natives::NewInt(vm, a % d);
  }
  if (IsDouble(b)) return DoubleResult(vm, std::fmod(static_cast<double>(a), DoubleValue(b)));
  return NumberTypeError(vm, b);
}

Value IntNegate(Interpreter* vm, Value* args, int) {
  return natives::NewInt(vm, Wrap(0 - static_cast<uint64_t>(IntValue(args[0]))));
}

Value IntBitNot(Interpreter* vm, Value* args, int) {
  return natives::NewInt(vm, ~IntValue(args[0]));
}

Value IntBitAnd(Interpreter* vm, Value* args, int) {
  if (!IsInt(args[1])) return ThrowParameterTypeError(vm, args[1], "int", "other");
  return natives::NewInt(vm, IntValue(args[0]) & IntValue(args[1]));
}

Value IntBitOr(Interpreter* vm, Value* args, int) {
  if (!IsInt(args[1])) return ThrowParameterTypeError(vm, args[1], "int", "other");
  return natives::NewInt(vm, IntValue(args[0]) | IntValue(args[1]));
}

Value IntBitXor(Interpreter* vm, Value* args, int) {
  if (!IsInt(args[1])) return ThrowParameterTypeError(vm, args[1], "int", "other");
  return natives::NewInt(vm, IntValue(args[0]) ^ IntValue(args[1]));
}

namespace {

// Reads a shift count; a negative one is an ArgumentError naming the count, as in the Dart VM.
bool ShiftCount(Interpreter* vm, Value count, int64_t* out, Value* error) {
  if (!IsInt(count)) {
    *error = ThrowParameterTypeError(vm, count, "int", "shiftAmount");
    return false;
  }
  *out = IntValue(count);
  if (*out < 0) {
    *error = natives::ThrowArgumentError(vm, std::to_string(*out));
    return false;
  }
  return true;
}

}  // namespace

Value IntShl(Interpreter* vm, Value* args, int) {
  int64_t n;
  Value error;
  if (!ShiftCount(vm, args[1], &n, &error)) return error;
  if (n >= 64) return Value::Smi(0);
  return natives::NewInt(vm, Wrap(static_cast<uint64_t>(IntValue(args[0])) << n));
}

Value IntShr(Interpreter* vm, Value* args, int) {
  int64_t n;
  Value error;
  if (!ShiftCount(vm, args[1], &n, &error)) return error;
  int64_t a = IntValue(args[0]);
  if (n >= 64) return Value::Smi(a < 0 ? -1 : 0);
  return natives::NewInt(vm, a >> n);
}

Value IntUshr(Interpreter* vm, Value* args, int) {
  int64_t n;
  Value error;
  if (!ShiftCount(vm, args[1], &n, &error)) return error;
  if (n >= 64) return Value::Smi(0);
  return natives::NewInt(vm, Wrap(static_cast<uint64_t>(IntValue(args[0])) >> n));
}

namespace {

// int <op> num comparisons: int pairs exactly, mixed pairs in double precision (as the Dart VM
// does); NaN compares false.
template <typename Op>
Value Compare(Interpreter* vm, Value* args, Op op) {
  Value b = args[1];
  if (IsInt(b)) return Value::Bool(op(IntValue(args[0]), IntValue(b)));
  if (IsDouble(b)) return Value::Bool(op(static_cast<double>(IntValue(args[0])), DoubleValue(b)));
  return NumberTypeError(vm, b);
}

}  // namespace

Value IntLt(Interpreter* vm, Value* args, int) {
  return Compare(vm, args, [](auto a, auto b) { return a < b; });
}

Value IntLe(Interpreter* vm, Value* args, int) {
  return Compare(vm, args, [](auto a, auto b) { return a <= b; });
}

Value IntGt(Interpreter* vm, Value* args, int) {
  return Compare(vm, args, [](auto a, auto b) { return a > b; });
}

Value IntGe(Interpreter* vm, Value* args, int) {
  return Compare(vm, args, [](auto a, auto b) { return a >= b; });
}

Value IntEquals(Interpreter*, Value* args, int) {
  Value b = args[1];
  if (IsInt(b)) return Value::Bool(IntValue(args[0]) == IntValue(b));
  if (IsDouble(b)) return Value::Bool(static_cast<double>(IntValue(args[0])) == DoubleValue(b));
  return Value::False();
}

// An int is its own hash code, so 1.hashCode == 1.0.hashCode holds with double's hash.
Value IntHashCode(Interpreter*, Value* args, int) { return args[0]; }

Value IntCompareTo(Interpreter* vm, Value* args, int) {
  int64_t a = IntValue(args[0]);
  Value b = args[1];
  if (IsInt(b)) {
    int64_t other = IntValue(b);
    return Value::Smi(a < other ? -1 : (a > other ? 1 : 0));
  }
  if (!IsDouble(b)) return NumberTypeError(vm, b);
  double d = DoubleValue(b);
  // As the Dart VM: NaN is greater than every int; beyond 2^53 compare as integers.
  if (std::isnan(d)) return Value::Smi(-1);
  if (d < -9223372036854775808.0) return Value::Smi(1);
  if (d >= 9223372036854775808.0) return Value::Smi(-1);
  constexpr int64_t kExact = int64_t{1} << 53;
  if (a >= -kExact && a <= kExact) {
    double x = static_cast<double>(a);
    if (x < d) return Value::Smi(-1);
    if (x > d) return Value::Smi(1);
    // Equal values: 0 == -0.0, but -0.0 orders before 0.
    if (x == 0.0 && std::signbit(d)) return Value::Smi(1);
    return Value::Smi(0);
  }
  int64_t other = static_cast<int64_t>(d);
  return Value::Smi(a < other ? -1 : (a > other ? 1 : 0));
}

Value IntBitLength(Interpreter*, Value* args, int) {
  int64_t a = IntValue(args[0]);
  uint64_t bits = static_cast<uint64_t>(a < 0 ? ~a : a);
  return Value::Smi(bits == 0 ? 0 : 64 - __builtin_clzll(bits));
}

Value IntToDouble(Interpreter* vm, Value* args, int) {
  return natives::NewDouble(vm, static_cast<double>(IntValue(args[0])));
}

Value IntToString(Interpreter* vm, Value* args, int) {
  return natives::NewString(vm, islet::IntToString(IntValue(args[0])));
}

Value IntToRadixString(Interpreter* vm, Value* args, int) {
  if (!IsInt(args[1])) return ThrowParameterTypeError(vm, args[1], "int", "radix");
  int64_t radix = IntValue(args[1]);
  if (radix < 2 || radix > 36) return natives::ThrowRangeErrorRange(vm, radix, 2, 36, "radix");
  return natives::NewString(vm,
                            islet::IntToRadixString(IntValue(args[0]), static_cast<int>(radix)));
}

Value IntParse(Interpreter* vm, Value* args, int) { return ParseIntNative(vm, args, true); }

Value IntTryParse(Interpreter* vm, Value* args, int) { return ParseIntNative(vm, args, false); }

}  // namespace stdlib_natives
}  // namespace islet
