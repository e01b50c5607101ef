// Natives of dart:core String (string.dart): length and indexing, equality and hashing,
// concatenation and repetition, comparison, search, trimming, case mapping, replacement and
// joining. Results are one-byte strings whenever every unit fits (the VM's invariant).
// GC rule: each native allocates its result once, after reading its inputs, and re-reads args
// after any allocation; C++ copies (std::u16string) carry data across allocations.
// Does not own the code-unit algorithms (string_ops.h) or String members written in Dart.

#include <cstring>
#include <string>

#include "stdlib/core/native_util.h"
#include "stdlib/core/string_ops.h"

namespace islet {
namespace stdlib_natives {

namespace {

// Largest string the natives build (the length field of a string is 32 bits).
constexpr uint64_t kMaxStringLength = 0x7fffffff;

Value StringTooLong(Interpreter* vm) {
  return natives::ThrowArgumentError(vm, "String length exceeds the maximum string length");
}

// A new string of [length] units whose contents [fill](one_byte_data, two_byte_data) writes.
// [one_byte] selects the kind; [fill] runs after the allocation, so it must re-read its inputs.
template <typename Fill>
Value NewStringWith(Interpreter* vm, uint64_t length, bool one_byte, Fill fill) {
  if (length > kMaxStringLength) return StringTooLong(vm);
  Value s =
      one_byte ? natives::NewOneByteString(vm, length) : natives::NewTwoByteString(vm, length);
  if (s.IsException()) return s;
  fill(s);
  return s;
}

// Copies the units of [from] into [to] (a fresh string) starting at unit [at].
void CopyUnits(Value from, size_t from_start, size_t count, Value to, size_t at) {
  if (IsOneByte(to)) {
    // A one-byte result only ever receives one-byte sources.
    std::memcpy(OneByteDataMut(to) + at, OneByteData(from) + from_start, count);
    return;
  }
  uint16_t* dst = TwoByteDataMut(to) + at;
  if (IsOneByte(from)) {
    const uint8_t* src = OneByteData(from) + from_start;
    for (size_t i = 0; i < count; i++) dst[i] = src[i];
  } else {
    std::memcpy(dst, TwoByteData(from) + from_start, count * 2);
  }
}

bool CheckString(Interpreter* vm, Value v, const char* parameter, Value* error) {
  if (IsString(v)) return true;
  *error = ThrowParameterTypeError(vm, v, "String", parameter);
  return false;
}

bool CheckInt(Interpreter* vm, Value v, const char* parameter, Value* error) {
  if (IsInt(v)) return true;
  *error = ThrowParameterTypeError(vm, v, "int", parameter);
  return false;
}

// Checks 0 <= start <= end <= length for the unchecked natives (the Dart callers check first;
// this keeps memory safe if they did not).
bool CheckRange(Interpreter* vm, int64_t start, int64_t end, int64_t length, Value* error) {
  if (start < 0 || start > length) {
    *error = natives::ThrowRangeErrorRange(vm, start, 0, length, "start");
    return false;
  }
  if (end < start || end > length) {
    *error = natives::ThrowRangeErrorRange(vm, end, start, length, "end");
    return false;
  }
  return true;
}

// this.substring(start, end) with a valid range, sharing [s] when it is the whole string.
Value Substring(Interpreter* vm, Value* args, int receiver_index, size_t start, size_t end) {
  Value s = args[receiver_index];
  if (start == 0 && end == StringLength(s)) return s;
  if (IsOneByte(s)) {
    return NewStringWith(vm, end - start, true, [&](Value r) {
      std::memcpy(OneByteDataMut(r), OneByteData(args[receiver_index]) + start, end - start);
    });
  }
  std::u16string units(reinterpret_cast<const char16_t*>(TwoByteData(s)) + start,
                       reinterpret_cast<const char16_t*>(TwoByteData(s)) + end);
  return NewStringFromUnits(vm, units);
}

}  // namespace

Value StringLength(Interpreter*, Value* args, int) { return Value::Smi(StringLength(args[0])); }

Value StringIndex(Interpreter* vm, Value* args, int) {
  Value error;
  if (!CheckInt(vm, args[1], "index", &error)) return error;
  int64_t index = IntValue(args[1]);
  int64_t length = StringLength(args[0]);
  if (index < 0 || index >= length) {
    return natives::ThrowRangeErrorIndex(vm, index, args[0], length);
  }
  uint16_t unit = StringCodeUnitAt(args[0], static_cast<uint32_t>(index));
  return natives::NewStringFromUtf16(vm, &unit, 1);
}

Value StringCodeUnitAt(Interpreter* vm, Value* args, int) {
  Value error;
  if (!CheckInt(vm, args[1], "index", &error)) return error;
  int64_t index = IntValue(args[1]);
  int64_t length = StringLength(args[0]);
  if (index < 0 || index >= length) {
    return natives::ThrowRangeErrorIndex(vm, index, args[0], length);
  }
  return Value::Smi(StringCodeUnitAt(args[0], static_cast<uint32_t>(index)));
}

Value StringEquals(Interpreter*, Value* args, int) {
  Value other = args[1];
  return Value::Bool(IsString(other) && (args[0] == other || StringEquals(args[0], other)));
}

Value StringHashCode(Interpreter*, Value* args, int) { return Value::Smi(StringHash(args[0])); }

Value StringConcat(Interpreter* vm, Value* args, int) {
  Value error;
  if (!CheckString(vm, args[1], "other", &error)) return error;
  uint64_t a = StringLength(args[0]);
  uint64_t b = StringLength(args[1]);
  if (b == 0) return args[0];
  if (a == 0) return args[1];
  bool one_byte = IsOneByte(args[0]) && IsOneByte(args[1]);
  return NewStringWith(vm, a + b, one_byte, [&](Value r) {
    CopyUnits(args[0], 0, a, r, 0);
    CopyUnits(args[1], 0, b, r, a);
  });
}

Value StringTimes(Interpreter* vm, Value* args, int) {
  Value error;
  if (!CheckInt(vm, args[1], "times", &error)) return error;
  int64_t times = IntValue(args[1]);
  uint64_t length = StringLength(args[0]);
  if (times <= 0 || length == 0) return natives::NewStringFromLatin1(vm, nullptr, 0);
  if (times == 1) return args[0];
  if (static_cast<uint64_t>(times) > kMaxStringLength / length) return StringTooLong(vm);
  return NewStringWith(vm, length * times, IsOneByte(args[0]), [&](Value r) {
    for (int64_t i = 0; i < times; i++) CopyUnits(args[0], 0, length, r, i * length);
  });
}

Value StringCompareTo(Interpreter* vm, Value* args, int) {
  Value error;
  if (!CheckString(vm, args[1], "other", &error)) return error;
  Value a = args[0];
  Value b = args[1];
  uint32_t la = StringLength(a);
  uint32_t lb = StringLength(b);
  uint32_t n = la < lb ? la : lb;
  for (uint32_t i = 0; i < n; i++) {
    uint16_t x = StringCodeUnitAt(a, i);
    uint16_t y = StringCodeUnitAt(b, i);
    if (x != y) return Value::Smi(x < y ? -1 : 1);
  }
  return Value::Smi(la < lb ? -1 : (la > lb ? 1 : 0));
}

namespace {

Value Trim(Interpreter* vm, Value* args, bool left, bool right) {
  size_t begin;
  size_t end;
  WithStringUnits(args[0], [&](const auto* data, size_t length) {
    StringTrimBounds(data, length, left, right, &begin, &end);
  });
  return Substring(vm, args, 0, begin, end);
}

Value MapCase(Interpreter* vm, Value* args, bool upper) {
  std::u16string result;
  bool changed = false;
  WithStringUnits(args[0], [&](const auto* data, size_t length) {
    result.reserve(length);
    for (size_t i = 0; i < length; i++) {
      changed |= upper ? AppendUpperCase(data[i], &result) : AppendLowerCase(data[i], &result);
    }
  });
  if (!changed) return args[0];
  return NewStringFromUnits(vm, result);
}

}  // namespace

Value StringTrim(Interpreter* vm, Value* args, int) { return Trim(vm, args, true, true); }

Value StringTrimLeft(Interpreter* vm, Value* args, int) { return Trim(vm, args, true, false); }

Value StringTrimRight(Interpreter* vm, Value* args, int) { return Trim(vm, args, false, true); }

Value StringToUpperCase(Interpreter* vm, Value* args, int) { return MapCase(vm, args, true); }

Value StringToLowerCase(Interpreter* vm, Value* args, int) { return MapCase(vm, args, false); }

Value StringSubstringUnchecked(Interpreter* vm, Value* args, int) {
  Value error;
  if (!CheckInt(vm, args[1], "start", &error) || !CheckInt(vm, args[2], "end", &error)) {
    return error;
  }
  int64_t start = IntValue(args[1]);
  int64_t end = IntValue(args[2]);
  if (!CheckRange(vm, start, end, StringLength(args[0]), &error)) return error;
  return Substring(vm, args, 0, static_cast<size_t>(start), static_cast<size_t>(end));
}

namespace {

// Runs [f](text, text_length, pattern, pattern_length) over the units of args[0] and args[1].
template <typename F>
auto WithTextAndPattern(Value text, Value pattern, F&& f) {
  return WithStringUnits(text, [&](const auto* t, size_t tl) {
    return WithStringUnits(pattern, [&](const auto* p, size_t pl) { return f(t, tl, p, pl); });
  });
}

// Reads args[1] as the String pattern and args[2] as a start index in 0..length.
bool PatternAndStart(Interpreter* vm, Value* args, size_t* start, Value* error) {
  if (!CheckString(vm, args[1], "pattern", error) || !CheckInt(vm, args[2], "start", error)) {
    return false;
  }
  int64_t s = IntValue(args[2]);
  int64_t length = StringLength(args[0]);
  if (s < 0 || s > length) {
    *error = natives::ThrowRangeErrorRange(vm, s, 0, length, "start");
    return false;
  }
  *start = static_cast<size_t>(s);
  return true;
}

}  // namespace

Value StringIndexOf(Interpreter* vm, Value* args, int) {
  size_t start;
  Value error;
  if (!PatternAndStart(vm, args, &start, &error)) return error;
  return Value::Smi(WithTextAndPattern(args[0], args[1], [&](auto t, size_t tl, auto p, size_t pl) {
    return islet::StringIndexOf(t, tl, p, pl, start);
  }));
}

Value StringLastIndexOf(Interpreter* vm, Value* args, int) {
  size_t start;
  Value error;
  if (!PatternAndStart(vm, args, &start, &error)) return error;
  return Value::Smi(WithTextAndPattern(args[0], args[1], [&](auto t, size_t tl, auto p, size_t pl) {
    return islet::StringLastIndexOf(t, tl, p, pl, start);
  }));
}

Value StringMatchesAt(Interpreter* vm, Value* args, int) {
  size_t start;
  Value error;
  if (!PatternAndStart(vm, args, &start, &error)) return error;
  return Value::Bool(
      WithTextAndPattern(args[0], args[1], [&](auto t, size_t tl, auto p, size_t pl) {
        return islet::StringMatchesAt(t, tl, p, pl, start);
      }));
}

namespace {

// Replaces the matches of args[1] in args[0] by args[2], all of them or only the first one at
// or after [start]. An empty pattern matches before every unit and at the end, as in Dart.
Value Replace(Interpreter* vm, Value* args, bool all, size_t start) {
  Value error;
  if (!CheckString(vm, args[1], "from", &error) || !CheckString(vm, args[2], "to", &error)) {
    return error;
  }
  std::u16string text = CopyStringUnits(args[0]);
  std::u16string from = CopyStringUnits(args[1]);
  std::u16string to = CopyStringUnits(args[2]);
  std::u16string result;
  size_t position = 0;
  size_t search = start;
  bool replaced = false;
  while (search <= text.size()) {
    int64_t match =
        islet::StringIndexOf(text.data(), text.size(), from.data(), from.size(), search);
    if (match < 0) break;
    size_t m = static_cast<size_t>(match);
    result.append(text, position, m - position);
    result.append(to);
    replaced = true;
    position = m + from.size();
    if (!all) break;
    if (from.empty()) {
      // Keep the unit after an empty match and search again after it.
      if (m < text.size()) result.push_back(text[m]);
      position = m + 1;
      search = m + 1;
    } else {
      search = position;
    }
    if (result.size() > kMaxStringLength) return StringTooLong(vm);
  }
  if (!replaced) return args[0];
  if (position < text.size()) result.append(text, position, std::u16string::npos);
  if (result.size() > kMaxStringLength) return StringTooLong(vm);
  return NewStringFromUnits(vm, result);
}

}  // namespace

Value StringReplaceAll(Interpreter* vm, Value* args, int) { return Replace(vm, args, true, 0); }

Value StringReplaceFirst(Interpreter* vm, Value* args, int) {
  Value error;
  if (!CheckInt(vm, args[3], "startIndex", &error)) return error;
  int64_t start = IntValue(args[3]);
  int64_t length = StringLength(args[0]);
  if (start < 0 || start > length) {
    return natives::ThrowRangeErrorRange(vm, start, 0, length, "startIndex");
  }
  return Replace(vm, args, false, static_cast<size_t>(start));
}

Value StringJoin(Interpreter* vm, Value* args, int) {
  Value list = args[1];
  if (!IsList(list)) return ThrowParameterTypeError(vm, list, "List<String>", "strings");
  Value error;
  if (!CheckString(vm, args[2], "separator", &error)) return error;
  int64_t count = ListLength(list);
  uint64_t separator_length = StringLength(args[2]);
  uint64_t total = count > 0 ? separator_length * (count - 1) : 0;
  bool one_byte = IsOneByte(args[2]);
  for (int64_t i = 0; i < count; i++) {
    Value part = ListData(list)[i];
    if (!IsString(part)) return ThrowParameterTypeError(vm, part, "String", "element");
    total += StringLength(part);
    one_byte = one_byte && IsOneByte(part);
    if (total > kMaxStringLength) return StringTooLong(vm);
  }
  if (count == 1) return ListData(list)[0];
  return NewStringWith(vm, total, one_byte, [&](Value r) {
    // Re-read the list and separator: the allocation may have moved them.
    Value parts = args[1];
    Value separator = args[2];
    int64_t n = ListLength(parts);
    size_t at = 0;
    for (int64_t i = 0; i < n; i++) {
      if (i > 0) {
        CopyUnits(separator, 0, separator_length, r, at);
        at += separator_length;
      }
      Value part = ListData(parts)[i];
      CopyUnits(part, 0, StringLength(part), r, at);
      at += StringLength(part);
    }
  });
}

Value StringFromCharCode(Interpreter* vm, Value* args, int) {
  Value error;
  if (!CheckInt(vm, args[1], "charCode", &error)) return error;
  int64_t code = IntValue(args[1]);
  if (code < 0 || code > 0x10ffff) return natives::ThrowRangeErrorRange(vm, code, 0, 0x10ffff, "");
  uint16_t units[2];
  size_t n = 1;
  if (code <= 0xffff) {
    units[0] = static_cast<uint16_t>(code);
  } else {
    int64_t bits = code - 0x10000;
    units[0] = static_cast<uint16_t>(0xD800 | (bits >> 10));
    units[1] = static_cast<uint16_t>(0xDC00 | (bits & 0x3ff));
    n = 2;
  }
  return natives::NewStringFromUtf16(vm, units, n);
}

// String.fromCharCodes on list[start..end): code points above 0xFFFF become surrogate pairs;
// a non-int or out-of-range element is an ArgumentError showing the list, as in the Dart VM.
Value StringFromCharCodes(Interpreter* vm, Value* args, int) {
  Value list = args[1];
  if (!IsList(list)) return ThrowParameterTypeError(vm, list, "List<int>", "charCodes");
  Value error;
  if (!CheckInt(vm, args[2], "start", &error) || !CheckInt(vm, args[3], "end", &error)) {
    return error;
  }
  int64_t start = IntValue(args[2]);
  int64_t end = IntValue(args[3]);
  if (!CheckRange(vm, start, end, ListLength(list), &error)) return error;
  std::u16string units;
  units.reserve(static_cast<size_t>(end - start));
  for (int64_t i = start; i < end; i++) {
    Value v = ListData(list)[i];
    int64_t code = IsInt(v) ? IntValue(v) : -1;
    if (code < 0 || code > 0x10ffff) {
      Value text = natives::ToString(vm, args[1]);
      if (text.IsException()) return text;
      return natives::ThrowArgumentError(vm, StringToUtf8(text));
    }
    if (code <= 0xffff) {
      units.push_back(static_cast<char16_t>(code));
    } else {
      int64_t bits = code - 0x10000;
      units.push_back(static_cast<char16_t>(0xD800 | (bits >> 10)));
      units.push_back(static_cast<char16_t>(0xDC00 | (bits & 0x3ff)));
    }
  }
  return NewStringFromUnits(vm, units);
}

}  // namespace stdlib_natives
}  // namespace islet
