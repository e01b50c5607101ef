// Dart's number formatting and parsing rules (see number_format.h). Digits come from the C++
// library: std::to_chars gives the shortest round-trip digits, and printf's %e, which is exact in
// glibc, gives the full decimal expansion that the fixed/precision/exponential forms round
// (half away from zero, as double-conversion does in the Dart VM). The layout rules below
// reproduce double-conversion's CreateDecimalRepresentation / CreateExponentialRepresentation
// with the flags the Dart VM passes.

#include "stdlib/number_format.h"

#include <charconv>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <cstring>

namespace islet {

namespace {

// A non-negative decimal: 0.d1d2d3... * 10^point, with no leading and no trailing zero digits.
// Zero is digits "" (any point).
struct Decimal {
  std::string digits;
  int point = 0;
};

void StripTrailingZeros(Decimal* dec) {
  while (!dec->digits.empty() && dec->digits.back() == '0') dec->digits.pop_back();
}

// Parses "d.ddde[+-]xx" (the form of to_chars scientific and printf %e) into a Decimal.
Decimal FromScientific(const char* text, size_t length) {
  Decimal dec;
  size_t i = 0;
  int exponent = 0;
  for (; i < length && text[i] != 'e'; i++) {
    if (text[i] >= '0' && text[i] <= '9') dec.digits.push_back(text[i]);
  }
  if (i + 1 < length) {
    // The text is not NUL-terminated: parse the exponent within its bounds.
    const char* p = text + i + 1;
    if (*p == '+') p++;
    std::from_chars(p, text + length, exponent);
  }
  size_t first = dec.digits.find_first_not_of('0');
  if (first == std::string::npos) return Decimal{};
  // Scientific notation has exactly one digit before the point, so 1 + exponent digits lie
  // before it; leading zeros only appear for zero itself.
  dec.digits.erase(0, first);
  dec.point = exponent + 1 - static_cast<int>(first);
  StripTrailingZeros(&dec);
  return dec;
}

// The shortest digits that read back as |d| (d finite).
Decimal ShortestDigits(double d) {
  char buffer[64];
  auto result =
      std::to_chars(buffer, buffer + sizeof buffer, std::fabs(d), std::chars_format::scientific);
  return FromScientific(buffer, static_cast<size_t>(result.ptr - buffer));
}

// The exact decimal value of |d| (d finite). A double has at most 767 significant digits, so
// 800 digits after the point of %e lose nothing.
Decimal ExactDigits(double d) {
  char buffer[1024];
  int n = std::snprintf(buffer, sizeof buffer, "%.800e", std::fabs(d));
  return FromScientific(buffer, static_cast<size_t>(n));
}

// Keeps the digits of [dec] above 10^(point - keep), rounding half away from zero. The dropped
// digits are exact, so "the first dropped digit is >= 5" is exactly "at least half".
void RoundToDigits(Decimal* dec, int keep) {
  if (keep < 0) {
    *dec = Decimal{};
    return;
  }
  if (static_cast<size_t>(keep) >= dec->digits.size()) return;
  bool round_up = dec->digits[keep] >= '5';
  dec->digits.resize(keep);
  if (round_up) {
    int i = keep - 1;
    while (i >= 0 && dec->digits[i] == '9') {
      dec->digits[i] = '0';
      i--;
    }
    if (i >= 0) {
      dec->digits[i]++;
    } else {
      dec->digits.insert(dec->digits.begin(), '1');
      dec->point++;
    }
  }
  StripTrailingZeros(dec);
}

// double-conversion's CreateDecimalRepresentation: [digits] with the decimal point at [point],
// padded with zeros to exactly [digits_after_point] fraction digits. [trailing_point_zero] is the
// EMIT_TRAILING_DECIMAL_POINT | EMIT_TRAILING_ZERO_AFTER_POINT pair (".0" when there is no
// fraction), used by toString only.
void AppendDecimal(const std::string& digits, int point, int digits_after_point,
                   bool trailing_point_zero, std::string* out) {
  int length = static_cast<int>(digits.size());
  if (point <= 0) {
    out->push_back('0');
    if (digits_after_point > 0) {
      out->push_back('.');
      out->append(-point, '0');
      out->append(digits);
      out->append(digits_after_point - (-point) - length, '0');
    }
  } else if (point >= length) {
    out->append(digits);
    out->append(point - length, '0');
    if (digits_after_point > 0) {
      out->push_back('.');
      out->append(digits_after_point, '0');
    }
  } else {
    out->append(digits, 0, point);
    out->push_back('.');
    out->append(digits, point, std::string::npos);
    out->append(digits_after_point - (length - point), '0');
  }
  if (digits_after_point == 0 && trailing_point_zero) out->append(".0");
}

// double-conversion's CreateExponentialRepresentation with EMIT_POSITIVE_EXPONENT_SIGN.
void AppendExponential(const std::string& digits, int exponent, std::string* out) {
  out->push_back(digits[0]);
  if (digits.size() > 1) {
    out->push_back('.');
    out->append(digits, 1, std::string::npos);
  }
  out->push_back('e');
  out->push_back(exponent < 0 ? '-' : '+');
  out->append(std::to_string(exponent < 0 ? -exponent : exponent));
}

bool AppendSpecial(double d, std::string* out) {
  if (std::isnan(d)) {
    out->append("NaN");
    return true;
  }
  if (std::isinf(d)) {
    out->append(d < 0 ? "-Infinity" : "Infinity");
    return true;
  }
  return false;
}

}  // namespace

std::string DoubleToString(double d) {
  std::string out;
  if (AppendSpecial(d, &out)) return out;
  if (std::signbit(d)) out.push_back('-');
  Decimal dec = ShortestDigits(d);
  if (dec.digits.empty()) dec = Decimal{"0", 1};
  // The Dart VM prints in decimal from 1e-6 up to (not including) 1e21.
  int exponent = dec.point - 1;
  if (exponent >= -6 && exponent < 21) {
    int after = static_cast<int>(dec.digits.size()) - dec.point;
    AppendDecimal(dec.digits, dec.point, after > 0 ? after : 0, true, &out);
  } else {
    AppendExponential(dec.digits, exponent, &out);
  }
  return out;
}

std::string DoubleToStringAsFixed(double d, int fraction_digits) {
  std::string out;
  if (AppendSpecial(d, &out)) return out;
  // Like double-conversion without UNIQUE_ZERO: -0.0 and negatives that round to zero keep '-'.
  if (std::signbit(d)) out.push_back('-');
  Decimal dec = ExactDigits(d);
  RoundToDigits(&dec, dec.point + fraction_digits);
  if (dec.digits.empty()) dec.point = -fraction_digits;
  AppendDecimal(dec.digits, dec.point, fraction_digits, false, &out);
  return out;
}

std::string DoubleToStringAsExponential(double d, int fraction_digits) {
  std::string out;
  if (AppendSpecial(d, &out)) return out;
  if (std::signbit(d)) out.push_back('-');
  Decimal dec;
  if (fraction_digits < 0) {
    dec = ShortestDigits(d);
  } else {
    dec = ExactDigits(d);
    RoundToDigits(&dec, fraction_digits + 1);
  }
  if (dec.digits.empty()) dec = Decimal{"0", 1};
  if (fraction_digits >= 0) dec.digits.resize(fraction_digits + 1, '0');
  AppendExponential(dec.digits, dec.point - 1, &out);
  return out;
}

std::string DoubleToStringAsPrecision(double d, int precision) {
  std::string out;
  if (AppendSpecial(d, &out)) return out;
  if (std::signbit(d)) out.push_back('-');
  Decimal dec = ExactDigits(d);
  RoundToDigits(&dec, precision);
  if (dec.digits.empty()) dec = Decimal{"0", 1};
  // The Dart VM allows up to 6 leading zeros after the point and no padding zeros before it.
  if (-dec.point + 1 > 6 || dec.point - precision > 0) {
    dec.digits.resize(precision, '0');
    AppendExponential(dec.digits, dec.point - 1, &out);
  } else {
    int after = precision - dec.point;
    AppendDecimal(dec.digits, dec.point, after > 0 ? after : 0, false, &out);
  }
  return out;
}

std::string IntToString(int64_t value) {
  char buffer[24];
  auto result = std::to_chars(buffer, buffer + sizeof buffer, value);
  return std::string(buffer, result.ptr);
}

std::string IntToRadixString(int64_t value, int radix) {
  static const char kDigits[] = "0123456789abcdefghijklmnopqrstuvwxyz";
  // Work on the unsigned magnitude so that the most negative int needs no special case.
  uint64_t magnitude = value < 0 ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
  char buffer[72];
  int pos = sizeof buffer;
  do {
    buffer[--pos] = kDigits[magnitude % static_cast<uint64_t>(radix)];
    magnitude /= static_cast<uint64_t>(radix);
  } while (magnitude != 0);
  if (value < 0) buffer[--pos] = '-';
  return std::string(buffer + pos, sizeof buffer - pos);
}

bool IsDartWhitespace(uint32_t unit) {
  if (unit <= 32) return unit == 32 || (unit >= 9 && unit <= 13);
  if (unit < 0x85) return false;
  if (unit == 0x85 || unit == 0xA0) return true;
  if (unit <= 0x200A) return unit == 0x1680 || unit >= 0x2000;
  return unit == 0x2028 || unit == 0x2029 || unit == 0x202F || unit == 0x205F || unit == 0x3000 ||
         unit == 0xFEFF;
}

namespace {

// Digits per block and the block's multiplier for each radix, as in the Dart VM's int parser
// (a block is the most digits that always fit a 63-bit Smi). The VM reports an invalid digit at
// the start of the block that holds it, so the blocks matter for the error offset.
constexpr int kBlockDigits[37] = {0,  0,  62, 39, 30, 26, 23, 22, 20, 19, 18, 17, 17,
                                  16, 16, 15, 15, 15, 14, 14, 14, 14, 13, 13, 13, 13,
                                  13, 13, 12, 12, 12, 12, 12, 12, 12, 12, 11};

int DigitValue(uint32_t unit) {
  if (unit >= '0' && unit <= '9') return static_cast<int>(unit - '0');
  if (unit >= 'a' && unit <= 'z') return static_cast<int>(unit - 'a' + 10);
  if (unit >= 'A' && unit <= 'Z') return static_cast<int>(unit - 'A' + 10);
  return 99;
}

IntParseResult FormatError(const char* message, int64_t offset) {
  IntParseResult r;
  r.message = message;
  r.offset = offset;
  return r;
}

IntParseResult RadixError(int radix, int64_t offset) {
  IntParseResult r;
  r.message = "Invalid radix-" + std::to_string(radix) + " number";
  r.offset = offset;
  return r;
}

template <typename Char>
IntParseResult ParseIntImpl(const Char* s, size_t length, int given_radix) {
  const char* kInvalidNumber = "Invalid number";
  auto no_digits = [&](int64_t offset) {
    return given_radix == 0 ? FormatError(kInvalidNumber, offset) : RadixError(given_radix, offset);
  };
  int64_t n = static_cast<int64_t>(length);
  if (n == 0) return no_digits(0);
  int64_t start = 0;
  int64_t end = n;
  while (end > 0 && IsDartWhitespace(s[end - 1])) end--;
  if (end == 0) return no_digits(n);
  while (IsDartWhitespace(s[start])) start++;
  int sign = 1;
  if (s[start] == '+' || s[start] == '-') {
    if (s[start] == '-') sign = -1;
    start++;
    if (start == end) return no_digits(end);
  }
  int radix = given_radix;
  bool allow_u64 = false;
  if (radix == 0) {
    radix = 10;
    if (s[start] == '0' && start + 1 < end && (s[start + 1] | 0x20) == 'x') {
      start += 2;
      if (start == end) return FormatError(kInvalidNumber, start);
      radix = 16;
      allow_u64 = sign > 0;
    }
  }
  // Parse block by block like the VM: an invalid digit is reported at its block's start, and
  // overflow is checked after each complete block.
  int block = kBlockDigits[radix];
  int64_t digits = end - start;
  int64_t first_block = digits % block;
  if (first_block == 0) first_block = block;
  unsigned __int128 magnitude = 0;
  const unsigned __int128 kLimit =
      sign < 0 ? (static_cast<unsigned __int128>(1) << 63)
               : (allow_u64 ? ~static_cast<uint64_t>(0) : (static_cast<uint64_t>(1) << 63) - 1);
  for (int64_t block_start = start; block_start < end;) {
    int64_t block_end = block_start == start ? start + first_block : block_start + block;
    uint64_t block_value = 0;
    uint64_t multiplier = 1;
    for (int64_t i = block_start; i < block_end; i++) {
      int digit = DigitValue(static_cast<uint32_t>(s[i]));
      if (digit >= radix) return RadixError(radix, block_start);
      block_value = block_value * static_cast<uint64_t>(radix) + static_cast<uint64_t>(digit);
      multiplier *= static_cast<uint64_t>(radix);
    }
    magnitude = magnitude * multiplier + block_value;
    if (magnitude > kLimit) {
      return FormatError(sign > 0 ? "Positive input exceeds the limit of integer"
                                  : "Negative input exceeds the limit of integer",
                         -1);
    }
    block_start = block_end;
  }
  IntParseResult r;
  r.ok = true;
  uint64_t bits = static_cast<uint64_t>(magnitude);
  r.value = static_cast<int64_t>(sign < 0 ? 0 - bits : bits);
  return r;
}

template <typename Char>
std::optional<double> ParseDoubleImpl(const Char* s, size_t length) {
  size_t start = 0;
  size_t end = length;
  while (start < end && IsDartWhitespace(s[start])) start++;
  while (end > start && IsDartWhitespace(s[end - 1])) end--;
  if (start == end) return std::nullopt;
  // Copy the candidate as ASCII, rejecting any other character.
  std::string text;
  text.reserve(end - start);
  for (size_t i = start; i < end; i++) {
    if (s[i] > 0x7f) return std::nullopt;
    text.push_back(static_cast<char>(s[i]));
  }
  size_t i = 0;
  bool negative = false;
  if (text[i] == '+' || text[i] == '-') {
    negative = text[i] == '-';
    i++;
  }
  std::string_view rest(text.data() + i, text.size() - i);
  if (rest == "Infinity") return negative ? -HUGE_VAL : HUGE_VAL;
  if (rest == "NaN") return std::nan("");
  // [digits][.digits][(e|E)[+-]digits], with at least one mantissa digit.
  bool mantissa_digit = false;
  while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
    mantissa_digit = true;
    i++;
  }
  if (i < text.size() && text[i] == '.') {
    i++;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      mantissa_digit = true;
      i++;
    }
  }
  if (!mantissa_digit) return std::nullopt;
  if (i < text.size() && (text[i] == 'e' || text[i] == 'E')) {
    i++;
    if (i < text.size() && (text[i] == '+' || text[i] == '-')) i++;
    bool exponent_digit = false;
    while (i < text.size() && text[i] >= '0' && text[i] <= '9') {
      exponent_digit = true;
      i++;
    }
    if (!exponent_digit) return std::nullopt;
  }
  if (i != text.size()) return std::nullopt;
  // strtod rounds correctly and gives +-HUGE_VAL / 0 past the double range, as Dart does.
  return std::strtod(text.c_str(), nullptr);
}

}  // namespace

IntParseResult ParseInt(const uint8_t* units, size_t length, int radix) {
  return ParseIntImpl(units, length, radix);
}

IntParseResult ParseInt(const uint16_t* units, size_t length, int radix) {
  return ParseIntImpl(units, length, radix);
}

std::optional<double> ParseDouble(const uint8_t* units, size_t length) {
  return ParseDoubleImpl(units, length);
}

std::optional<double> ParseDouble(const uint16_t* units, size_t length) {
  return ParseDoubleImpl(units, length);
}

}  // namespace islet
