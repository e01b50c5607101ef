// The verifier. Each opcode's operands are checked by what they mean (a register, a register
// range, a constant, a global...), so the switch below names every opcode: an opcode added to
// opcodes.def without a rule here is reported as unknown instead of passing unchecked.

#include "vm/bytecode/verifier.h"

#include <vector>

#include "vm/bytecode/bytecode.h"

namespace islet {

namespace {

class FunctionVerifier {
 public:
  FunctionVerifier(const Module& module, int index)
      : m_(module), f_(module.functions[index]), index_(index) {}

  bool Run(std::string* error) {
    error_ = error;
    if (!CheckHeader()) return false;
    if (f_.is_external) {
      if (!f_.code.empty()) return Fail("an external function has code");
      return true;
    }
    if (f_.code.empty()) return Fail("no code");
    int size = static_cast<int>(f_.code.size());
    starts_.assign(size, false);
    // First pass: instruction boundaries, so jumps can be checked against them.
    int last = 0;
    for (int pc = 0; pc < size;) {
      int op = static_cast<int>(f_.code[pc] & 0xff);
      if (op >= kOpcodeCount) return FailAt(pc, "unknown opcode " + std::to_string(op));
      starts_[pc] = true;
      last = pc;
      pc += InstructionLength(static_cast<Opcode>(op));
      if (pc > size) return FailAt(last, "operand words run past the end of the code");
    }
    for (int pc = 0; pc < size; pc += InstructionLength(DecodeOp(f_.code[pc]))) {
      if (!CheckInstruction(pc)) return false;
    }
    switch (DecodeOp(f_.code[last])) {
      case Opcode::kReturn:
      case Opcode::kReturnNull:
      case Opcode::kJump:
      case Opcode::kJumpLoop:
      case Opcode::kThrow:
      case Opcode::kRethrow:
        break;
      default:
        return FailAt(last, "code can run past its end (no return, jump or throw last)");
    }
    for (const HandlerDesc& h : f_.handlers) {
      if (h.start >= h.end || h.end > static_cast<uint32_t>(size)) {
        return Fail("handler range [" + std::to_string(h.start) + ", " + std::to_string(h.end) +
                    ") is empty or outside the code");
      }
      if (!starts_[h.start] || (h.end < static_cast<uint32_t>(size) && !starts_[h.end])) {
        return Fail("handler range does not start and end at instructions");
      }
      if (h.handler >= static_cast<uint32_t>(size) || !starts_[h.handler]) {
        return Fail("handler target " + std::to_string(h.handler) + " is not an instruction");
      }
      if (h.exception_reg >= f_.num_registers || h.stack_reg >= f_.num_registers) {
        return Fail("handler register out of range");
      }
    }
    uint32_t previous = 0;
    for (const LineEntry& l : f_.lines) {
      if (l.pc < previous || l.pc >= static_cast<uint32_t>(size)) {
        return Fail("line table pcs are not increasing within the code");
      }
      previous = l.pc;
    }
    return true;
  }

 private:
  bool Fail(const std::string& message) {
    if (error_ != nullptr)
      *error_ = "F" + std::to_string(index_) + " '" + f_.name + "': " + message;
    return false;
  }
  bool FailAt(int pc, const std::string& message) {
    return Fail("pc " + std::to_string(pc) + ": " + message);
  }

  bool CheckHeader() {
    if (f_.num_registers < 1 || f_.num_registers > kMaxRegisters) {
      return Fail("num_registers " + std::to_string(f_.num_registers) + " out of range");
    }
    int params =
        f_.num_required + f_.num_optional_positional + static_cast<int>(f_.named_params.size());
    if (f_.num_required < 0 || f_.num_optional_positional < 0) return Fail("bad parameter count");
    if (!f_.is_external && params + 1 > f_.num_registers) {
      return Fail("parameters do not fit the registers");
    }
    if (f_.named_required.size() != f_.named_params.size()) {
      return Fail("named_required does not match named_params");
    }
    for (int name : f_.named_params) {
      if (!Name(name)) return Fail("bad named parameter name");
    }
    size_t optional = f_.num_optional_positional + f_.named_params.size();
    if (!f_.defaults.empty() && f_.defaults.size() != optional) {
      return Fail("defaults do not match the optional parameters");
    }
    for (int d : f_.defaults) {
      if (d != -1 && d != kComputedDefault &&
          (d < 0 || d >= static_cast<int>(f_.constants.size()))) {
        return Fail("default constant out of range");
      }
    }
    if (f_.owner_class >= static_cast<int>(m_.classes.size())) return Fail("bad owner class");
    if (f_.library >= static_cast<int>(m_.libraries.size())) return Fail("bad library");
    if (f_.kind != FunctionDesc::kClosure && !f_.captures.empty()) {
      return Fail("only closures have captures");
    }
    return true;
  }

