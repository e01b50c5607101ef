// Tests of the bytecode format helpers (encode/decode), the disassembler (every opcode of
// opcodes.def must disassemble through a known format) and the verifier (well-formed code
// passes; each kind of malformed code is rejected with a message).

#include "vm/bytecode/bytecode.h"

#include <gtest/gtest.h>

#include <string>

#include "vm/bytecode/disassembler.h"
#include "vm/bytecode/module.h"
#include "vm/bytecode/verifier.h"

namespace islet {
namespace {

TEST(BytecodeTest, EncodeDecodeRoundTrips) {
  for (int op = 0; op < kOpcodeCount; op++) {
    Opcode o = static_cast<Opcode>(op);
    uint32_t w = EncodeABC(o, 255, 17, 200);
    EXPECT_EQ(DecodeOp(w), o);
    EXPECT_EQ(DecodeA(w), 255);
    EXPECT_EQ(DecodeB(w), 17);
    EXPECT_EQ(DecodeC(w), 200);
  }
  for (int bx : {0, 1, 12345, kMaxBx}) {
    uint32_t w = EncodeABx(Opcode::kLoadConst, 3, bx);
    EXPECT_EQ(DecodeOp(w), Opcode::kLoadConst);
    EXPECT_EQ(DecodeA(w), 3);
    EXPECT_EQ(DecodeBx(w), bx);
  }
  for (int sbx : {kMinSBx, -1, 0, 1, kMaxSBx}) {
    uint32_t w = EncodeABx(Opcode::kLoadInt, 9, sbx);
    EXPECT_EQ(DecodeA(w), 9);
    EXPECT_EQ(DecodeSBx(w), sbx);
  }
  for (int sax : {kMinSAx, -70000, -1, 0, 1, 70000, kMaxSAx}) {
    uint32_t w = EncodeSAx(Opcode::kJump, sax);
    EXPECT_EQ(DecodeOp(w), Opcode::kJump);
    EXPECT_EQ(DecodeSAx(w), sax);
  }
  for (int sc : {kMinSC, -1, 0, 1, kMaxSC}) {
    uint32_t w = EncodeABC(Opcode::kAddInt, 1, 2, sc);
    EXPECT_EQ(DecodeSC(w), sc);
  }
}

TEST(BytecodeTest, OpcodeTableMatchesEnum) {
  EXPECT_STREQ(InfoOf(Opcode::kNop).name, "Nop");
  EXPECT_STREQ(InfoOf(Opcode::kInterpolate).name, "Interpolate");
  EXPECT_EQ(InstructionLength(Opcode::kInvoke), 3);
  EXPECT_EQ(InstructionLength(Opcode::kGetProp), 2);
  EXPECT_EQ(InstructionLength(Opcode::kMove), 1);
}

// A module with one of everything an instruction can refer to, so that every opcode with
// index operands has valid targets.
Module MakeModule() {
  Module m;
  m.libraries.push_back(LibraryDesc{"file:///t.dart", "t.dart"});
  m.names = {"foo", "x"};
  m.arg_descs.push_back(ArgDesc{});
  m.arg_descs.push_back(ArgDesc{0, {1}});
  TypeDesc t;
  t.kind = TypeDesc::kDynamic;
  t.name = "dynamic";
  m.types.push_back(t);
  ClassDesc c;
  c.name = "C";
  c.library = 0;
  m.classes.push_back(c);
  GlobalDesc g;
  g.name = "g";
  g.library = 0;
  m.globals.push_back(g);
  FunctionDesc f;
  f.name = "f";
  f.library = 0;
  f.num_registers = 8;
  f.num_ics = 1;
  Constant k;
  k.kind = Constant::kString;
  k.string_value = "s";
  f.constants.push_back(k);
  m.functions.push_back(f);
  FunctionDesc closure;
  closure.name = "f.<anonymous closure>";
  closure.kind = FunctionDesc::kClosure;
  closure.library = 0;
  closure.num_registers = 2;
  closure.code.push_back(EncodeABC(Opcode::kReturnNull, 0, 0, 0));
  closure.captures.push_back(CaptureDesc{false, 1});
  m.functions.push_back(closure);
  m.const_objects.push_back(ConstObjectDesc{1});
  return m;
}

TEST(DisassemblerTest, EveryOpcodeDisassembles) {
  Module m = MakeModule();
  for (int op = 0; op < kOpcodeCount; op++) {
    Opcode o = static_cast<Opcode>(op);
    FunctionDesc& f = m.functions[0];
    f.code.clear();
    // Operand fields of 0 are valid for every opcode (register 0, index 0, offset 0).
    f.code.push_back(EncodeABC(o, 0, 0, 0));
    for (int i = 0; i < InfoOf(o).extra_words; i++) f.code.push_back(0);
    int length = 0;
    std::string text = DisassembleInstruction(m, f, 0, &length);
    SCOPED_TRACE(InfoOf(o).name);
    EXPECT_EQ(length, InstructionLength(o));
    EXPECT_EQ(text.rfind(InfoOf(o).name, 0), 0u) << text;
    EXPECT_EQ(text.find("unknown"), std::string::npos) << text;
    EXPECT_EQ(text.find("<bad"), std::string::npos) << text;
    EXPECT_EQ(text.find("truncated"), std::string::npos) << text;
  }
}

TEST(DisassemblerTest, AnnotatesIndices) {
  Module m = MakeModule();
  FunctionDesc& f = m.functions[0];
  f.code = {EncodeABx(Opcode::kLoadConst, 1, 0),
            EncodeABx(Opcode::kGetGlobal, 2, 0),
            EncodeABC(Opcode::kInvoke, 3, 1, 0),
            0,
            (0u << 16) | 0u,
            EncodeSAx(Opcode::kJump, -6),
            EncodeABC(Opcode::kReturn, 1, 0, 0)};
  f.lines.push_back(LineEntry{0, 3, 7});
  std::string text = DisassembleFunction(m, 0);
  EXPECT_NE(text.find("LoadConst       r1, K0"), std::string::npos) << text;
  EXPECT_NE(text.find("'s'"), std::string::npos) << text;
  EXPECT_NE(text.find("; g"), std::string::npos) << text;
  EXPECT_NE(text.find("Invoke          r3, 1, foo"), std::string::npos) << text;
  EXPECT_NE(text.find("-> 0"), std::string::npos) << text;
  EXPECT_NE(text.find("3:7"), std::string::npos) << text;
}

TEST(VerifierTest, AcceptsWellFormedCode) {
  Module m = MakeModule();
  FunctionDesc& f = m.functions[0];
  f.code = {EncodeABx(Opcode::kLoadConst, 1, 0),
            EncodeABx(Opcode::kJumpIfFalse, 1, 1),
            EncodeABx(Opcode::kClosure, 2, 1),
            EncodeABC(Opcode::kInvoke, 3, 1, 0),
            0,
            (1u << 16) | 0u,
            EncodeABC(Opcode::kReturn, 3, 0, 0)};
  std::string error;
  EXPECT_TRUE(VerifyModule(m, &error)) << error;
}

TEST(VerifierTest, RejectsMalformedCode) {
  struct Case {
    const char* what;
    std::vector<uint32_t> code;
    const char* message;
  };
  std::vector<Case> cases = {
      {"register",
       {EncodeABC(Opcode::kMove, 8, 0, 0), EncodeABC(Opcode::kReturnNull, 0, 0, 0)},
       "register r8"},
      {"constant",
       {EncodeABx(Opcode::kLoadConst, 1, 5), EncodeABC(Opcode::kReturnNull, 0, 0, 0)},
       "constant index"},
      {"global",
       {EncodeABx(Opcode::kGetGlobal, 1, 1), EncodeABC(Opcode::kReturnNull, 0, 0, 0)},
       "global index"},
      {"class",
       {EncodeABx(Opcode::kNew, 1, 3), EncodeABC(Opcode::kReturnNull, 0, 0, 0)},
       "class index"},
      {"jump outside",
       {EncodeSAx(Opcode::kJump, 5), EncodeABC(Opcode::kReturnNull, 0, 0, 0)},
       "jump target"},
      {"jump into operand",
       {EncodeSAx(Opcode::kJump, 1), EncodeABC(Opcode::kGetProp, 1, 1, 0), 0,
        EncodeABC(Opcode::kReturnNull, 0, 0, 0)},
       "jump target"},
      {"falls off", {EncodeABC(Opcode::kMove, 1, 2, 0)}, "run past its end"},
      {"truncated",
       {EncodeABC(Opcode::kReturnNull, 0, 0, 0), EncodeABC(Opcode::kGetProp, 1, 1, 0)},
       "past the end"},
      {"call registers",
       {EncodeABC(Opcode::kCallStatic, 5, 3, 0), 0, 0, EncodeABC(Opcode::kReturnNull, 0, 0, 0)},
       "register r8"},
      {"name",
       {EncodeABC(Opcode::kGetProp, 1, 1, 0), 7, EncodeABC(Opcode::kReturnNull, 0, 0, 0)},
       "name index"},
      {"capture outside closure",
       {EncodeABC(Opcode::kGetCapture, 1, 0, 0), EncodeABC(Opcode::kReturnNull, 0, 0, 0)},
       "capture"},
      {"argdesc count",
       {EncodeABC(Opcode::kInvoke, 1, 2, 0), 0, (1u << 16),
        EncodeABC(Opcode::kReturnNull, 0, 0, 0)},
       "argument descriptor"},
      {"bad opcode", {0xff, EncodeABC(Opcode::kReturnNull, 0, 0, 0)}, "unknown opcode"},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.what);
    Module m = MakeModule();
    m.functions[0].code = c.code;
    std::string error;
    EXPECT_FALSE(VerifyModule(m, &error));
    EXPECT_NE(error.find(c.message), std::string::npos) << error;
  }
}

TEST(VerifierTest, RejectsBadHandlersAndTables) {
  Module m = MakeModule();
  FunctionDesc& f = m.functions[0];
  f.code = {EncodeABC(Opcode::kLoadNull, 1, 0, 0), EncodeABC(Opcode::kReturnNull, 0, 0, 0)};
  f.handlers.push_back(HandlerDesc{0, 1, 5, 1, 2});
  std::string error;
  EXPECT_FALSE(VerifyModule(m, &error));
  EXPECT_NE(error.find("handler target"), std::string::npos) << error;
  f.handlers[0] = HandlerDesc{1, 1, 0, 1, 2};
  EXPECT_FALSE(VerifyModule(m, &error));
  f.handlers[0] = HandlerDesc{0, 1, 1, 9, 2};
  EXPECT_FALSE(VerifyModule(m, &error));
  f.handlers[0] = HandlerDesc{0, 1, 1, 1, 2};
  EXPECT_TRUE(VerifyModule(m, &error)) << error;

  m.classes[0].superclass = 4;
  EXPECT_FALSE(VerifyModule(m, &error));
  EXPECT_NE(error.find("superclass"), std::string::npos) << error;
  m.classes[0].superclass = -1;
  m.main_function = 9;
  EXPECT_FALSE(VerifyModule(m, &error));
  m.main_function = 0;
  m.const_objects[0].initializer = 7;
  EXPECT_FALSE(VerifyModule(m, &error));
}

}  // namespace
}  // namespace islet
