// Tests of the heap (vm/heap/): allocation, Cheney collection of graphs (cycles, sharing, long
// chains), handles and roots, large objects, the collection policy, gc_stress, the heap limit,
// the verifier and page adoption. Objects here use a user class id with a kValues body (nodes)
// and ByteArray for raw bodies; no interpreter is involved.

#include "vm/heap/heap.h"

#include <gtest/gtest.h>
#include <unistd.h>

#include <cstdint>
#include <string>
#include <vector>

#include "vm/heap/page.h"
#include "vm/object.h"

namespace islet {
namespace {

constexpr uint32_t kNodeCid = kNumPredefinedCids;  // The first user class id.

// A heap whose roots are the values of a vector.
class RootedHeap {
 public:
  explicit RootedHeap(const HeapOptions& options = HeapOptions()) : heap(options) {
    heap.SetRootVisitor([this](const RootVisitor& visit) {
      for (Value& root : roots) visit(&root);
    });
  }
  Heap heap;
  std::vector<Value> roots;
};

// A node of [slots] Value slots (all null).
Value NewNode(Heap* heap, size_t slots) {
  HeapObject* o = heap->Allocate(kNodeCid, slots + 1, 0);
  EXPECT_NE(o, nullptr);
  return Value::Object(o);
}

Value NewBytes(Heap* heap, size_t bytes) {
  HeapObject* o = heap->Allocate(kByteArrayCid, 1 + (bytes + 7) / 8, kRawBodyBit);
  EXPECT_NE(o, nullptr);
  return Value::Object(o);
}

Value& Slot(Value v, size_t i) { return v.object()->slots()[i]; }

// Builds a list of [n] nodes (slot 0 = next, slot 1 = Smi index) in [heap], rooted through a
// handle while it grows, and returns its head (index n - 1).
Value BuildList(Heap* heap, int64_t n) {
  Handle head(heap, Value::Null());
  for (int64_t i = 0; i < n; i++) {
    Value node = NewNode(heap, 2);
    Slot(node, 0) = head.get();  // Read the head after the allocation: it may have moved.
    Slot(node, 1) = Value::Smi(i);
    head.set(node);
  }
  return head.get();
}

// Walks a list built by BuildList and checks every index; returns its length.
int64_t CheckList(Value head, int64_t n) {
  int64_t count = 0;
  for (Value v = head; !v.IsNull(); v = Slot(v, 0)) {
    EXPECT_EQ(v.object()->cid(), kNodeCid);
    if (Slot(v, 1) != Value::Smi(n - 1 - count)) {
      ADD_FAILURE() << "node " << count << " holds the wrong index";
      return count;
    }
    count++;
  }
  return count;
}

void ExpectVerifies(const Heap& heap) {
  std::string error;
  EXPECT_TRUE(heap.Verify(&error)) << error;
}

TEST(HeapTest, AllocatesInitializedObjects) {
  Heap heap{HeapOptions()};
  HeapObject* node = heap.Allocate(kNodeCid, 4, 0);
  ASSERT_NE(node, nullptr);
  EXPECT_EQ(node->cid(), kNodeCid);
  EXPECT_EQ(node->size_words(), 4u);
  EXPECT_FALSE(node->is_raw_body());
  for (uint32_t i = 0; i < node->num_slots(); i++) EXPECT_TRUE(node->slots()[i].IsNull());

  HeapObject* bytes = heap.Allocate(kByteArrayCid, 5, kRawBodyBit | kImmutableBit);
  ASSERT_NE(bytes, nullptr);
  EXPECT_TRUE(bytes->is_raw_body());
  EXPECT_TRUE(bytes->has_flag(kImmutableBit));
  for (int i = 0; i < 32; i++) EXPECT_EQ(bytes->bytes()[i], 0);

  EXPECT_EQ(reinterpret_cast<uintptr_t>(node) % kWordSize, 0u);
  EXPECT_TRUE(heap.Contains(node));
  EXPECT_TRUE(heap.Contains(bytes));
  EXPECT_FALSE(heap.Contains(Value::Null().object()));
  EXPECT_EQ(heap.stats().used_bytes, (4 + 5) * kWordSize);
  EXPECT_GE(heap.stats().capacity_bytes, heap.stats().used_bytes);
  ExpectVerifies(heap);
}

TEST(HeapTest, CollectFreesUnreachableObjects) {
  RootedHeap h;
  for (int i = 0; i < 10000; i++) NewNode(&h.heap, 3);
  EXPECT_EQ(h.heap.stats().used_bytes, 10000u * 4 * kWordSize);
  h.heap.Collect();
  EXPECT_EQ(h.heap.stats().collections, 1u);
  EXPECT_EQ(h.heap.stats().used_bytes, 0u);
  EXPECT_EQ(h.heap.stats().last_live_bytes, 0u);
  EXPECT_EQ(h.heap.stats().capacity_bytes, 0u);
  ExpectVerifies(h.heap);
}

TEST(HeapTest, CyclesAndSharedObjectsKeepTheirIdentity) {
  RootedHeap h;
  Value a = NewNode(&h.heap, 4);
  Value b = NewNode(&h.heap, 2);
  Value c = NewNode(&h.heap, 1);
  Value unreachable = NewNode(&h.heap, 1);
  Slot(a, 0) = b;
  Slot(a, 1) = c;
  Slot(a, 2) = Value::Smi(-42);
  Slot(a, 3) = Value::True();
  Slot(b, 0) = a;  // A cycle a -> b -> a.
  Slot(b, 1) = c;  // c is shared by a and b.
  Slot(c, 0) = c;  // A self loop.
  Slot(unreachable, 0) = a;
  h.roots.push_back(a);
  uint64_t old_a = a.raw();

  h.heap.Collect();
  a = h.roots[0];
  EXPECT_NE(a.raw(), old_a);  // It moved...
  b = Slot(a, 0);
  c = Slot(a, 1);
  EXPECT_EQ(Slot(b, 0), a);  // ...and the cycle follows it.
  EXPECT_EQ(Slot(b, 1), c);  // The shared object was copied once.
  EXPECT_EQ(Slot(c, 0), c);
  EXPECT_EQ(Slot(a, 2), Value::Smi(-42));
  EXPECT_EQ(Slot(a, 3), Value::True());
  EXPECT_EQ(h.heap.stats().last_live_bytes, (5 + 3 + 2) * kWordSize);
  ExpectVerifies(h.heap);

  h.heap.Collect();  // Collecting survivors again changes nothing but addresses.
  a = h.roots[0];
  EXPECT_EQ(Slot(Slot(a, 0), 0), a);
  EXPECT_EQ(Slot(Slot(a, 0), 1), Slot(a, 1));
  EXPECT_EQ(h.heap.stats().last_live_bytes, (5 + 3 + 2) * kWordSize);
}

TEST(HeapTest, RootSlotsSeenTwiceAndRawPointersAreHandled) {
  Heap heap{HeapOptions()};
  Value roots[3];
  roots[0] = NewNode(&heap, 1);
  roots[1] = roots[0];
  static int64_t native_data[2];
  roots[2] = Value::RawPointer(&native_data[0]);  // Looks like a Smi: left alone.
  heap.SetRootVisitor([&](const RootVisitor& visit) {
    for (Value& r : roots) visit(&r);
    visit(&roots[0]);  // The same slot again.
  });
  heap.Collect();
  EXPECT_EQ(roots[0], roots[1]);
  EXPECT_TRUE(heap.Contains(roots[0].object()));
  EXPECT_EQ(roots[2].AsRawPointer<int64_t>(), &native_data[0]);
  EXPECT_EQ(heap.stats().last_live_bytes, 2 * kWordSize);
  ExpectVerifies(heap);
}

TEST(HeapTest, HandlesSurviveCollections) {
  Heap heap{HeapOptions()};
  Handle outer(&heap, NewNode(&heap, 1));
  Slot(outer.get(), 0) = Value::Smi(1);
  {
    Handle inner(&heap, NewNode(&heap, 1));
    Slot(inner.get(), 0) = outer.get();
    heap.Collect();
    EXPECT_EQ(Slot(inner.get(), 0), outer.get());
    EXPECT_EQ(Slot(outer.get(), 0), Value::Smi(1));
  }
  heap.Collect();  // inner is gone: only outer survives.
  EXPECT_EQ(heap.stats().last_live_bytes, 2 * kWordSize);
  EXPECT_EQ(Slot(outer.get(), 0), Value::Smi(1));
}

TEST(HeapTest, RawBodiesAreNotScanned) {
  RootedHeap h;
  Value bytes = NewBytes(&h.heap, 64);
  // Words that would be wild pointers if the collector read them as Values.
  auto* words = reinterpret_cast<uint64_t*>(bytes.object()->bytes());
  for (int i = 0; i < 8; i++) words[i] = 0xdead0001u + 16 * i;
  h.roots.push_back(bytes);
  h.heap.Collect();
  words = reinterpret_cast<uint64_t*>(h.roots[0].object()->bytes());
  for (int i = 0; i < 8; i++) EXPECT_EQ(words[i], 0xdead0001u + 16 * i);
}

TEST(HeapTest, MillionNodeListCollectsWithoutRecursion) {
  RootedHeap h;
  constexpr int64_t kNodes = 1000000;
  h.roots.push_back(BuildList(&h.heap, kNodes));
  EXPECT_GT(h.heap.stats().collections, 0u);  // The policy collected while the list grew.
  size_t before = h.heap.stats().collections;
  h.heap.Collect();
  EXPECT_EQ(h.heap.stats().collections, before + 1);
  EXPECT_EQ(h.heap.stats().last_live_bytes, size_t{kNodes} * 3 * kWordSize);
  EXPECT_EQ(CheckList(h.roots[0], kNodes), kNodes);
  ExpectVerifies(h.heap);
}

TEST(HeapTest, LargeObjectsGetTheirOwnPagesAndStayPut) {
  RootedHeap h;
  constexpr size_t kLength = 100000;  // 800 KB: bigger than a page.
  Value array = NewNode(&h.heap, kLength);
  Value blob = NewBytes(&h.heap, 1 << 20);
  for (size_t i = 0; i < kLength; i++) Slot(array, i) = Value::Smi(static_cast<int64_t>(i));
  for (int i = 0; i < (1 << 20); i++) blob.object()->bytes()[i] = static_cast<uint8_t>(i * 7);
  h.roots = {array, blob};
  // Small objects reachable only from the large array.
  for (size_t i = 0; i < kLength; i += 1000) {
    Value node = NewNode(&h.heap, 1);
    Slot(node, 0) = Value::Smi(static_cast<int64_t>(i));
    Slot(h.roots[0], i) = node;
  }
  NewBytes(&h.heap, 500000);  // Garbage, with a page of its own.
  size_t capacity_before = h.heap.stats().capacity_bytes;

  h.heap.Collect();
  h.heap.Collect();
  EXPECT_EQ(h.roots[0], array);  // Large objects are never copied.
  EXPECT_EQ(h.roots[1], blob);
  for (size_t i = 0; i < kLength; i++) {
    Value v = Slot(array, i);
    if (i % 1000 == 0) {
      ASSERT_EQ(v.object()->cid(), kNodeCid);
      EXPECT_EQ(Slot(v, 0), Value::Smi(static_cast<int64_t>(i)));
    } else {
      ASSERT_EQ(v, Value::Smi(static_cast<int64_t>(i)));
    }
  }
  for (int i = 0; i < (1 << 20); i++) {
    ASSERT_EQ(blob.object()->bytes()[i], static_cast<uint8_t>(i * 7));
  }
  EXPECT_LT(h.heap.stats().capacity_bytes, capacity_before);  // The garbage page went.
  ExpectVerifies(h.heap);

  h.roots.clear();
  h.heap.Collect();
  EXPECT_EQ(h.heap.stats().used_bytes, 0u);
  EXPECT_EQ(h.heap.stats().capacity_bytes, 0u);
}

TEST(HeapTest, ObjectsAtTheLargeObjectBoundary) {
  RootedHeap h;
  size_t largest_small = kLargeObjectBytes / kWordSize;
  for (size_t words : {largest_small - 1, largest_small, largest_small + 1}) {
    for (int i = 0; i < 20; i++) {  // Enough to fill several pages.
      Value node = NewNode(&h.heap, words - 1);
      Slot(node, 0) = Value::Smi(static_cast<int64_t>(words));
      Slot(node, words - 2) = Value::Smi(i);
      h.roots.push_back(node);
    }
  }
  ExpectVerifies(h.heap);
  h.heap.Collect();
  ExpectVerifies(h.heap);
  for (size_t r = 0; r < h.roots.size(); r++) {
    size_t words = h.roots[r].object()->size_words();
    EXPECT_EQ(Slot(h.roots[r], 0), Value::Smi(static_cast<int64_t>(words)));
    EXPECT_EQ(Slot(h.roots[r], words - 2), Value::Smi(static_cast<int64_t>(r % 20)));
  }
}

TEST(HeapTest, PolicyCollectsGarbageAndGrowsWithLiveData) {
  RootedHeap h;
  // 200 MB of garbage: collections keep the heap near the minimum threshold.
  for (int i = 0; i < 2500000; i++) NewNode(&h.heap, 9);
  EXPECT_GT(h.heap.stats().collections, 10u);
  EXPECT_LE(h.heap.stats().capacity_bytes, size_t{8} << 20);

  // 32 MB of live data: the threshold follows it, so collections stay few.
  size_t before = h.heap.stats().collections;
  h.roots.push_back(BuildList(&h.heap, (int64_t{32} << 20) / 24));  // 24-byte nodes.
  size_t during = h.heap.stats().collections - before;
  EXPECT_GT(during, 0u);
  EXPECT_LT(during, 12u);
  EXPECT_GT(h.heap.stats().total_gc_ms, 0.0);
}

TEST(HeapTest, GcStressCollectsAtEveryAllocation) {
  HeapOptions options;
  options.gc_stress = true;
  options.verify = true;
  RootedHeap h(options);
  h.roots.push_back(BuildList(&h.heap, 300));
  EXPECT_EQ(h.heap.stats().collections, 300u);
  EXPECT_EQ(CheckList(h.roots[0], 300), 300);
  NewBytes(&h.heap, 100000);  // The large-object path too.
  EXPECT_EQ(h.heap.stats().collections, 301u);
  EXPECT_EQ(CheckList(h.roots[0], 300), 300);
}

TEST(HeapTest, MaxHeapAtAndPastTheLimit) {
  constexpr size_t kMax = size_t{1} << 20;
  HeapOptions options;
  options.max_heap_bytes = kMax;
  RootedHeap h(options);

  // Past the limit on an empty heap: refused at once.
  EXPECT_EQ(h.heap.Allocate(kByteArrayCid, kMax / kWordSize + 1, kRawBodyBit), nullptr);
  // Exactly at the limit: fits.
  HeapObject* all = h.heap.Allocate(kByteArrayCid, kMax / kWordSize, kRawBodyBit);
  ASSERT_NE(all, nullptr);
  h.roots.push_back(Value::Object(all));
  EXPECT_EQ(h.heap.stats().used_bytes, kMax);
  // One more object does not fit even after a collection.
  EXPECT_EQ(h.heap.Allocate(kNodeCid, 2, 0), nullptr);
  EXPECT_EQ(h.heap.stats().used_bytes, kMax);
  // Once the big object is garbage, the collection makes room.
  h.roots.clear();
  EXPECT_NE(h.heap.Allocate(kNodeCid, 2, 0), nullptr);

  // Filling with small rooted objects: allocation fails exactly when the next one would pass
  // the limit, never before.
  h.heap.Collect();
  ASSERT_EQ(h.heap.stats().used_bytes, 0u);
  size_t allocated = 0;
  for (;;) {
    HeapObject* o = h.heap.Allocate(kNodeCid, 16, 0);
    if (o == nullptr) break;
    h.roots.push_back(Value::Object(o));
    allocated += 16 * kWordSize;
    ASSERT_LE(h.heap.stats().used_bytes, kMax);
  }
  EXPECT_EQ(allocated, kMax);
  EXPECT_EQ(h.heap.Allocate(kNodeCid, 2, 0), nullptr);
  ExpectVerifies(h.heap);
  h.roots.resize(h.roots.size() / 2);
  EXPECT_NE(h.heap.Allocate(kNodeCid, 16, 0), nullptr);
}

TEST(HeapTest, AbsurdSizesFailCleanly) {
  Heap heap{HeapOptions()};  // No configured limit.
  EXPECT_EQ(heap.Allocate(kNodeCid, 0, 0), nullptr);
  EXPECT_EQ(heap.Allocate(kNodeCid, SIZE_MAX, 0), nullptr);
  EXPECT_EQ(heap.Allocate(kNodeCid, SIZE_MAX / kWordSize + 1, 0), nullptr);  // Bytes overflow.
  EXPECT_EQ(heap.Allocate(kNodeCid, size_t{1} << 32, 0), nullptr);  // Too big for a header.
  EXPECT_EQ(heap.Allocate(kByteArrayCid, size_t{1} << 40, kRawBodyBit), nullptr);
  // Past physical memory (when a header can say that much): refused, not attempted.
  size_t physical =
      static_cast<size_t>(sysconf(_SC_PHYS_PAGES)) * static_cast<size_t>(sysconf(_SC_PAGESIZE));
  if (physical / kWordSize + 1 <= UINT32_MAX) {
    EXPECT_EQ(heap.Allocate(kByteArrayCid, physical / kWordSize + 1, kRawBodyBit), nullptr);
  }
  EXPECT_EQ(heap.stats().used_bytes, 0u);
  EXPECT_NE(heap.Allocate(kNodeCid, 2, 0), nullptr);  // Still usable.
}

TEST(HeapTest, VerifyFindsBadPointers) {
  RootedHeap h;
  Heap other{HeapOptions()};
  Value foreign = NewNode(&other, 1);
  Value a = NewNode(&h.heap, 2);
  Value b = NewNode(&h.heap, 2);
  Slot(a, 0) = b;
  Slot(a, 1) = Value::Null();
  h.roots.push_back(a);
  ExpectVerifies(h.heap);

  std::string error;
  Slot(b, 1) = foreign;  // Into another isolate's heap.
  EXPECT_FALSE(h.heap.Verify(&error));
  EXPECT_NE(error.find("neither in this heap nor immortal"), std::string::npos) << error;

  Slot(b, 1) = Value::FromRaw(a.raw() + kWordSize);  // Into the middle of an object.
  EXPECT_FALSE(h.heap.Verify(&error));
  EXPECT_NE(error.find("not at an object"), std::string::npos) << error;

  Slot(b, 1) = Value::Smi(3);
  ExpectVerifies(h.heap);
  h.roots.push_back(foreign);  // A bad root.
  EXPECT_FALSE(h.heap.Verify(&error));
  EXPECT_NE(error.find("root slot"), std::string::npos) << error;
  h.roots.pop_back();

  Handle bad_handle(&h.heap, Value::FromRaw(b.raw() + 2 * kWordSize));
  EXPECT_FALSE(h.heap.Verify(&error));
  EXPECT_NE(error.find("handle"), std::string::npos) << error;
  bad_handle.set(Value::Null());
  ExpectVerifies(h.heap);

  b.object()->set_header(HeapObject::MakeHeader(kFreeCid, 3, 0));  // A corrupt header.
  EXPECT_FALSE(h.heap.Verify(&error));
  EXPECT_NE(error.find("invalid class id"), std::string::npos) << error;
  b.object()->set_header(HeapObject::MakeHeader(kOneByteStringCid, 3, 0));  // Wrong body kind.
  EXPECT_FALSE(h.heap.Verify(&error));
  EXPECT_NE(error.find("wrong body kind"), std::string::npos) << error;
  b.object()->set_header(HeapObject::MakeHeader(kNodeCid, 3, 0));
  ExpectVerifies(h.heap);
}

TEST(HeapDeathTest, VerifyModeAbortsOnABadPointer) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  HeapOptions options;
  options.verify = true;
  RootedHeap h(options);
  Heap other{HeapOptions()};
  Value a = NewNode(&h.heap, 1);
  h.roots.push_back(a);
  Slot(a, 0) = NewNode(&other, 1);
  EXPECT_DEATH(h.heap.Collect(), "heap verification failed before collection: .*neither in");
}

#ifndef NDEBUG
TEST(HeapDeathTest, AllocationInsideNoGcScopeAsserts) {
  GTEST_FLAG_SET(death_test_style, "threadsafe");
  Heap heap{HeapOptions()};
  NoGcScope no_gc(&heap);
  EXPECT_DEATH(heap.Allocate(kNodeCid, 2, 0), "NoGcScope");
}
#endif

TEST(HeapTest, AdoptedPagesSurviveAndAreCollectedWhenUnreachable) {
  RootedHeap receiver;
  Value own = NewNode(&receiver.heap, 1);
  receiver.roots.push_back(own);

  Value message;
  {
    Heap sender{HeapOptions()};
    {
      Handle list(&sender, BuildList(&sender, 10000));
      Value big = NewNode(&sender, 50000);  // A large page too.
      Slot(big, 0) = list.get();
      Slot(big, 49999) = Value::Smi(7);
      message = big;
    }
    size_t sender_used = sender.stats().used_bytes;

    size_t used_before = receiver.heap.stats().used_bytes;
    receiver.heap.AdoptPages(&sender);
    EXPECT_EQ(sender.stats().used_bytes, 0u);
    EXPECT_EQ(sender.stats().capacity_bytes, 0u);
    EXPECT_EQ(receiver.heap.stats().used_bytes, used_before + sender_used);
    EXPECT_TRUE(receiver.heap.Contains(message.object()));
    EXPECT_FALSE(sender.Contains(message.object()));
    EXPECT_NE(sender.Allocate(kNodeCid, 2, 0), nullptr);  // The sender still works, empty.
  }  // The sender is destroyed: the adopted pages must not go with it.

  receiver.roots.push_back(message);
  ExpectVerifies(receiver.heap);
  receiver.heap.Collect();
  message = receiver.roots[1];
  EXPECT_EQ(Slot(message, 49999), Value::Smi(7));
  EXPECT_EQ(CheckList(Slot(message, 0), 10000), 10000);
  ExpectVerifies(receiver.heap);

  receiver.roots.pop_back();  // The message becomes garbage.
  receiver.heap.Collect();
  EXPECT_EQ(receiver.heap.stats().last_live_bytes, 2 * kWordSize);
  EXPECT_EQ(receiver.heap.stats().used_bytes, 2 * kWordSize);
  ExpectVerifies(receiver.heap);
}

// A message heap as the copier leaves it: never collecting, holding one big node (a large
// page) and [small] small ones.
Value FillMessage(Heap* message, size_t small) {
  Value big = NewNode(message, 1000000);  // 8 MB.
  for (size_t i = 0; i < small; i++) NewNode(message, 2);
  return big;
}

TEST(HeapTest, AdoptedBytesCountOnlyOnceTheEventIsOver) {
  RootedHeap receiver;
  receiver.roots.push_back(NewNode(&receiver.heap, 1));
  HeapOptions message_options;
  message_options.never_collect = true;

  // Adopted and dropped: allocating inside the receiving event does not collect...
  {
    Heap message(message_options);
    FillMessage(&message, 1000);
    receiver.heap.AdoptPages(&message);
  }
  size_t collections = receiver.heap.stats().collections;
  for (int i = 0; i < 1000; i++) NewNode(&receiver.heap, 2);
  EXPECT_EQ(receiver.heap.stats().collections, collections);
  EXPECT_GT(receiver.heap.stats().used_bytes, size_t{7} << 20);
  // ...but the end of the event does, and the message's memory goes back.
  receiver.heap.CollectIfAdoptionDue();
  EXPECT_EQ(receiver.heap.stats().collections, collections + 1);
  EXPECT_EQ(receiver.heap.stats().used_bytes, 2 * kWordSize);
  EXPECT_LE(receiver.heap.stats().capacity_bytes, size_t{1} << 20);
  ExpectVerifies(receiver.heap);

  // Nothing adopted since: nothing to do.
  receiver.heap.CollectIfAdoptionDue();
  EXPECT_EQ(receiver.heap.stats().collections, collections + 1);

  // Adopted and kept: collected once (the big node stays in place), and the threshold then
  // follows the live data, so the next small message makes nothing due.
  {
    Heap message(message_options);
    receiver.roots.push_back(FillMessage(&message, 10));
    receiver.heap.AdoptPages(&message);
  }
  HeapObject* big = receiver.roots[1].object();
  receiver.heap.CollectIfAdoptionDue();
  EXPECT_EQ(receiver.heap.stats().collections, collections + 2);
  EXPECT_EQ(receiver.roots[1].object(), big);
  {
    Heap message(message_options);
    NewNode(&message, 10);
    receiver.heap.AdoptPages(&message);
  }
  receiver.heap.CollectIfAdoptionDue();
  EXPECT_EQ(receiver.heap.stats().collections, collections + 2);
  ExpectVerifies(receiver.heap);
}

TEST(HeapTest, AdoptionKeepsTheIdentityHashesOfBothHeaps) {
  for (int receiver_hashes : {3, 300}) {
    RootedHeap receiver;
    std::vector<uint32_t> hashes;
    for (int i = 0; i < receiver_hashes; i++) {
      receiver.roots.push_back(NewNode(&receiver.heap, 1));
      hashes.push_back(receiver.heap.IdentityHash(receiver.roots.back().object()));
    }
    {
      Heap sender{HeapOptions()};
      std::vector<Value> sent;
      for (int i = 0; i < 30; i++) {
        sent.push_back(NewNode(&sender, 1));
        hashes.push_back(sender.IdentityHash(sent.back().object()));
      }
      receiver.heap.AdoptPages(&sender);
      EXPECT_EQ(sender.ExistingIdentityHash(sent[0].object()), 0u);
      receiver.roots.insert(receiver.roots.end(), sent.begin(), sent.end());
    }
    for (size_t i = 0; i < hashes.size(); i++) {
      EXPECT_EQ(receiver.heap.ExistingIdentityHash(receiver.roots[i].object()), hashes[i]);
    }
    receiver.heap.Collect();  // Rekeyed by address: the adopted entries move too.
    for (size_t i = 0; i < hashes.size(); i++) {
      EXPECT_EQ(receiver.heap.IdentityHash(receiver.roots[i].object()), hashes[i]);
    }
  }
}

}  // namespace
}  // namespace islet