  bool Name(int i) const { return i >= 0 && i < static_cast<int>(m_.names.size()); }

  bool Reg(int pc, int r) {
    if (r >= f_.num_registers) {
      return FailAt(pc, "register r" + std::to_string(r) + " >= num_registers " +
                            std::to_string(f_.num_registers));
    }
    return true;
  }
  // Registers [first, first + count).
  bool Regs(int pc, int first, int count) {
    if (count == 0) return true;
    return Reg(pc, first + count - 1);
  }
  bool Index(int pc, int i, size_t size, const char* what) {
    if (i < 0 || static_cast<size_t>(i) >= size) {
      return FailAt(pc, std::string(what) + " index " + std::to_string(i) + " out of range");
    }
    return true;
  }
  bool Target(int pc, int length, int offset) {
    int target = pc + length + offset;
    if (target < 0 || target >= static_cast<int>(f_.code.size()) || !starts_[target]) {
      return FailAt(pc, "jump target " + std::to_string(target) + " is not an instruction");
    }
    return true;
  }
  bool Capture(int pc, int i) {
    if (f_.kind != FunctionDesc::kClosure) return FailAt(pc, "capture access outside a closure");
    return Index(pc, i, f_.captures.size(), "capture");
  }
  bool Ic(int pc, uint32_t ic) {
    if (static_cast<int>(ic) >= f_.num_ics) return FailAt(pc, "inline cache index out of range");
    return true;
  }
  bool ArgDescFor(int pc, int desc, int arg_count) {
    if (!Index(pc, desc, m_.arg_descs.size(), "argument descriptor")) return false;
    const ArgDesc& d = m_.arg_descs[desc];
    if (desc != 0 && d.positional + static_cast<int>(d.named.size()) != arg_count) {
      return FailAt(pc, "argument descriptor does not match the argument count");
    }
    return true;
  }

