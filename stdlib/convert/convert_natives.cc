// Natives of dart:convert (utf.dart): UTF-8 encoding of a string range into a Uint8List and
// decoding of bytes (a Uint8List or a VM list of ints) with the Dart VM's decoder semantics: a
// leading BOM is dropped, malformed input is either a FormatException with Dart's message and
// offset or, with allowMalformed, U+FFFD replacements placed exactly where Dart places them.
// Chunked decoding keeps the decoder's state between chunks in an Int32List the Dart side owns.
// Does not own the converter classes (Dart) or typed list layouts (typed_data_access.h).

#include <cstring>
#include <string>

#include "stdlib/core/native_util.h"
#include "stdlib/typed_data/typed_data_access.h"

namespace islet {
namespace stdlib_natives {

namespace {

constexpr uint16_t kReplacement = 0xFFFD;

// Reads the string range arguments [args][1..3] (string, start, end), already checked in Dart.
bool StringRange(Value* args, int64_t* start, int64_t* end) {
  if (!IsString(args[1]) || !args[2].IsSmi() || !args[3].IsSmi()) return false;
  *start = args[2].SmiValue();
  *end = args[3].SmiValue();
  return 0 <= *start && *start <= *end && *end <= StringLength(args[1]);
}

// Calls [emit](byte) for the UTF-8 of units [start, end) of [s]; lone surrogates become U+FFFD.
template <typename Emit>
void EncodeUtf8(Value s, int64_t start, int64_t end, Emit&& emit) {
  for (int64_t i = start; i < end; i++) {
    uint32_t c = StringCodeUnitAt(s, static_cast<uint32_t>(i));
    if (c >= 0xD800 && c <= 0xDFFF) {
      bool paired = c < 0xDC00 && i + 1 < end &&
                    (StringCodeUnitAt(s, static_cast<uint32_t>(i + 1)) & 0xFC00) == 0xDC00;
      if (paired) {
        c = 0x10000 + ((c & 0x3FF) << 10) +
            (StringCodeUnitAt(s, static_cast<uint32_t>(++i)) & 0x3FF);
      } else {
        c = kReplacement;
      }
    }
    if (c < 0x80) {
      emit(c);
    } else if (c < 0x800) {
      emit(0xC0 | (c >> 6));
      emit(0x80 | (c & 0x3F));
    } else if (c < 0x10000) {
      emit(0xE0 | (c >> 12));
      emit(0x80 | ((c >> 6) & 0x3F));
      emit(0x80 | (c & 0x3F));
    } else {
      emit(0xF0 | (c >> 18));
      emit(0x80 | ((c >> 12) & 0x3F));
      emit(0x80 | ((c >> 6) & 0x3F));
      emit(0x80 | (c & 0x3F));
    }
  }
}

// The decoder's states. kStart..kAfterBom are between characters; the others are inside a
// sequence, named by what the next byte must be. The values are kept between chunks in
// utf.dart's _Utf8ChunkedDecoder, which knows that states above kAfterBom are inside a sequence.
enum State {
  kStart,      // Initial / accept.
  kBeforeBom,  // At the start of the input, where EF BB BF is dropped.
  kAfterBom,
  kNeed1,    // One continuation byte (80-BF) missing.
  kNeed2,    // Two missing.
  kNeed3,    // Three missing.
  kAfterE0,  // Next must be A0-BF (else overlong).
  kAfterED,  // Next must be 80-9F (else a surrogate).
  kAfterF0,  // Next must be 90-BF (else overlong).
  kAfterF4,  // Next must be 80-8F (else out of range).
  kBom1,     // EF seen at the start.
  kBom2,     // EF BB seen at the start.
};

// Errors, numbered as the messages in utf.dart's _utf8ErrorMessage.
enum Error {
  kNoError,
  kMissingExtension,
  kUnexpectedExtension,
  kInvalidByte,
  kOverlong,
  kOutOfRange,
  kSurrogate,
  kUnfinished,
};

bool IsBetween(State s) { return s == kStart || s == kBeforeBom || s == kAfterBom; }

// One step for a continuation byte [b] (80-BF) in state [s]: the next state, or an error.
State Continue(State s, uint8_t b, Error* error) {
  switch (s) {
    case kNeed1:
      return kStart;
    case kNeed2:
      return kNeed1;
    case kNeed3:
      return kNeed2;
    case kAfterE0:
      if (b < 0xA0) *error = kOverlong;
      return kNeed1;
    case kAfterED:
      if (b >= 0xA0) *error = kSurrogate;
      return kNeed1;
    case kAfterF0:
      if (b < 0x90) *error = kOverlong;
      return kNeed2;
    case kAfterF4:
      if (b >= 0x90) *error = kOutOfRange;
      return kNeed2;
    case kBom1:
      return b == 0xBB ? kBom2 : kNeed1;
    case kBom2:
      return b == 0xBF ? kAfterBom : kStart;
    default:
      return kStart;
  }
}

// A leading byte [b] in a between-characters state [s]: the next state and the first bits.
State Lead(State s, uint8_t b, uint32_t* bits, Error* error) {
  if (b < 0x80) {
    *bits = b;
    return kStart;
  }
  if (b < 0xC0) {
    *error = kUnexpectedExtension;
    return kStart;
  }
  if (b < 0xC2 || b > 0xF4) {
    *error = kInvalidByte;
    return kStart;
  }
  if (b < 0xE0) {
    *bits = b & 0x1F;
    return kNeed1;
  }
  if (b < 0xF0) {
    *bits = b & 0x0F;
    if (b == 0xE0) return kAfterE0;
    if (b == 0xED) return kAfterED;
    if (b == 0xEF && s == kBeforeBom) return kBom1;
    return kNeed2;
  }
  *bits = b & 0x07;
  if (b == 0xF0) return kAfterF0;
  if (b == 0xF4) return kAfterF4;
  return kNeed3;
}

void AppendCodePoint(std::u16string* out, uint32_t c) {
  if (c < 0x10000) {
    out->push_back(static_cast<char16_t>(c));
  } else {
    c -= 0x10000;
    out->push_back(static_cast<char16_t>(0xD800 | (c >> 10)));
    out->push_back(static_cast<char16_t>(0xDC00 | (c & 0x3FF)));
  }
}

// Where a decoding starts and, for a chunk, where it stopped: the state and the bits of the
// character being decoded.
struct DecoderState {
  State state = kBeforeBom;
  uint32_t bits = 0;
};

// Decodes [bytes] ([length] of them) from [*decoder]; on a malformed sequence without
// [allow_malformed], returns the error and sets [error_index] to the offending byte's index (the
// length when unfinished). A [chunked] decoding may end inside a sequence: it leaves the state in
// [*decoder] for the next chunk instead of reporting the sequence as unfinished.
template <typename ByteAt>
Error DecodeUtf8(ByteAt&& byte_at, int64_t length, bool allow_malformed, bool chunked,
                 DecoderState* decoder, std::u16string* out, int64_t* error_index) {
  State state = decoder->state;
  uint32_t bits = decoder->bits;
  for (int64_t i = 0; i < length; i++) {
    uint8_t b = byte_at(i);
    Error error = kNoError;
    State next;
    if (IsBetween(state)) {
      next = Lead(state, b, &bits, &error);
    } else if (b >= 0x80 && b < 0xC0) {
      bits = (bits << 6) | (b & 0x3F);
      next = Continue(state, b, &error);
    } else {
      error = kMissingExtension;
      next = kStart;
    }
    if (error != kNoError) {
      if (!allow_malformed) {
        *error_index = i;
        return error;
      }
      out->push_back(kReplacement);
      if (error == kMissingExtension) {
        i--;  // The byte may start a new sequence: decode it again.
      } else if (error != kInvalidByte && error != kUnexpectedExtension) {
        out->push_back(kReplacement);  // One for the sequence, one for the offending byte.
      }
      state = kStart;
      continue;
    }
    state = next;
    if (state == kStart) AppendCodePoint(out, bits);
  }
  if (chunked) {
    decoder->state = state;
    decoder->bits = bits;
    return kNoError;
  }
  if (!IsBetween(state)) {
    if (!allow_malformed) {
      *error_index = length;
      return kUnfinished;
    }
    out->push_back(kReplacement);
  }
  return kNoError;
}

const char* ErrorMessage(Error e) {
  switch (e) {
    case kMissingExtension:
      return "Missing extension byte";
    case kUnexpectedExtension:
      return "Unexpected extension byte";
    case kInvalidByte:
      return "Invalid UTF-8 byte";
    case kOverlong:
      return "Overlong encoding";
    case kOutOfRange:
      return "Out of unicode range";
    case kSurrogate:
      return "Encoded surrogate";
    case kUnfinished:
      return "Unfinished UTF-8 octet sequence";
    case kNoError:
      break;
  }
  return "";
}

}  // namespace

// args: string, start, end. The number of UTF-8 bytes of the range.
Value Utf8EncodedLength(Interpreter* vm, Value* args, int) {
  int64_t start, end;
  if (!StringRange(args, &start, &end)) return ThrowParameterTypeError(vm, args[1], "String", "s");
  int64_t n = 0;
  EncodeUtf8(args[1], start, end, [&n](uint32_t) { n++; });
  return natives::NewInt(vm, n);
}

// args: string, start, end, target (a Uint8List of exactly the encoded length).
Value Utf8EncodeInto(Interpreter* vm, Value* args, int) {
  int64_t start, end;
  if (!StringRange(args, &start, &end)) return ThrowParameterTypeError(vm, args[1], "String", "s");
  TypedListRef target;
  if (!GetTypedList(args[4], &target) || target.kind != ElementKind::kUint8) {
    return ThrowParameterTypeError(vm, args[4], "Uint8List", "target");
  }
  int64_t n = 0;
  EncodeUtf8(args[1], start, end, [&](uint32_t b) {
    if (n < target.length) target.data[n] = static_cast<uint8_t>(b);
    n++;
  });
  return Value::Null();
}

// args: bytes (a typed list or a VM list of ints), start, end, allowMalformed, state. Returns the
// string, or null when [bytes] is neither (the Dart side copies it into a list and retries).
// Values outside 0..255 in a list count as the invalid byte FF, as in Dart. [state] is null for a
// whole input, or an Int32List [state, bits] carried from chunk to chunk: the decoding starts
// from it and stores where it stopped (after an error, between characters, as Dart's decoder
// does).
Value Utf8Decode(Interpreter* vm, Value* args, int) {
  if (!args[2].IsSmi() || !args[3].IsSmi()) return Value::Null();
  int64_t start = args[2].SmiValue();
  int64_t end = args[3].SmiValue();
  bool allow_malformed = args[4].IsTrue();
  bool chunked = !args[5].IsNull();
  DecoderState decoder;
  if (chunked) {
    TypedListRef state;
    if (!GetTypedList(args[5], &state) || state.kind != ElementKind::kInt32 || state.length < 2) {
      return ThrowParameterTypeError(vm, args[5], "Int32List", "state");
    }
    int32_t saved[2];
    std::memcpy(saved, state.data, sizeof(saved));
    // Only utf.dart writes the state, but a wrong value must not reach the switch statements.
    decoder.state = saved[0] >= kStart && saved[0] <= kBom2 ? static_cast<State>(saved[0]) : kStart;
    decoder.bits = static_cast<uint32_t>(saved[1]) & 0x1FFFFF;
  }
  std::u16string out;
  int64_t error_index = 0;
  Error error;
  TypedListRef typed;
  if (GetTypedList(args[1], &typed)) {
    if (start < 0 || start > end || end > typed.length) return Value::Null();
    int size = ElementSize(typed.kind);
    if (typed.kind == ElementKind::kUint8 || typed.kind == ElementKind::kUint8Clamped) {
      const uint8_t* data = typed.data + start;
      error = DecodeUtf8([data](int64_t i) { return data[i]; }, end - start, allow_malformed,
                         chunked, &decoder, &out, &error_index);
    } else {
      // Other typed lists: read little-endian ints of [size] bytes (floats are not List<int>).
      if (IsFloatKind(typed.kind)) return Value::Null();
      bool is_signed = typed.kind == ElementKind::kInt8 || typed.kind == ElementKind::kInt16 ||
                       typed.kind == ElementKind::kInt32 || typed.kind == ElementKind::kInt64;
      const uint8_t* data = typed.data + start * size;
      auto byte_at = [data, size, is_signed](int64_t i) -> uint8_t {
        const uint8_t* p = data + i * size;
        bool high = false;
        for (int k = 1; k < size; k++) high |= p[k] != 0;
        bool negative = is_signed && (p[size - 1] & 0x80) != 0;
        return (high || negative) ? 0xFF : p[0];
      };
      error =
          DecodeUtf8(byte_at, end - start, allow_malformed, chunked, &decoder, &out, &error_index);
    }
  } else if (IsList(args[1])) {
    int64_t length = ListLength(args[1]);
    if (start < 0 || start > end || end > length) return Value::Null();
    const Value* data = ListData(args[1]) + start;
    for (int64_t i = 0; i < end - start; i++) {
      if (!IsInt(data[i])) return ThrowParameterTypeError(vm, data[i], "int", "element");
    }
    auto byte_at = [data](int64_t i) -> uint8_t {
      int64_t v = IntValue(data[i]);
      return (v & ~int64_t{0xFF}) != 0 ? 0xFF : static_cast<uint8_t>(v);
    };
    error =
        DecodeUtf8(byte_at, end - start, allow_malformed, chunked, &decoder, &out, &error_index);
  } else {
    return Value::Null();
  }
  if (chunked) {
    // Nothing was allocated since the state was read, so its data pointer is still valid.
    TypedListRef state;
    GetTypedList(args[5], &state);
    int32_t saved[2] = {error != kNoError ? kStart : decoder.state,
                        error != kNoError ? 0 : static_cast<int32_t>(decoder.bits)};
    std::memcpy(state.data, saved, sizeof(saved));
  }
  if (error != kNoError) {
    return natives::ThrowFormatException(vm, ErrorMessage(error), args[1], start + error_index);
  }
  return natives::NewStringFromUtf16(vm, reinterpret_cast<const uint16_t*>(out.data()), out.size());
}

}  // namespace stdlib_natives
}  // namespace islet
