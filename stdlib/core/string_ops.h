// Pure code-unit algorithms behind the String natives (string_natives.cc): searching over any mix
// of one-byte (Latin-1) and two-byte (UTF-16) strings, Dart's whitespace trimming bounds, and
// case mapping. No VM types, so they are unit-tested alone (tests/unit/natives_test.cc).
// Case mapping covers Latin-1, Latin Extended-A, Greek, Cyrillic, Armenian and fullwidth Latin
// (with "ß" -> "SS" and "İ" -> "i̇"), not all of Unicode.

#ifndef ISLET_STDLIB_CORE_STRING_OPS_H_
#define ISLET_STDLIB_CORE_STRING_OPS_H_

#include <cstddef>
#include <cstdint>
#include <string>

#include "stdlib/number_format.h"

namespace islet {

// The first index >= [start] where [pattern] occurs in [text], or -1. An empty pattern matches
// at [start] (if start <= length).
template <typename A, typename B>
int64_t StringIndexOf(const A* text, size_t length, const B* pattern, size_t pattern_length,
                      size_t start) {
  if (pattern_length > length || start > length - pattern_length) return -1;
  size_t last = length - pattern_length;
  for (size_t i = start; i <= last; i++) {
    size_t j = 0;
    while (j < pattern_length && text[i + j] == pattern[j]) j++;
    if (j == pattern_length) return static_cast<int64_t>(i);
  }
  return -1;
}

// The last index <= [start] where [pattern] occurs in [text], or -1.
template <typename A, typename B>
int64_t StringLastIndexOf(const A* text, size_t length, const B* pattern, size_t pattern_length,
                          size_t start) {
  if (pattern_length > length) return -1;
  size_t i = start < length - pattern_length ? start : length - pattern_length;
  while (true) {
    size_t j = 0;
    while (j < pattern_length && text[i + j] == pattern[j]) j++;
    if (j == pattern_length) return static_cast<int64_t>(i);
    if (i == 0) return -1;
    i--;
  }
}

// Whether [pattern] occurs in [text] at [start].
template <typename A, typename B>
bool StringMatchesAt(const A* text, size_t length, const B* pattern, size_t pattern_length,
                     size_t start) {
  if (start > length || pattern_length > length - start) return false;
  for (size_t j = 0; j < pattern_length; j++) {
    if (text[start + j] != pattern[j]) return false;
  }
  return true;
}

// The bounds [*begin, *end) of [text] without leading (if [left]) and trailing (if [right])
// Dart whitespace.
template <typename A>
void StringTrimBounds(const A* text, size_t length, bool left, bool right, size_t* begin,
                      size_t* end) {
  size_t b = 0;
  size_t e = length;
  if (left) {
    while (b < e && IsDartWhitespace(text[b])) b++;
  }
  if (right) {
    while (e > b && IsDartWhitespace(text[e - 1])) e--;
  }
  *begin = b;
  *end = e;
}

// Appends the upper-/lower-case form of [unit] to [out] (one or two units); returns whether it
// differs from [unit].
bool AppendUpperCase(uint16_t unit, std::u16string* out);
bool AppendLowerCase(uint16_t unit, std::u16string* out);

}  // namespace islet

#endif  // ISLET_STDLIB_CORE_STRING_OPS_H_
