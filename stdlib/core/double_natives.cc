// Natives of dart:core double (double.dart): arithmetic with an int or double operand,
// comparison, hashing consistent with int (1.0.hashCode == 1.hashCode), rounding, conversion to
// int with Dart's UnsupportedError for NaN and infinities, printing and parsing.
// Does not own argument checks Dart does in Dart (fractionDigits ranges: double.dart).

#include <cmath>
#include <cstdint>
#include <cstring>
#include <limits>

#include "stdlib/core/native_util.h"
#include "stdlib/number_format.h"

namespace islet {
namespace stdlib_natives {

namespace {

// Reads the num operand of a double operator, or throws the Dart TypeError for it.
bool Operand(Interpreter* vm, Value other, double* out, Value* error) {
  if (IsDouble(other)) {
    *out = DoubleValue(other);
    return true;
  }
  if (IsInt(other)) {
    *out = static_cast<double>(IntValue(other));
    return true;
  }
  *error = ThrowParameterTypeError(vm, other, "num", "other");
  return false;
}

template <typename Op>
Value Arith(Interpreter* vm, Value* args, Op op) {
  double b;
  Value error;
  if (!Operand(vm, args[1], &b, &error)) return error;
  return natives::NewDouble(vm, op(DoubleValue(args[0]), b));
}

template <typename Op>
Value Compare(Interpreter* vm, Value* args, Op op) {
  double b;
  Value error;
  if (!Operand(vm, args[1], &b, &error)) return error;
  return Value::Bool(op(DoubleValue(args[0]), b));
}

Value ToIntValue(Interpreter* vm, double d) {
  if (std::isnan(d) || std::isinf(d)) {
    return natives::ThrowUnsupportedError(vm, "Infinity or NaN toInt");
  }
  if (d <= -9223372036854775808.0) return natives::NewInt(vm, std::numeric_limits<int64_t>::min());
  if (d >= 9223372036854775808.0) return natives::NewInt(vm, std::numeric_limits<int64_t>::max());
  return natives::NewInt(vm, static_cast<int64_t>(d));
}

}  // namespace

Value DoubleAdd(Interpreter* vm, Value* args, int) {
  return Arith(vm, args, [](double a, double b) { return a + b; });
}

Value DoubleSub(Interpreter* vm, Value* args, int) {
  return Arith(vm, args, [](double a, double b) { return a - b; });
}

Value DoubleMul(Interpreter* vm, Value* args, int) {
  return Arith(vm, args, [](double a, double b) { return a * b; });
}

Value DoubleDiv(Interpreter* vm, Value* args, int) {
  return Arith(vm, args, [](double a, double b) { return a / b; });
}

Value DoubleTruncDiv(Interpreter* vm, Value* args, int) {
  double b;
  Value error;
  if (!Operand(vm, args[1], &b, &error)) return error;
  return ToIntValue(vm, std::trunc(DoubleValue(args[0]) / b));
}

Value DoubleMod(Interpreter* vm, Value* args, int) {
  return Arith(vm, args, [](double a, double b) {
    double r = std::fmod(a, b);
    if (r == 0.0) return 0.0;
    if (r < 0.0) r += b < 0 ? -b : b;
    return r;
  });
}

Value DoubleRemainder(Interpreter* vm, Value* args, int) {
  return Arith(vm, args, [](double a, double b) { return std::fmod(a, b); });
}

Value DoubleNegate(Interpreter* vm, Value* args, int) {
  return natives::NewDouble(vm, -DoubleValue(args[0]));
}

Value DoubleLt(Interpreter* vm, Value* args, int) {
  return Compare(vm, args, [](double a, double b) { return a < b; });
}

Value DoubleLe(Interpreter* vm, Value* args, int) {
  return Compare(vm, args, [](double a, double b) { return a <= b; });
}

Value DoubleGt(Interpreter* vm, Value* args, int) {
  return Compare(vm, args, [](double a, double b) { return a > b; });
}

Value DoubleGe(Interpreter* vm, Value* args, int) {
  return Compare(vm, args, [](double a, double b) { return a >= b; });
}

Value DoubleEquals(Interpreter*, Value* args, int) {
  if (!IsNumber(args[1])) return Value::False();
  return Value::Bool(DoubleValue(args[0]) == NumberAsDouble(args[1]));
}

// Integral values hash like the equal int; others fold their bits to 30 bits.
Value DoubleHashCode(Interpreter* vm, Value* args, int) {
  double d = DoubleValue(args[0]);
  if (d == std::trunc(d) && d >= -9223372036854775808.0 && d < 9223372036854775808.0) {
    return natives::NewInt(vm, static_cast<int64_t>(d));
  }
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return Value::Smi(static_cast<int64_t>((bits ^ (bits >> 32)) & 0x3fffffff));
}

Value DoubleCompareTo(Interpreter* vm, Value* args, int) {
  double a = DoubleValue(args[0]);
  Value other = args[1];
  if (!IsNumber(other)) return ThrowParameterTypeError(vm, other, "num", "other");
  double b = NumberAsDouble(other);
  if (a < b) return Value::Smi(-1);
  if (a > b) return Value::Smi(1);
  if (a == b) {
    if (a == 0.0) {
      // -0.0 orders before 0.0 (an int 0 counts as 0.0).
      bool this_negative = std::signbit(a);
      bool other_negative = IsDouble(other) && std::signbit(b);
      if (this_negative == other_negative) return Value::Smi(0);
      return Value::Smi(this_negative ? -1 : 1);
    }
    if (IsInt(other)) {
      // Beyond 2^53 the double equals several ints: compare as integers, as the Dart VM does.
      int64_t i = IntValue(other);
      constexpr int64_t kExact = int64_t{1} << 53;
      if (i >= -kExact && i <= kExact) return Value::Smi(0);
      if (a >= 9223372036854775808.0) return Value::Smi(1);
      int64_t self = static_cast<int64_t>(a);
      return Value::Smi(self < i ? -1 : (self > i ? 1 : 0));
    }
    return Value::Smi(0);
  }
  // One side is NaN: NaN is the largest double and equal to itself.
  if (std::isnan(a)) return Value::Smi(std::isnan(b) ? 0 : 1);
  return Value::Smi(-1);
}

Value DoubleIsNaN(Interpreter*, Value* args, int) {
  return Value::Bool(std::isnan(DoubleValue(args[0])));
}

Value DoubleIsInfinite(Interpreter*, Value* args, int) {
  return Value::Bool(std::isinf(DoubleValue(args[0])));
}

Value DoubleIsNegative(Interpreter*, Value* args, int) {
  double d = DoubleValue(args[0]);
  return Value::Bool(std::signbit(d) && !std::isnan(d));
}

Value DoubleToInt(Interpreter* vm, Value* args, int) {
  return ToIntValue(vm, DoubleValue(args[0]));
}

// Rounds half away from zero, like C's round and the Dart VM.
Value DoubleRoundToDouble(Interpreter* vm, Value* args, int) {
  return natives::NewDouble(vm, std::round(DoubleValue(args[0])));
}

Value DoubleFloorToDouble(Interpreter* vm, Value* args, int) {
  return natives::NewDouble(vm, std::floor(DoubleValue(args[0])));
}

Value DoubleCeilToDouble(Interpreter* vm, Value* args, int) {
  return natives::NewDouble(vm, std::ceil(DoubleValue(args[0])));
}

Value DoubleTruncateToDouble(Interpreter* vm, Value* args, int) {
  return natives::NewDouble(vm, std::trunc(DoubleValue(args[0])));
}

Value DoubleToString(Interpreter* vm, Value* args, int) {
  return natives::NewString(vm, islet::DoubleToString(DoubleValue(args[0])));
}

namespace {

// Reads the digit count of the toStringAs* natives (range-checked by double.dart already).
bool DigitCount(Interpreter* vm, Value v, int min, int max, int* out, Value* error) {
  if (!IsInt(v)) {
    *error = ThrowParameterTypeError(vm, v, "int", "fractionDigits");
    return false;
  }
  int64_t n = IntValue(v);
  if (n < min || n > max) {
    *error = natives::ThrowRangeErrorRange(vm, n, min, max, "fractionDigits");
    return false;
  }
  *out = static_cast<int>(n);
  return true;
}

}  // namespace

Value DoubleToStringAsFixed(Interpreter* vm, Value* args, int) {
  int digits;
  Value error;
  if (!DigitCount(vm, args[1], 0, 20, &digits, &error)) return error;
  return natives::NewString(vm, islet::DoubleToStringAsFixed(DoubleValue(args[0]), digits));
}

Value DoubleToStringAsExponential(Interpreter* vm, Value* args, int) {
  int digits;
  Value error;
  if (!DigitCount(vm, args[1], -1, 20, &digits, &error)) return error;
  return natives::NewString(vm, islet::DoubleToStringAsExponential(DoubleValue(args[0]), digits));
}

Value DoubleToStringAsPrecision(Interpreter* vm, Value* args, int) {
  int precision;
  Value error;
  if (!DigitCount(vm, args[1], 1, 21, &precision, &error)) return error;
  return natives::NewString(vm, islet::DoubleToStringAsPrecision(DoubleValue(args[0]), precision));
}

Value DoubleTryParse(Interpreter* vm, Value* args, int) {
  if (!IsString(args[1])) return ThrowParameterTypeError(vm, args[1], "String", "source");
  std::optional<double> d = WithStringUnits(
      args[1], [](const auto* data, size_t length) { return ParseDouble(data, length); });
  if (!d.has_value()) return Value::Null();
  return natives::NewDouble(vm, *d);
}

}  // namespace stdlib_natives
}  // namespace islet