  bool CheckInstruction(int pc) {
    uint32_t w = f_.code[pc];
    Opcode op = DecodeOp(w);
    int len = InstructionLength(op);
    int a = DecodeA(w);
    int b = DecodeB(w);
    int c = DecodeC(w);
    int bx = DecodeBx(w);
    uint32_t w1 = len > 1 ? f_.code[pc + 1] : 0;
    uint32_t w2 = len > 2 ? f_.code[pc + 2] : 0;
    switch (op) {
      case Opcode::kNop:
      case Opcode::kReturnNull:
        return true;
      case Opcode::kLoadNull:
      case Opcode::kLoadTrue:
      case Opcode::kLoadFalse:
      case Opcode::kLoadUninit:
      case Opcode::kLoadInt:
      case Opcode::kReturn:
      case Opcode::kNullCheck:
      case Opcode::kThrow:
        return Reg(pc, a);
      case Opcode::kMove:
      case Opcode::kNewBox:
      case Opcode::kGetBox:
      case Opcode::kSetBox:
      case Opcode::kNeg:
      case Opcode::kBitNot:
      case Opcode::kNot:
      case Opcode::kRethrow:
      case Opcode::kAddInt:
        return Reg(pc, a) && Reg(pc, b);
      case Opcode::kLoadConst:
      case Opcode::kCheckInit:
      case Opcode::kCheckUninit:
        return Reg(pc, a) && Index(pc, bx, f_.constants.size(), "constant");
      case Opcode::kLoadConstObject:
        return Reg(pc, a) && Index(pc, bx, m_.const_objects.size(), "const object");
      case Opcode::kGetGlobal:
      case Opcode::kSetGlobal:
        return Reg(pc, a) && Index(pc, bx, m_.globals.size(), "global");
      case Opcode::kGetCapture:
      case Opcode::kGetCaptureBox:
      case Opcode::kSetCaptureBox:
        return Reg(pc, a) && Capture(pc, b);
      case Opcode::kClosure: {
        if (!Reg(pc, a) || !Index(pc, bx, m_.functions.size(), "function")) return false;
        const FunctionDesc& callee = m_.functions[bx];
        if (callee.kind == FunctionDesc::kClosure) {
          for (const CaptureDesc& cap : callee.captures) {
            if (cap.from_parent_capture) {
              if (!Capture(pc, cap.index)) return false;
            } else if (!Reg(pc, cap.index)) {
              return false;
            }
          }
        } else if (callee.kind != FunctionDesc::kTopLevel && callee.kind != FunctionDesc::kStatic) {
          return FailAt(pc, "Closure of a function that is neither a closure nor static");
        }
        return true;
      }
      case Opcode::kNew:
        return Reg(pc, a) && Index(pc, bx, m_.classes.size(), "class");
      case Opcode::kGetField:
      case Opcode::kSetField:
        return Reg(pc, a) && Reg(pc, b);
      case Opcode::kGetProp:
      case Opcode::kSetProp:
        if (!Reg(pc, a) || !Reg(pc, b) || !Ic(pc, w1 >> 16)) return false;
        return Index(pc, static_cast<int>(w1 & 0xffff), m_.names.size(), "name");
      case Opcode::kIndexGet:
      case Opcode::kIndexSet:
      case Opcode::kAdd:
      case Opcode::kSub:
      case Opcode::kMul:
      case Opcode::kDiv:
      case Opcode::kTruncDiv:
      case Opcode::kMod:
      case Opcode::kShl:
      case Opcode::kShr:
      case Opcode::kUShr:
      case Opcode::kBitAnd:
      case Opcode::kBitOr:
      case Opcode::kBitXor:
      case Opcode::kEq:
      case Opcode::kNe:
      case Opcode::kLt:
      case Opcode::kLe:
      case Opcode::kGt:
      case Opcode::kGe:
      case Opcode::kIdentical:
        return Reg(pc, a) && Reg(pc, b) && Reg(pc, c);
      case Opcode::kInvoke:
        if (!Regs(pc, a, b + 1) || !Ic(pc, w2 & 0xffff)) return false;
        if (!Index(pc, static_cast<int>(w1), m_.names.size(), "name")) return false;
        return ArgDescFor(pc, static_cast<int>(w2 >> 16), b);
      case Opcode::kCallStatic:
        if (!Regs(pc, a, b + 1)) return false;
        if (!Index(pc, static_cast<int>(w1), m_.functions.size(), "function")) return false;
        return ArgDescFor(pc, static_cast<int>(w2 >> 16), b);
      case Opcode::kCallClosure:
        if (!Regs(pc, a, b + 1) || !Ic(pc, w1 & 0xffff)) return false;
        return ArgDescFor(pc, static_cast<int>(w1 >> 16), b);
      case Opcode::kJump:
      case Opcode::kJumpLoop:
      case Opcode::kJumpIfNoAsserts:
        return Target(pc, len, DecodeSAx(w));
      case Opcode::kJumpIfTrue:
      case Opcode::kJumpIfFalse:
      case Opcode::kJumpIfNull:
      case Opcode::kJumpIfNotNull:
      case Opcode::kSuspend:
        return Reg(pc, a) && Target(pc, len, DecodeSBx(w));
      case Opcode::kJumpLt:
      case Opcode::kJumpLe:
      case Opcode::kJumpGt:
      case Opcode::kJumpGe:
        return Reg(pc, a) && Reg(pc, b) && Target(pc, len, CompareJumpOffset(w1));
      case Opcode::kInstanceOf:
        return Reg(pc, a) && Reg(pc, b) && Index(pc, static_cast<int>(w1), m_.types.size(), "type");
      case Opcode::kCast:
      case Opcode::kCheckType:
      case Opcode::kLoadType:
        return Reg(pc, a) && Index(pc, bx, m_.types.size(), "type");
      case Opcode::kInstanceOfGeneric:
        return Reg(pc, a) && Reg(pc, b) && Reg(pc, c) &&
               Index(pc, static_cast<int>(w1), m_.types.size(), "type");
      case Opcode::kCastGeneric:
        return Reg(pc, a) && Reg(pc, b) &&
               Index(pc, static_cast<int>(w1 & 0x7fffffffu), m_.types.size(), "type");
      case Opcode::kLoadTypeGeneric:
        return Reg(pc, a) && Reg(pc, b) && Index(pc, static_cast<int>(w1), m_.types.size(), "type");
      case Opcode::kLoadTypeArgs:
        if (!Reg(pc, a) || !Reg(pc, b) ||
            !Index(pc, static_cast<int>(w1), m_.types.size(), "type")) {
          return false;
        }
        if (m_.types[w1].kind != TypeDesc::kTypeArguments) {
          return FailAt(pc, "LoadTypeArgs of a type that is no type-argument vector");
        }
        return true;
      case Opcode::kNewList:
      case Opcode::kInterpolate:
        return Reg(pc, a) && Regs(pc, b, c);
    }
    return FailAt(pc, std::string("the verifier has no rule for opcode ") + InfoOf(op).name);
  }

