// Tests of vm/object.cc: the immortal singletons (headers, payloads, identity, untouched by
// collections) and the string helpers (UTF-8 with surrogate pairs and lone surrogates,
// equality and hashing of one- and two-byte strings, hash caching and distribution).

#include "vm/object.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <cstdint>
#include <cstring>
#include <string>
#include <unordered_set>
#include <vector>

#include "vm/heap/heap.h"

namespace islet {
namespace {

Value NewOneByte(Heap* heap, std::string_view latin1) {
  auto length = static_cast<uint32_t>(latin1.size());
  HeapObject* o = heap->Allocate(kOneByteStringCid, StringSizeWords(length, true), kRawBodyBit);
  EXPECT_NE(o, nullptr);
  *reinterpret_cast<uint64_t*>(o->bytes()) = length;
  Value s = Value::Object(o);
  std::memcpy(OneByteDataMut(s), latin1.data(), length);
  return s;
}

// A two-byte string of any units (even ones that would fit one byte, to test mixed widths).
Value NewTwoByte(Heap* heap, std::u16string_view units) {
  auto length = static_cast<uint32_t>(units.size());
  HeapObject* o = heap->Allocate(kTwoByteStringCid, StringSizeWords(length, false), kRawBodyBit);
  EXPECT_NE(o, nullptr);
  *reinterpret_cast<uint64_t*>(o->bytes()) = length;
  Value s = Value::Object(o);
  for (uint32_t i = 0; i < length; i++) TwoByteDataMut(s)[i] = units[i];
  return s;
}

void ExpectSingleton(Value v, uint32_t cid, uint64_t payload) {
  ASSERT_TRUE(v.IsObject());
  HeapObject* o = v.object();
  EXPECT_EQ(o->cid(), cid);
  EXPECT_EQ(o->size_words(), 2u);
  EXPECT_TRUE(o->is_immortal());
  EXPECT_TRUE(o->is_raw_body());
  EXPECT_FALSE(o->is_forwarded());
  EXPECT_EQ(ClassIdOf(v), cid);
  EXPECT_EQ(*reinterpret_cast<const uint64_t*>(o->bytes()), payload);
}

TEST(ObjectTest, ImmortalSingletons) {
  ExpectSingleton(Value::Null(), kNullCid, 0);
  ExpectSingleton(Value::True(), kBoolCid, 1);
  ExpectSingleton(Value::False(), kBoolCid, 0);
  ExpectSingleton(Value::Uninitialized(), kSentinelCid, 0);
  ExpectSingleton(Value::Exception(), kSentinelCid, 1);

  std::unordered_set<uint64_t> distinct = {Value::Null().raw(), Value::True().raw(),
                                           Value::False().raw(), Value::Uninitialized().raw(),
                                           Value::Exception().raw()};
  EXPECT_EQ(distinct.size(), 5u);
  EXPECT_TRUE(Value::Null().IsNull());
  EXPECT_FALSE(Value::False().IsNull());
  EXPECT_EQ(Value::Bool(true), Value::True());
  EXPECT_EQ(Value::Bool(false), Value::False());
  EXPECT_TRUE(IsBool(Value::True()));
  EXPECT_FALSE(IsBool(Value::Null()));
  EXPECT_TRUE(Value::Uninitialized().IsUninitialized());
  EXPECT_TRUE(Value::Exception().IsException());
  EXPECT_FALSE(Value::Null().IsException());
  EXPECT_EQ(ClassIdOf(Value::Smi(5)), static_cast<uint32_t>(kSmiCid));
}

TEST(ObjectTest, SingletonsAreNotMovedByCollections) {
  Heap heap{HeapOptions()};
  Handle holder(&heap, Value::Object(heap.Allocate(kNumPredefinedCids, 6, 0)));
  Value* slots = holder.get().object()->slots();
  slots[0] = Value::True();
  slots[1] = Value::False();
  slots[2] = Value::Uninitialized();
  slots[3] = Value::Exception();
  Handle null_root(&heap, Value::Null());
  EXPECT_FALSE(heap.Contains(Value::Null().object()));
  heap.Collect();
  slots = holder.get().object()->slots();
  EXPECT_EQ(slots[0], Value::True());
  EXPECT_EQ(slots[1], Value::False());
  EXPECT_EQ(slots[2], Value::Uninitialized());
  EXPECT_EQ(slots[3], Value::Exception());
  EXPECT_TRUE(slots[4].IsNull());
  EXPECT_TRUE(null_root.get().IsNull());
  std::string error;
  EXPECT_TRUE(heap.Verify(&error)) << error;
}

TEST(ObjectTest, StringToUtf8) {
  Heap heap{HeapOptions()};
  EXPECT_EQ(StringToUtf8(NewOneByte(&heap, "")), "");
  EXPECT_EQ(StringToUtf8(NewOneByte(&heap, "hello")), "hello");
  EXPECT_EQ(StringToUtf8(NewOneByte(&heap, "caf\xe9 \xff")), "caf\xc3\xa9 \xc3\xbf");
  EXPECT_EQ(StringToUtf8(NewTwoByte(&heap, u"\u20ac1")),
            "\xe2\x82\xac"
            "1");
  // A surrogate pair is one code point (U+1F600).
  EXPECT_EQ(StringToUtf8(NewTwoByte(&heap, u"a\U0001F600b")),
            "a\xf0\x9f\x98\x80"
            "b");
  // Lone surrogates are encoded on their own (WTF-8): a lead at the end, a trail alone, a lead
  // followed by a non-trail.
  const char16_t lone[] = {0x41, 0xdc00, 0xd800, 0x42, 0xd83d};
  EXPECT_EQ(StringToUtf8(NewTwoByte(&heap, std::u16string_view(lone, 5))),
            "A\xed\xb0\x80\xed\xa0\x80"
            "B\xed\xa0\xbd");
  EXPECT_EQ(StringLength(NewTwoByte(&heap, std::u16string_view(lone, 5))), 5u);
}

TEST(ObjectTest, StringEquals) {
  Heap heap{HeapOptions()};
  Value abc = NewOneByte(&heap, "abc");
  EXPECT_TRUE(StringEquals(abc, abc));
  EXPECT_TRUE(StringEquals(abc, NewOneByte(&heap, "abc")));
  EXPECT_FALSE(StringEquals(abc, NewOneByte(&heap, "abd")));
  EXPECT_FALSE(StringEquals(abc, NewOneByte(&heap, "ab")));
  EXPECT_FALSE(StringEquals(abc, NewOneByte(&heap, "abcd")));
  EXPECT_TRUE(StringEquals(NewOneByte(&heap, ""), NewTwoByte(&heap, u"")));
  EXPECT_TRUE(StringEquals(NewTwoByte(&heap, u"\u20acx"), NewTwoByte(&heap, u"\u20acx")));
  EXPECT_FALSE(StringEquals(NewTwoByte(&heap, u"\u20acx"), NewTwoByte(&heap, u"\u20acy")));
  // Across widths the units decide, in both argument orders.
  EXPECT_TRUE(StringEquals(abc, NewTwoByte(&heap, u"abc")));
  EXPECT_TRUE(StringEquals(NewTwoByte(&heap, u"abc"), abc));
  EXPECT_FALSE(StringEquals(abc, NewTwoByte(&heap, u"ab\u0163")));
  EXPECT_FALSE(StringEquals(NewTwoByte(&heap, u"\u0100"), NewOneByte(&heap, "\x01")));
  // Cached hashes shortcut unequal strings and never make equal ones unequal.
  Value abd = NewOneByte(&heap, "abd");
  StringHash(abc);
  StringHash(abd);
  EXPECT_FALSE(StringEquals(abc, abd));
  Value abc2 = NewOneByte(&heap, "abc");
  StringHash(abc2);
  EXPECT_TRUE(StringEquals(abc, abc2));
}

TEST(ObjectTest, StringHashIsCachedAndNeverZero) {
  Heap heap{HeapOptions()};
  Value s = NewOneByte(&heap, "hello");
  EXPECT_EQ(StringCachedHash(s), 0u);
  uint32_t h = StringHash(s);
  EXPECT_NE(h, 0u);
  EXPECT_EQ(StringCachedHash(s), h);
  EXPECT_EQ(StringLength(s), 5u);  // The cache shares a word with the length.
  EXPECT_EQ(StringHash(s), h);
  EXPECT_EQ(StringHash(NewOneByte(&heap, "hello")), h);
  EXPECT_NE(StringHash(NewOneByte(&heap, "")), 0u);
  EXPECT_NE(StringHash(NewTwoByte(&heap, u"")), 0u);
}

TEST(ObjectTest, StringHashIsTheSameAcrossWidths) {
  Heap heap{HeapOptions()};
  for (std::string_view text : {"", "a", "hello, world", "caf\xe9", "\xff\x01\x80"}) {
    std::u16string units;
    for (char c : text) units.push_back(static_cast<uint8_t>(c));
    EXPECT_EQ(StringHash(NewOneByte(&heap, text)), StringHash(NewTwoByte(&heap, units))) << text;
  }
  // Units above 0xff matter (a hash of only the low bytes would collide here).
  EXPECT_NE(StringHash(NewTwoByte(&heap, u"\u0161")), StringHash(NewTwoByte(&heap, u"\u0261")));
  EXPECT_NE(StringHash(NewTwoByte(&heap, u"\u0161")), StringHash(NewOneByte(&heap, "\x61")));
}

TEST(ObjectTest, ImmortalStringHashIsNotCached) {
  // An immortal string as the loader makes them, outside any heap.
  alignas(8) uint64_t words[3] = {
      HeapObject::MakeHeader(kOneByteStringCid, 3, kRawBodyBit | kImmortalBit), 3, 0};
  std::memcpy(&words[2], "abc", 3);
  Value s = Value::Object(reinterpret_cast<HeapObject*>(words));
  Heap heap{HeapOptions()};
  uint32_t h = StringHash(s);
  EXPECT_EQ(h, StringHash(NewOneByte(&heap, "abc")));
  EXPECT_EQ(StringCachedHash(s), 0u);
  SetStringCachedHash(s, h);  // What the creator may do before sharing it.
  EXPECT_EQ(StringHash(s), h);
  EXPECT_EQ(StringLength(s), 3u);
}

TEST(ObjectTest, StringHashSpreadsSimilarKeys) {
  Heap heap{HeapOptions()};
  constexpr int kKeys = 100000;
  constexpr int kBuckets = 1024;
  std::unordered_set<uint32_t> hashes;
  std::vector<int> buckets(kBuckets);
  for (int i = 0; i < kKeys; i++) {
    uint32_t h = StringHash(NewOneByte(&heap, "key" + std::to_string(i)));
    hashes.insert(h);
    buckets[h % kBuckets]++;  // Hash tables index by the low bits.
  }
  // 100,000 random 32-bit values collide about once; allow a few.
  EXPECT_GE(hashes.size(), static_cast<size_t>(kKeys - 5));
  int fullest = 0;
  for (int n : buckets) fullest = std::max(fullest, n);
  EXPECT_LT(fullest, 2 * kKeys / kBuckets);  // The mean is ~98.
}

}  // namespace
}  // namespace islet
