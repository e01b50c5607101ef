// Number <-> text conversions with Dart's exact rules, as pure functions on C++ values: double
// toString (shortest round-trip digits), toStringAsFixed/AsExponential/AsPrecision (exact decimal
// expansion, ties rounded away from zero like the Dart VM's double-conversion), int.parse with
// Dart's error messages and offsets, double.parse, int toString/toRadixString.
// Does not own argument validation that Dart does in Dart code (ranges of fractionDigits, radix):
// the dart:core sources check those before calling the natives (stdlib/core/*_natives.cc).

#ifndef ISLET_STDLIB_NUMBER_FORMAT_H_
#define ISLET_STDLIB_NUMBER_FORMAT_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <string>

namespace islet {

// double.toString: "1.0", "0.30000000000000004", "1e+21", "1e-7", "-0.0", "NaN", "Infinity".
std::string DoubleToString(double d);

// double.toStringAsFixed for 0 <= [fraction_digits] <= 20 and |d| < 1e21 (Dart handles NaN and
// larger values in Dart code; other inputs still give a well-defined string).
std::string DoubleToStringAsFixed(double d, int fraction_digits);

// double.toStringAsExponential for a finite [d]; [fraction_digits] -1 means shortest.
std::string DoubleToStringAsExponential(double d, int fraction_digits);

// double.toStringAsPrecision for a finite [d] and 1 <= [precision] <= 21.
std::string DoubleToStringAsPrecision(double d, int precision);

// int.toString and int.toRadixString (2 <= [radix] <= 36, lower-case digits).
std::string IntToString(int64_t value);
std::string IntToRadixString(int64_t value, int radix);

// The code units Dart's String.trim and the number parsers treat as whitespace.
bool IsDartWhitespace(uint32_t unit);

// The outcome of int.parse: either [value], or the FormatException Dart would throw: [message]
// and [offset] into the source (-1 when Dart gives none).
struct IntParseResult {
  bool ok = false;
  int64_t value = 0;
  std::string message;
  int64_t offset = -1;
};

// int.parse/int.tryParse on the code units [units, units + length) (Latin-1 bytes or UTF-16).
// [radix] is 2..36, or 0 when none was given (then a "0x" prefix selects hex and, like the Dart
// VM, hex literals up to 2^64-1 wrap to negative values).
IntParseResult ParseInt(const uint8_t* units, size_t length, int radix);
IntParseResult ParseInt(const uint16_t* units, size_t length, int radix);

// double.tryParse: surrounding whitespace allowed, then an optional sign and either
// "Infinity", "NaN" or a decimal number with optional fraction and exponent. nullopt when the
// text is not a double.
std::optional<double> ParseDouble(const uint8_t* units, size_t length);
std::optional<double> ParseDouble(const uint16_t* units, size_t length);

}  // namespace islet

#endif  // ISLET_STDLIB_NUMBER_FORMAT_H_