  const Module& m_;
  const FunctionDesc& f_;
  int index_;
  std::string* error_ = nullptr;
  std::vector<bool> starts_;
};

bool Fail(std::string* error, const std::string& message) {
  if (error != nullptr) *error = message;
  return false;
}

}  // namespace

bool VerifyFunction(const Module& module, int function_index, std::string* error) {
  if (function_index < 0 || function_index >= static_cast<int>(module.functions.size())) {
    return Fail(error, "no function " + std::to_string(function_index));
  }
  return FunctionVerifier(module, function_index).Run(error);
}

bool VerifyModule(const Module& module, std::string* error) {
  int functions = static_cast<int>(module.functions.size());
  int classes = static_cast<int>(module.classes.size());
  int names = static_cast<int>(module.names.size());
  if (module.arg_descs.empty() || !module.arg_descs[0].named.empty()) {
    return Fail(error, "arg_descs[0] must be the positional-only descriptor");
  }
  for (const ArgDesc& d : module.arg_descs) {
    for (int n : d.named) {
      if (n < 0 || n >= names) return Fail(error, "argument descriptor with a bad name");
    }
  }
  for (size_t i = 0; i < module.types.size(); i++) {
    const TypeDesc& t = module.types[i];
    if (t.kind == TypeDesc::kClass && (t.class_index < 0 || t.class_index >= classes)) {
      return Fail(error, "type T" + std::to_string(i) + " names a bad class");
    }
    if (t.kind > TypeDesc::kTypeArguments) {
      return Fail(error, "type T" + std::to_string(i) + " has an unknown kind");
    }
    if (t.kind == TypeDesc::kTypeParameter && t.class_index < -1) {
      return Fail(error, "type T" + std::to_string(i) + " is a type parameter with a bad index");
    }
    for (int arg : t.args) {
      // Arguments are interned before the types that use them (acyclic, so the VM can
      // instantiate types recursively).
      if (arg < 0 || arg >= static_cast<int>(i)) {
        return Fail(error, "type T" + std::to_string(i) + " has a bad type argument");
      }
    }
  }
  for (size_t i = 0; i < module.classes.size(); i++) {
    const ClassDesc& c = module.classes[i];
    std::string where = "class " + std::to_string(i) + " '" + c.name + "': ";
    if (c.superclass < -1 || c.superclass >= classes || c.superclass == static_cast<int>(i)) {
      return Fail(error, where + "bad superclass");
    }
    int inherited = c.superclass >= 0 ? module.classes[c.superclass].num_slots : 0;
    if (c.num_slots != inherited + static_cast<int>(c.fields.size())) {
      return Fail(error, where + "num_slots does not match the fields");
    }
    for (int interface : c.interfaces) {
      if (interface < 0 || interface >= classes) return Fail(error, where + "bad interface");
    }
    for (const FieldDesc& fd : c.fields) {
      if (fd.name < 0 || fd.name >= names) return Fail(error, where + "field with a bad name");
    }
    for (const MemberDesc& md : c.members) {
      if (md.name < 0 || md.name >= names) return Fail(error, where + "member with a bad name");
      if (md.function < -1 || md.function >= functions) {
        return Fail(error, where + "member with a bad function");
      }
    }
  }
  for (size_t i = 0; i < module.globals.size(); i++) {
    int init = module.globals[i].initializer;
    if (init < -1 || init >= functions) {
      return Fail(error, "global G" + std::to_string(i) + " has a bad initializer");
    }
  }
  for (size_t i = 0; i < module.const_objects.size(); i++) {
    int init = module.const_objects[i].initializer;
    if (init < 0 || init >= functions) {
      return Fail(error, "const object C" + std::to_string(i) + " has a bad initializer");
    }
  }
  if (module.main_function < -1 || module.main_function >= functions) {
    return Fail(error, "bad main_function");
  }
  for (int i = 0; i < functions; i++) {
    if (!VerifyFunction(module, i, error)) return false;
  }
  return true;
}

}  // namespace islet
