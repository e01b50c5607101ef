// Interpreter tests on hand-assembled Modules, independent of the compiler: calls and returns,
// Smi arithmetic and overflow into Mints, loops, exceptions and handlers, stack overflow, and
// running under GC stress. The compiler's own tests cover what it emits.

#include "vm/interpreter.h"

#include <gtest/gtest.h>

#include "vm/bytecode/bytecode.h"
#include "vm/program.h"

namespace islet {
namespace {

// A Module with dart:core's Object and the functions a test adds.
struct ModuleBuilder {
  std::unique_ptr<Module> m = std::make_unique<Module>();
  ModuleBuilder() {
    m->libraries.push_back({"dart:core", "dart:core"});
    m->arg_descs.push_back(ArgDesc{});
    ClassDesc object;
    object.name = "Object";
    object.library = 0;
    m->classes.push_back(object);
  }
  int AddFunction(const std::string& name, int params, int registers, std::vector<uint32_t> code) {
    FunctionDesc f;
    f.name = name;
    f.library = 0;
    f.num_required = params;
    f.num_registers = registers;
    f.code = std::move(code);
    m->functions.push_back(std::move(f));
    return static_cast<int>(m->functions.size()) - 1;
  }
};

struct RunResult {
  std::unique_ptr<Program> program;
  std::unique_ptr<Interpreter> vm;
  Value result;
};

RunResult Execute(ModuleBuilder& b, int fn, std::vector<Value> args,
                  InterpreterOptions options = {}) {
  RunResult r;
  std::string error;
  r.program = LoadProgram(std::move(b.m), nullptr, &error);
  EXPECT_NE(r.program, nullptr) << error;
  r.vm = std::make_unique<Interpreter>(r.program.get(), options, nullptr, nullptr);
  r.result = r.vm->Call(r.program->function(fn), Value::Null(), args.data(),
                        static_cast<int>(args.size()));
  return r;
}

uint32_t W(int v) { return static_cast<uint32_t>(v); }

// fib(n) = n < 2 ? n : fib(n - 1) + fib(n - 2), registers: R1 = n.
std::vector<uint32_t> FibCode(int self) {
  return {
      EncodeABx(Opcode::kLoadInt, 2, 2),       // R2 = 2
      EncodeABC(Opcode::kLt, 3, 1, 2),         // R3 = n < 2
      EncodeABx(Opcode::kJumpIfFalse, 3, 1),   // if !R3 skip
      EncodeABC(Opcode::kReturn, 1, 0, 0),     // return n
      EncodeABC(Opcode::kAddInt, 4, 1, 0xff),  // R4 = n - 1   (args at R4 for call base R3)
      EncodeABC(Opcode::kCallStatic, 3, 1, 0),
      W(self),
      W(0),
      EncodeABC(Opcode::kAddInt, 5, 1, 0xfe),  // R5 = n - 2
      EncodeABC(Opcode::kCallStatic, 4, 1, 0),
      W(self),
      W(0),
      EncodeABC(Opcode::kAdd, 2, 3, 4),
      EncodeABC(Opcode::kReturn, 2, 0, 0),
  };
}

TEST(InterpreterTest, RecursiveFib) {
  ModuleBuilder b;
  int fib = static_cast<int>(b.m->functions.size());
  b.AddFunction("fib", 1, 8, FibCode(fib));
  RunResult r = Execute(b, fib, {Value::Smi(20)});
  ASSERT_TRUE(r.result.IsSmi());
  EXPECT_EQ(r.result.SmiValue(), 6765);
}

TEST(InterpreterTest, RecursiveFibUnderGcStress) {
  ModuleBuilder b;
  int fib = static_cast<int>(b.m->functions.size());
  b.AddFunction("fib", 1, 8, FibCode(fib));
  InterpreterOptions options;
  options.heap.gc_stress = true;
  options.heap.verify = true;
  RunResult r = Execute(b, fib, {Value::Smi(12)}, options);
  EXPECT_EQ(r.result.SmiValue(), 144);
}

TEST(InterpreterTest, SmiOverflowBecomesMint) {
  ModuleBuilder b;
  int f = b.AddFunction("add", 2, 4,
                        {EncodeABC(Opcode::kAdd, 3, 1, 2), EncodeABC(Opcode::kReturn, 3, 0, 0)});
  RunResult r = Execute(b, f, {Value::Smi(Value::kSmiMax), Value::Smi(1)});
  ASSERT_TRUE(IsMint(r.result));
  EXPECT_EQ(MintValue(r.result), Value::kSmiMax + 1);
}

TEST(InterpreterTest, LoopSumsWithBackEdge) {
  // sum = 0; for (i = 0; i < n; i++) sum += i;  R1 = n, R2 = sum, R3 = i, R4 = tmp
  ModuleBuilder b;
  int f = b.AddFunction("sum", 1, 5,
                        {
                            EncodeABx(Opcode::kLoadInt, 2, 0),
                            EncodeABx(Opcode::kLoadInt, 3, 0),
                            EncodeABC(Opcode::kLt, 4, 3, 1),        // loop: pc 2
                            EncodeABx(Opcode::kJumpIfFalse, 4, 3),  // -> exit (pc 7)
                            EncodeABC(Opcode::kAdd, 2, 2, 3),
                            EncodeABC(Opcode::kAddInt, 3, 3, 1),
                            EncodeSAx(Opcode::kJumpLoop, -5),  // -> pc 2
                            EncodeABC(Opcode::kReturn, 2, 0, 0),
                        });
  RunResult r = Execute(b, f, {Value::Smi(100000)});
  EXPECT_EQ(r.result.SmiValue(), int64_t{100000} * 99999 / 2);
}

TEST(InterpreterTest, ThrowIsCaughtByHandler) {
  // try { throw 42; } catch (e) { return e + 1; }
  ModuleBuilder b;
  FunctionDesc f;
  f.name = "f";
  f.library = 0;
  f.num_registers = 4;
  f.code = {
      EncodeABx(Opcode::kLoadInt, 1, 42),
      EncodeABC(Opcode::kThrow, 1, 0, 0),
      EncodeABC(Opcode::kAddInt, 3, 2, 1),  // handler: pc 2
      EncodeABC(Opcode::kReturn, 3, 0, 0),
  };
  f.handlers.push_back(HandlerDesc{0, 2, 2, 2, 3});
  b.m->functions.push_back(f);
  RunResult r = Execute(b, 0, {});
  EXPECT_EQ(r.result.SmiValue(), 43);
}

TEST(InterpreterTest, UncaughtThrowLeavesPendingException) {
  ModuleBuilder b;
  int f = b.AddFunction("f", 0, 2,
                        {EncodeABx(Opcode::kLoadInt, 1, 7), EncodeABC(Opcode::kThrow, 1, 0, 0)});
  RunResult r = Execute(b, f, {});
  ASSERT_TRUE(r.result.IsException());
  EXPECT_EQ(r.vm->pending_exception().SmiValue(), 7);
  EXPECT_NE(r.vm->StackTraceToString(r.vm->pending_stack()).find("#0      f (dart:core"),
            std::string::npos);
}

TEST(InterpreterTest, InfiniteRecursionIsAnExceptionNotACrash) {
  // f() => f(); without a dart:core helper the VM throws null-free marker objects; what matters
  // is that the call returns an exception instead of overflowing the C++ or value stack.
  ModuleBuilder b;
  int f = b.AddFunction("f", 0, 2, {});
  b.m->functions[f].code = {EncodeABC(Opcode::kCallStatic, 1, 0, 0), W(f), W(0),
                            EncodeABC(Opcode::kReturn, 1, 0, 0)};
  InterpreterOptions options;
  options.stack_values = 1 << 16;
  RunResult r = Execute(b, f, {}, options);
  EXPECT_TRUE(r.result.IsException());
}

}  // namespace
}  // namespace islet
