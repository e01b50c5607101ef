// Tests of stdlib/number_format: the exact strings the Dart VM prints for doubles and ints, and
// int/double parsing with Dart's error messages and offsets. Expected values are what `dart`
// prints for the same expressions.

#include "stdlib/number_format.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstring>
#include <limits>
#include <string>

namespace islet {
namespace {

IntParseResult Parse(const std::string& text, int radix = 0) {
  return ParseInt(reinterpret_cast<const uint8_t*>(text.data()), text.size(), radix);
}

std::optional<double> ParseD(const std::string& text) {
  return ParseDouble(reinterpret_cast<const uint8_t*>(text.data()), text.size());
}

TEST(DoubleToStringTest, IntegralValuesKeepPointZero) {
  EXPECT_EQ(DoubleToString(5.0), "5.0");
  EXPECT_EQ(DoubleToString(100.0), "100.0");
  EXPECT_EQ(DoubleToString(0.0), "0.0");
  EXPECT_EQ(DoubleToString(-0.0), "-0.0");
  EXPECT_EQ(DoubleToString(-3.0), "-3.0");
  EXPECT_EQ(DoubleToString(1e20), "100000000000000000000.0");
  EXPECT_EQ(DoubleToString(123456789012345680000.0), "123456789012345680000.0");
}

TEST(DoubleToStringTest, ShortestRoundTripDigits) {
  EXPECT_EQ(DoubleToString(0.1 + 0.2), "0.30000000000000004");
  EXPECT_EQ(DoubleToString(0.1), "0.1");
  EXPECT_EQ(DoubleToString(1.5), "1.5");
  EXPECT_EQ(DoubleToString(3.14159), "3.14159");
  EXPECT_EQ(DoubleToString(1.0 / 3.0), "0.3333333333333333");
  EXPECT_EQ(DoubleToString(2.0 / 3.0), "0.6666666666666666");
  EXPECT_EQ(DoubleToString(-2.5), "-2.5");
  EXPECT_EQ(DoubleToString(9007199254740993.0), "9007199254740992.0");
  EXPECT_EQ(DoubleToString(std::numeric_limits<double>::max()), "1.7976931348623157e+308");
  EXPECT_EQ(DoubleToString(5e-324), "5e-324");
}

TEST(DoubleToStringTest, ExponentFormOutsideDecimalRange) {
  EXPECT_EQ(DoubleToString(1e21), "1e+21");
  EXPECT_EQ(DoubleToString(1.5e21), "1.5e+21");
  EXPECT_EQ(DoubleToString(-1e21), "-1e+21");
  EXPECT_EQ(DoubleToString(1e100), "1e+100");
  EXPECT_EQ(DoubleToString(1e-6), "0.000001");
  EXPECT_EQ(DoubleToString(1.5e-6), "0.0000015");
  EXPECT_EQ(DoubleToString(1e-7), "1e-7");
  EXPECT_EQ(DoubleToString(1.5e-7), "1.5e-7");
  EXPECT_EQ(DoubleToString(2.5e-7), "2.5e-7");
  EXPECT_EQ(DoubleToString(1.2345e-10), "1.2345e-10");
}

TEST(DoubleToStringTest, RoundTripsRandomBitPatterns) {
  uint64_t state = 0x9E3779B97F4A7C15u;
  for (int i = 0; i < 20000; i++) {
    state = state * 6364136223846793005u + 1442695040888963407u;
    double d;
    std::memcpy(&d, &state, sizeof d);
    if (!std::isfinite(d)) continue;
    std::string text = DoubleToString(d);
    std::optional<double> back = ParseD(text);
    ASSERT_TRUE(back.has_value()) << text;
    EXPECT_EQ(std::memcmp(&*back, &d, sizeof d), 0) << text;
  }
}

TEST(DoubleToStringTest, SpecialValues) {
  EXPECT_EQ(DoubleToString(std::numeric_limits<double>::infinity()), "Infinity");
  EXPECT_EQ(DoubleToString(-std::numeric_limits<double>::infinity()), "-Infinity");
  EXPECT_EQ(DoubleToString(std::nan("")), "NaN");
}

TEST(DoubleToStringAsFixedTest, RoundsTheExactValueHalfUp) {
  EXPECT_EQ(DoubleToStringAsFixed(3.14159, 2), "3.14");
  EXPECT_EQ(DoubleToStringAsFixed(2.5, 0), "3");
  EXPECT_EQ(DoubleToStringAsFixed(-2.5, 0), "-3");
  EXPECT_EQ(DoubleToStringAsFixed(0.5, 0), "1");
  EXPECT_EQ(DoubleToStringAsFixed(1.5, 0), "2");
  EXPECT_EQ(DoubleToStringAsFixed(0.125, 2), "0.13");
  // 1.005 is really 1.00499999999999989...
  EXPECT_EQ(DoubleToStringAsFixed(1.005, 2), "1.00");
  EXPECT_EQ(DoubleToStringAsFixed(1.0, 3), "1.000");
  EXPECT_EQ(DoubleToStringAsFixed(123.456, 0), "123");
  EXPECT_EQ(DoubleToStringAsFixed(0.0001, 2), "0.00");
  EXPECT_EQ(DoubleToStringAsFixed(0.006, 2), "0.01");
  EXPECT_EQ(DoubleToStringAsFixed(9.999, 2), "10.00");
  EXPECT_EQ(DoubleToStringAsFixed(0.1 + 0.2, 20), "0.30000000000000004441");
  EXPECT_EQ(DoubleToStringAsFixed(1e20, 2), "100000000000000000000.00");
}

TEST(DoubleToStringAsFixedTest, NegativeZeroKeepsItsSign) {
  EXPECT_EQ(DoubleToStringAsFixed(-0.0, 2), "-0.00");
  EXPECT_EQ(DoubleToStringAsFixed(-0.001, 2), "-0.00");
  EXPECT_EQ(DoubleToStringAsFixed(0.0, 0), "0");
}

TEST(DoubleToStringAsExponentialTest, ShortestAndFixedDigits) {
  EXPECT_EQ(DoubleToStringAsExponential(123.456, -1), "1.23456e+2");
  EXPECT_EQ(DoubleToStringAsExponential(123.456, 2), "1.23e+2");
  EXPECT_EQ(DoubleToStringAsExponential(1.0, 0), "1e+0");
  EXPECT_EQ(DoubleToStringAsExponential(1.0, 3), "1.000e+0");
  EXPECT_EQ(DoubleToStringAsExponential(0.00015, 1), "1.5e-4");
  EXPECT_EQ(DoubleToStringAsExponential(0.0, -1), "0e+0");
  EXPECT_EQ(DoubleToStringAsExponential(0.0, 2), "0.00e+0");
  EXPECT_EQ(DoubleToStringAsExponential(-1.5, -1), "-1.5e+0");
  EXPECT_EQ(DoubleToStringAsExponential(9.99, 1), "1.0e+1");
}

TEST(DoubleToStringAsPrecisionTest, DecimalOrExponentLikeTheVm) {
  EXPECT_EQ(DoubleToStringAsPrecision(123.456, 2), "1.2e+2");
  EXPECT_EQ(DoubleToStringAsPrecision(123.456, 3), "123");
  EXPECT_EQ(DoubleToStringAsPrecision(123.456, 5), "123.46");
  EXPECT_EQ(DoubleToStringAsPrecision(1.0, 3), "1.00");
  EXPECT_EQ(DoubleToStringAsPrecision(0.0, 3), "0.00");
  EXPECT_EQ(DoubleToStringAsPrecision(0.00001234, 2), "0.000012");
  EXPECT_EQ(DoubleToStringAsPrecision(0.0000001234, 2), "1.2e-7");
  EXPECT_EQ(DoubleToStringAsPrecision(1e21, 1), "1e+21");
  EXPECT_EQ(DoubleToStringAsPrecision(-0.5, 1), "-0.5");
}

TEST(IntFormatTest, DecimalAndRadix) {
  EXPECT_EQ(IntToString(0), "0");
  EXPECT_EQ(IntToString(-42), "-42");
  EXPECT_EQ(IntToString(std::numeric_limits<int64_t>::min()), "-9223372036854775808");
  EXPECT_EQ(IntToRadixString(255, 16), "ff");
  EXPECT_EQ(IntToRadixString(-255, 16), "-ff");
  EXPECT_EQ(IntToRadixString(5, 2), "101");
  EXPECT_EQ(IntToRadixString(0, 2), "0");
  EXPECT_EQ(IntToRadixString(35, 36), "z");
  EXPECT_EQ(IntToRadixString(std::numeric_limits<int64_t>::min(), 16), "-8000000000000000");
  EXPECT_EQ(IntToRadixString(std::numeric_limits<int64_t>::max(), 2), std::string(63, '1'));
}

TEST(ParseIntTest, AcceptsWhatDartAccepts) {
  EXPECT_EQ(Parse("42").value, 42);
  EXPECT_EQ(Parse("-42").value, -42);
  EXPECT_EQ(Parse("+7").value, 7);
  EXPECT_EQ(Parse("  12  ").value, 12);
  EXPECT_EQ(Parse("0").value, 0);
  EXPECT_EQ(Parse("-0").value, 0);
  EXPECT_EQ(Parse("0x1F").value, 31);
  EXPECT_EQ(Parse("-0x10").value, -16);
  EXPECT_EQ(Parse("ff", 16).value, 255);
  EXPECT_EQ(Parse("FF", 16).value, 255);
  EXPECT_EQ(Parse("101", 2).value, 5);
  EXPECT_EQ(Parse("zz", 36).value, 35 * 36 + 35);
  EXPECT_EQ(Parse("9223372036854775807").value, std::numeric_limits<int64_t>::max());
  EXPECT_EQ(Parse("-9223372036854775808").value, std::numeric_limits<int64_t>::min());
  // Hex literals without an explicit radix may use all 64 bits.
  EXPECT_EQ(Parse("0xFFFFFFFFFFFFFFFF").value, -1);
  EXPECT_EQ(Parse("0x8000000000000000").value, std::numeric_limits<int64_t>::min());
  EXPECT_TRUE(Parse("000000000000000000000000000001").ok);
}

TEST(ParseIntTest, ErrorMessagesAndOffsets) {
  IntParseResult r = Parse("abc");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.message, "Invalid radix-10 number");
  EXPECT_EQ(r.offset, 0);
  r = Parse("");
  EXPECT_EQ(r.message, "Invalid number");
  EXPECT_EQ(r.offset, 0);
  r = Parse("   ");
  EXPECT_EQ(r.message, "Invalid number");
  EXPECT_EQ(r.offset, 3);
  r = Parse("-");
  EXPECT_EQ(r.message, "Invalid number");
  EXPECT_EQ(r.offset, 1);
  r = Parse("0x");
  EXPECT_EQ(r.message, "Invalid number");
  EXPECT_EQ(r.offset, 2);
  r = Parse("12a");
  EXPECT_EQ(r.message, "Invalid radix-10 number");
  EXPECT_EQ(r.offset, 0);
  r = Parse(" 1.5");
  EXPECT_EQ(r.offset, 1);
  r = Parse("g", 16);
  EXPECT_EQ(r.message, "Invalid radix-16 number");
  r = Parse("", 16);
  EXPECT_EQ(r.message, "Invalid radix-16 number");
  r = Parse("2", 2);
  EXPECT_EQ(r.message, "Invalid radix-2 number");
  // 21 digits: a first block of 3, then a block of 18 that holds the bad digit.
  r = Parse("12345678901234567890x");
  EXPECT_EQ(r.offset, 3);
}

TEST(ParseIntTest, Overflow) {
  IntParseResult r = Parse("9223372036854775808");
  EXPECT_FALSE(r.ok);
  EXPECT_EQ(r.message, "Positive input exceeds the limit of integer");
  EXPECT_EQ(r.offset, -1);
  r = Parse("-9223372036854775809");
  EXPECT_EQ(r.message, "Negative input exceeds the limit of integer");
  r = Parse("0x10000000000000000");
  EXPECT_EQ(r.message, "Positive input exceeds the limit of integer");
  r = Parse("8000000000000000", 16);
  EXPECT_EQ(r.message, "Positive input exceeds the limit of integer");
}

TEST(ParseIntTest, TwoByteInput) {
  const uint16_t digits[] = {0x3000, '4', '2'};  // Ideographic space is whitespace.
  EXPECT_EQ(ParseInt(digits, 3, 0).value, 42);
  const uint16_t bad[] = {'4', 0x0664};  // Arabic-Indic digit four is not a Dart digit.
  EXPECT_FALSE(ParseInt(bad, 2, 0).ok);
}

TEST(ParseDoubleTest, Grammar) {
  EXPECT_EQ(*ParseD("1.5"), 1.5);
  EXPECT_EQ(*ParseD("  -2.25 "), -2.25);
  EXPECT_EQ(*ParseD("+3"), 3.0);
  EXPECT_EQ(*ParseD(".5"), 0.5);
  EXPECT_EQ(*ParseD("1."), 1.0);
  EXPECT_EQ(*ParseD("1e3"), 1000.0);
  EXPECT_EQ(*ParseD("1E-2"), 0.01);
  EXPECT_EQ(*ParseD("0.1"), 0.1);
  EXPECT_EQ(*ParseD("1e400"), HUGE_VAL);
  EXPECT_EQ(*ParseD("Infinity"), HUGE_VAL);
  EXPECT_EQ(*ParseD("-Infinity"), -HUGE_VAL);
  EXPECT_TRUE(std::isnan(*ParseD("NaN")));
  EXPECT_TRUE(std::signbit(*ParseD("-0.0")));
  EXPECT_FALSE(ParseD("").has_value());
  EXPECT_FALSE(ParseD("abc").has_value());
  EXPECT_FALSE(ParseD(".").has_value());
  EXPECT_FALSE(ParseD("1e").has_value());
  EXPECT_FALSE(ParseD("0x10").has_value());
  EXPECT_FALSE(ParseD("1,5").has_value());
  EXPECT_FALSE(ParseD("infinity").has_value());
  EXPECT_FALSE(ParseD("1 2").has_value());
}

TEST(WhitespaceTest, DartSet) {
  for (uint32_t c : {9u, 10u, 11u, 12u, 13u, 32u, 0x85u, 0xA0u, 0x1680u, 0x2000u, 0x200Au, 0x2028u,
                     0x2029u, 0x202Fu, 0x205Fu, 0x3000u, 0xFEFFu}) {
    EXPECT_TRUE(IsDartWhitespace(c)) << c;
  }
  for (uint32_t c : {0u, 8u, 14u, 31u, 0x61u, 0x84u, 0x180Eu, 0x200Bu, 0x2030u}) {
    EXPECT_FALSE(IsDartWhitespace(c)) << c;
  }
}

}  // namespace
}  // namespace islet
