// Building a Module piece by piece: ModuleBuilder interns the module-wide tables (names,
// argument descriptors, types) and hands out function, class, global and const-object slots;
// FunctionBuilder accumulates one function's code, constant pool, line table and handlers.
// Does not decide what code to emit (codegen*.cc) nor check it (vm/bytecode/verifier.cc).
// Invariant: every interned entry is deduplicated, and arg_descs[0] is the positional-only one.

#ifndef ISLET_COMPILER_MODULE_BUILDER_H_
#define ISLET_COMPILER_MODULE_BUILDER_H_

#include <cstdint>
#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vm/bytecode/bytecode.h"
#include "vm/bytecode/module.h"

namespace islet {

class ModuleBuilder {
 public:
  ModuleBuilder();

  Module* module() { return module_.get(); }
  std::unique_ptr<Module> Finish() { return std::move(module_); }

  // Index of [name] in Module::names, adding it on first use.
  int InternName(std::string_view name);
  // Index of the descriptor with [positional] arguments and [named] names (indices into
  // Module::names, in call order); 0 when [named] is empty.
  int InternArgDesc(int positional, const std::vector<int>& named);
  // Index of an equal TypeDesc in Module::types, adding [type] when new.
  int InternType(const TypeDesc& type);

  // Appends an empty entry and returns its index; the caller fills it (functions are usually
  // filled at the end through SetFunction, since closures are added while a body compiles).
  int AddFunction();
  void ReserveFunctions(size_t count);
  void SetFunction(int index, FunctionDesc desc);
  int AddClass();
  int AddGlobal();
  int AddConstObject();
  int AddLibrary(std::string uri, std::string path);

 private:
  std::unique_ptr<Module> module_;
  std::unordered_map<std::string, int> names_;
  std::map<std::pair<int, std::vector<int>>, int> arg_descs_;
  std::map<std::string, int> types_;
};

// The code of one function under construction. Positions: SetPosition records the source
// position of the instructions emitted next; a LineEntry is added only when it changes.
class FunctionBuilder {
 public:
  FunctionBuilder() = default;

  FunctionDesc& desc() { return desc_; }
  FunctionDesc Finish() { return std::move(desc_); }

  // The pc of the next instruction.
  int pc() const { return static_cast<int>(desc_.code.size()); }
  const std::vector<uint32_t>& code() const { return desc_.code; }

  int EmitABC(Opcode op, int a, int b, int c);
  int EmitABx(Opcode op, int a, int bx);
  int EmitAsBx(Opcode op, int a, int sbx) { return EmitABx(op, a, sbx); }
  int EmitSAx(Opcode op, int sax);
  // Appends one operand word following an instruction.
  void EmitWord(uint32_t word) { desc_.code.push_back(word); }

  // Rewrites the offset of the jump at [jump_pc] so it lands on [target]. Returns false when
  // the distance does not fit the jump's operand.
  bool PatchJump(int jump_pc, int target);
  // The opcode of the last instruction emitted (kNop when there is none).
  Opcode last_op() const { return last_pc_ < 0 ? Opcode::kNop : DecodeOp(desc_.code[last_pc_]); }
  int last_pc() const { return last_pc_; }
  // Removes the last instruction (peephole use only; never when a jump may target it).
  void RemoveLast();
  // Replaces the word at [pc].
  void SetWord(int pc, uint32_t word) { desc_.code[pc] = word; }

  // Constant pool entries, deduplicated; -1 when the pool is full (kMaxBx + 1 entries).
  int IntConstant(int64_t value);
  int DoubleConstant(double value);
  int StringConstant(std::string_view value);
  int BoolConstant(bool value);
  int NullConstant();

  // A fresh inline-cache index.
  int NewIc() { return desc_.num_ics++; }

  void SetPosition(int line, int column) {
    line_ = line;
    column_ = column;
  }

  // Adds an exception handler (callers add them innermost first).
  void AddHandler(const HandlerDesc& handler) { desc_.handlers.push_back(handler); }

 private:
  int Add(uint32_t word);
  int AddConstant(const Constant& constant, const std::string& key);

  FunctionDesc desc_;
  int last_pc_ = -1;
  int line_ = 0;
  int column_ = 0;
  std::unordered_map<std::string, int> constants_;
};

}  // namespace islet

#endif  // ISLET_COMPILER_MODULE_BUILDER_H_
