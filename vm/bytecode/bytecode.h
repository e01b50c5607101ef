// The bytecode instruction format: the Opcode enum and format table expanded from opcodes.def,
// and the helpers that encode and decode one instruction word. Owns nothing else: the Module
// (module.h) holds code, and the interpreter (vm/interpreter.cc) executes it.
//
// Invariant: every opcode in opcodes.def has exactly one entry in kOpcodeInfo, in enum order.

#ifndef ISLET_VM_BYTECODE_BYTECODE_H_
#define ISLET_VM_BYTECODE_BYTECODE_H_

#include <cstdint>

#include "vm/bytecode/opcodes.def"

namespace islet {

enum class Opcode : uint8_t {
#define ISLET_OPCODE_ENUM(name, format, extra, effect, comment) k##name,
  ISLET_OPCODES(ISLET_OPCODE_ENUM)
#undef ISLET_OPCODE_ENUM
};

#define ISLET_OPCODE_COUNT_ONE(name, format, extra, effect, comment) +1
constexpr int kOpcodeCount = 0 ISLET_OPCODES(ISLET_OPCODE_COUNT_ONE);
#undef ISLET_OPCODE_COUNT_ONE

// How the operand bits of an instruction word are split (see opcodes.def).
enum class OperandFormat : uint8_t { kNone, kA, kAB, kABC, kABx, kAsBx, ksAx, kABsC };

// What derived code needs to know of one opcode.
struct OpcodeInfo {
  const char* name;
  OperandFormat format;
  int extra_words;     // Whole operand words following the instruction word.
  const char* effect;  // A short formula for the disassembler.
};

inline constexpr OpcodeInfo kOpcodeInfo[] = {
#define ISLET_OPCODE_INFO(name, format, extra, effect, comment) \
  {#name, OperandFormat::format, extra, effect},
    ISLET_OPCODES(ISLET_OPCODE_INFO)
#undef ISLET_OPCODE_INFO
};
static_assert(sizeof(kOpcodeInfo) / sizeof(kOpcodeInfo[0]) == kOpcodeCount);

inline const OpcodeInfo& InfoOf(Opcode op) { return kOpcodeInfo[static_cast<int>(op)]; }

// The number of words one instruction with opcode [op] occupies.
inline int InstructionLength(Opcode op) { return 1 + InfoOf(op).extra_words; }

// Limits of the encoding. Each is what the operand field can hold; the code generator reports a
// compile error ("... is too large") rather than emitting an instruction that cannot hold it.
constexpr int kMaxRegisters = 256;  // A, B and C are 8 bits.
constexpr int kMaxBx = 0xffff;      // Unsigned 16-bit Bx.
constexpr int kMinSBx = -0x8000;    // Signed 16-bit sBx.
constexpr int kMaxSBx = 0x7fff;
constexpr int kMinSAx = -(1 << 23);  // Signed 24-bit sAx.
constexpr int kMaxSAx = (1 << 23) - 1;
constexpr int kMinSC = -128;  // Signed 8-bit C of kABsC.
constexpr int kMaxSC = 127;

inline constexpr uint32_t EncodeABC(Opcode op, int a, int b, int c) {
  return static_cast<uint32_t>(op) | (static_cast<uint32_t>(a & 0xff) << 8) |
         (static_cast<uint32_t>(b & 0xff) << 16) | (static_cast<uint32_t>(c & 0xff) << 24);
}
inline constexpr uint32_t EncodeABx(Opcode op, int a, int bx) {
  return static_cast<uint32_t>(op) | (static_cast<uint32_t>(a & 0xff) << 8) |
         (static_cast<uint32_t>(bx & 0xffff) << 16);
}
inline constexpr uint32_t EncodeSAx(Opcode op, int sax) {
  return static_cast<uint32_t>(op) | (static_cast<uint32_t>(sax & 0xffffff) << 8);
}

// JumpLt/Le/Gt/Ge: compare two registers and branch, the offset in the operand word.
inline constexpr bool IsCompareJump(Opcode op) {
  return op == Opcode::kJumpLt || op == Opcode::kJumpLe || op == Opcode::kJumpGt ||
         op == Opcode::kJumpGe;
}
// The branch offset of a compare-jump's operand word (bit 0 is the outcome that jumps).
inline constexpr int CompareJumpOffset(uint32_t w1) { return static_cast<int32_t>(w1) >> 1; }

inline constexpr Opcode DecodeOp(uint32_t w) { return static_cast<Opcode>(w & 0xff); }
inline constexpr int DecodeA(uint32_t w) { return (w >> 8) & 0xff; }
inline constexpr int DecodeB(uint32_t w) { return (w >> 16) & 0xff; }
inline constexpr int DecodeC(uint32_t w) { return (w >> 24) & 0xff; }
inline constexpr int DecodeSC(uint32_t w) { return static_cast<int8_t>((w >> 24) & 0xff); }
inline constexpr int DecodeBx(uint32_t w) { return (w >> 16) & 0xffff; }
inline constexpr int DecodeSBx(uint32_t w) { return static_cast<int16_t>((w >> 16) & 0xffff); }
inline constexpr int DecodeSAx(uint32_t w) { return static_cast<int32_t>(w) >> 8; }

}  // namespace islet

#endif  // ISLET_VM_BYTECODE_BYTECODE_H_
