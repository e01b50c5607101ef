// Tests of the compile heap (runtime/compile_heap.h): what is allocated while one lives stays
// valid after it ends and may be freed on any thread, scopes nest and repeat, and several
// threads compile at once. Under sanitizers the heap changes nothing and the tests still hold.

#include "runtime/compile_heap.h"

#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <thread>
#include <vector>

namespace islet {
namespace {

// Allocations of several sizes (small, medium, large) holding a recognizable pattern.
std::vector<std::unique_ptr<std::string>> Allocate(int seed) {
  std::vector<std::unique_ptr<std::string>> out;
  for (size_t size : {8u, 100u, 5000u, 300000u, 3000000u}) {
    out.push_back(std::make_unique<std::string>(size, static_cast<char>('a' + seed % 26)));
  }
  return out;
}

bool Intact(const std::vector<std::unique_ptr<std::string>>& blocks, int seed) {
  for (const auto& b : blocks) {
    for (char c : *b) {
      if (c != static_cast<char>('a' + seed % 26)) return false;
    }
  }
  return true;
}

TEST(CompileHeapTest, BlocksOutliveTheHeapAndAreFreedLater) {
  std::vector<std::unique_ptr<std::string>> kept;
  {
    CompileHeap heap;
    kept = Allocate(1);
    auto temporary = Allocate(2);  // Freed while the heap lives.
  }
  EXPECT_TRUE(Intact(kept, 1));
  auto after = Allocate(3);  // The thread's usual heap again.
  EXPECT_TRUE(Intact(after, 3));
  kept.clear();
  EXPECT_TRUE(Intact(after, 3));
}

TEST(CompileHeapTest, NestsAndRepeats) {
  std::vector<std::unique_ptr<std::string>> kept;
  for (int i = 0; i < 20; i++) {
    CompileHeap outer;
    auto a = Allocate(i);
    {
      CompileHeap inner;
      kept.push_back(std::make_unique<std::string>(1000, 'x'));
    }
    EXPECT_TRUE(Intact(a, i));
  }
  for (const auto& s : kept) EXPECT_EQ(*s, std::string(1000, 'x'));
}

TEST(CompileHeapTest, ThreadsCompileAtOnceAndFreeEachOthersBlocks) {
  constexpr int kThreads = 4;
  std::vector<std::vector<std::unique_ptr<std::string>>> results(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; t++) {
    threads.emplace_back([t, &results] {
      CompileHeap heap;
      for (int round = 0; round < 5; round++) {
        auto scratch = Allocate(t + round);
        EXPECT_TRUE(Intact(scratch, t + round));
      }
      results[t] = Allocate(t);
    });
  }
  for (std::thread& thread : threads) thread.join();
  // This thread checks and frees what the others allocated in their heaps.
  for (int t = 0; t < kThreads; t++) {
    EXPECT_TRUE(Intact(results[t], t));
    results[t].clear();
  }
}

}  // namespace
}  // namespace islet