namespace islet {
namespace {

TEST(HeapTest, IdentityHashesSurviveMovesAndDieWithTheirObjects) {
  RootedHeap h;
  h.roots.push_back(NewNode(&h.heap, 1));
  h.roots.push_back(NewBytes(&h.heap, 64 * 1024));  // A large object: kept in place.
  Value dead = NewNode(&h.heap, 1);
  uint32_t small_hash = h.heap.IdentityHash(h.roots[0].object());
  uint32_t large_hash = h.heap.IdentityHash(h.roots[1].object());
  h.heap.IdentityHash(dead.object());
  EXPECT_NE(small_hash, 0u);
  EXPECT_NE(small_hash, large_hash);
  HeapObject* before = h.roots[0].object();
  h.heap.Collect();
  EXPECT_NE(h.roots[0].object(), before);                           // It moved...
  EXPECT_EQ(h.heap.IdentityHash(h.roots[0].object()), small_hash);  // ...its hash did not.
  h.heap.Collect();
  EXPECT_EQ(h.heap.IdentityHash(h.roots[0].object()), small_hash);
  EXPECT_EQ(h.heap.IdentityHash(h.roots[1].object()), large_hash);
  // A new object that happens to reuse an address gets a hash of its own, not the dead one's
  // (the dead entry was dropped by the collection).
  Value fresh = NewNode(&h.heap, 1);
  EXPECT_NE(h.heap.IdentityHash(fresh.object()), small_hash);
}

}  // namespace
}  // namespace islet
