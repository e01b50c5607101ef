// Owns the immortal singletons (null, true, false, <uninitialized>, <exception>) and the string
// helpers of object.h: UTF-8 conversion, equality and hashing of one- and two-byte strings.
// Does not own string allocation (the interpreter) or UTF-8 decoding (strings.cc). Invariant:
// equal code-unit sequences hash alike whatever their width, and no hash is 0 (0 marks "not
// computed" in the cached-hash field).

#include "vm/object.h"

#include "vm/strings.h"

namespace islet {

namespace {

constexpr uint8_t kSingletonFlags = kRawBodyBit | kImmortalBit;

// Mixes the code units of a string, 16 bits at a time whatever the storage width, so a
// OneByteString and a TwoByteString of the same units get the same hash. FNV-1a's step, then
// MurmurHash3's finalizer so that every input bit reaches every output bit (FNV alone leaves
// the low bits weak, and hash tables index by the low bits).
template <typename Unit>
uint32_t HashUnits(const Unit* units, uint32_t length) {
  uint32_t h = 2166136261u ^ length;
  for (uint32_t i = 0; i < length; i++) {
    h ^= units[i];
    h *= 16777619u;
  }
  h ^= h >> 16;
  h *= 0x85ebca6bu;
  h ^= h >> 13;
  h *= 0xc2b2ae35u;
  h ^= h >> 16;
  return h == 0 ? 1 : h;
}

template <typename A, typename B>
bool UnitsEqual(const A* a, const B* b, uint32_t length) {
  for (uint32_t i = 0; i < length; i++) {
    if (a[i] != b[i]) return false;
  }
  return true;
}

}  // namespace

// Header then payload for each singleton; the payload of a bool is its value, so natives can
// read it without comparing against True().
alignas(16) const uint64_t kImmortalWords[10] = {
    HeapObject::MakeHeader(kNullCid, 2, kSingletonFlags),     0,
    HeapObject::MakeHeader(kBoolCid, 2, kSingletonFlags),     1,
    HeapObject::MakeHeader(kBoolCid, 2, kSingletonFlags),     0,
    HeapObject::MakeHeader(kSentinelCid, 2, kSingletonFlags), 0,
    HeapObject::MakeHeader(kSentinelCid, 2, kSingletonFlags), 1,
};

namespace {

std::string StringToUtf8Impl(Value s, bool replace_lone_surrogates) {
  uint32_t length = StringLength(s);
  std::string out;
  if (IsOneByte(s)) {
    const uint8_t* chars = OneByteData(s);
    out.reserve(length);
    for (uint32_t i = 0; i < length; i++) AppendCodePointAsUtf8(&out, chars[i]);
    return out;
  }
  const uint16_t* units = TwoByteData(s);
  out.reserve(length * 2);
  for (uint32_t i = 0; i < length; i++) {
    uint32_t c = units[i];
    // A lead surrogate followed by a trail surrogate is one code point; any other surrogate
    // is encoded on its own (WTF-8), so the string survives a round trip.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < length && units[i + 1] >= 0xdc00 &&
        units[i + 1] <= 0xdfff) {
      c = 0x10000 + ((c - 0xd800) << 10) + (units[i + 1] - 0xdc00);
      i++;
    } else if (replace_lone_surrogates && c >= 0xd800 && c <= 0xdfff) {
      c = 0xfffd;
    }
    AppendCodePointAsUtf8(&out, c);
  }
  return out;
}

}  // namespace

std::string StringToUtf8(Value s) { return StringToUtf8Impl(s, false); }

std::string StringToOutputUtf8(Value s) { return StringToUtf8Impl(s, true); }

bool StringEquals(Value a, Value b) {
  if (a == b) return true;
  uint32_t length = StringLength(a);
  if (length != StringLength(b)) return false;
  uint32_t hash_a = StringCachedHash(a);
  uint32_t hash_b = StringCachedHash(b);
  if (hash_a != 0 && hash_b != 0 && hash_a != hash_b) return false;
  bool one_a = IsOneByte(a);
  bool one_b = IsOneByte(b);
  if (one_a && one_b) return std::memcmp(OneByteData(a), OneByteData(b), length) == 0;
  if (!one_a && !one_b) {
    return std::memcmp(TwoByteData(a), TwoByteData(b), size_t{length} * 2) == 0;
  }
  // Strings built by the VM never compare equal across widths (a string whose units fit in a
  // byte is always one-byte), but comparing the units keeps this correct for any input.
  return one_a ? UnitsEqual(OneByteData(a), TwoByteData(b), length)
               : UnitsEqual(TwoByteData(a), OneByteData(b), length);
}

uint32_t StringHash(Value s) {
  uint32_t cached = StringCachedHash(s);
  if (cached != 0) return cached;
  uint32_t length = StringLength(s);
  uint32_t h = IsOneByte(s) ? HashUnits(OneByteData(s), length) : HashUnits(TwoByteData(s), length);
  // Immortal strings are shared by the isolates of a group, which may run on several threads:
  // writing the cache there would be a data race. Whoever creates such a string may store the
  // hash with SetStringCachedHash before it is shared.
  if (!s.object()->is_immortal()) SetStringCachedHash(s, h);
  return h;
}

}  // namespace islet
