// The disassembler. Operands are decoded first by format (bytecode.h), then, for opcodes whose
// operands are indices, annotated with what they name. An opcode without a specific case still
// prints through its format, so a new opcode is readable the moment it is declared.

#include "vm/bytecode/disassembler.h"

#include <cinttypes>
#include <cstdio>
#include <string>

#include "vm/bytecode/bytecode.h"

namespace islet {

namespace {

const char* KindName(FunctionDesc::Kind kind) {
  switch (kind) {
    case FunctionDesc::kTopLevel:
      return "top-level";
    case FunctionDesc::kStatic:
      return "static";
    case FunctionDesc::kMethod:
      return "method";
    case FunctionDesc::kConstructor:
      return "constructor";
    case FunctionDesc::kFactory:
      return "factory";
    case FunctionDesc::kClosure:
      return "closure";
    case FunctionDesc::kInitializer:
      return "initializer";
  }
  return "?";
}

std::string Quote(const std::string& s) {
  std::string out = "'";
  for (char c : s) {
    if (c == '\n') {
      out += "\\n";
    } else if (c == '\t') {
      out += "\\t";
    } else if (c == '\r') {
      out += "\\r";
    } else if (c == '\'' || c == '\\') {
      out += '\\';
      out += c;
    } else {
      out += c;
    }
  }
  return out + "'";
}

std::string FormatDouble(double d) {
  char buf[64];
  std::snprintf(buf, sizeof buf, "%.17g", d);
  std::string s = buf;
  if (s.find_first_of(".eni") == std::string::npos) s += ".0";
  return s;
}

std::string ConstantText(const FunctionDesc& f, int index) {
  if (index < 0 || index >= static_cast<int>(f.constants.size())) return "<bad constant>";
  const Constant& c = f.constants[index];
  switch (c.kind) {
    case Constant::kNull:
      return "null";
    case Constant::kBool:
      return c.int_value ? "true" : "false";
    case Constant::kInt:
      return std::to_string(c.int_value);
    case Constant::kDouble:
      return FormatDouble(c.double_value);
    case Constant::kString:
      return Quote(c.string_value);
  }
  return "?";
}

std::string NameText(const Module& m, int index) {
  if (index < 0 || index >= static_cast<int>(m.names.size())) return "<bad name>";
  return m.names[index];
}

std::string FunctionText(const Module& m, int index) {
  if (index < 0 || index >= static_cast<int>(m.functions.size())) return "<bad function>";
  return "F" + std::to_string(index) + " " + m.functions[index].name;
}

std::string ClassText(const Module& m, int index) {
  if (index < 0 || index >= static_cast<int>(m.classes.size())) return "<bad class>";
  return m.classes[index].name;
}

std::string TypeText(const Module& m, int index) {
  if (index < 0 || index >= static_cast<int>(m.types.size())) return "<bad type>";
  return m.types[index].name;
}

// Whether type [index] mentions a reified type parameter (so a *Generic opcode reads its
// vector register). Arguments precede the types using them, so the recursion ends.
bool DependsOnTypeParameters(const Module& m, int index) {
  if (index < 0 || index >= static_cast<int>(m.types.size())) return false;
  const TypeDesc& t = m.types[index];
  if (t.kind == TypeDesc::kTypeParameter) return t.class_index >= 0;
  for (int arg : t.args) {
    if (arg < index && DependsOnTypeParameters(m, arg)) return true;
  }
  return false;
}

std::string GlobalText(const Module& m, int index) {
  if (index < 0 || index >= static_cast<int>(m.globals.size())) return "<bad global>";
  return m.globals[index].name;
}

std::string ArgDescText(const Module& m, int index) {
  if (index < 0 || index >= static_cast<int>(m.arg_descs.size())) return " <bad argdesc>";
  const ArgDesc& desc = m.arg_descs[index];
  if (desc.named.empty()) return "";
  std::string out = " named={";
  for (size_t i = 0; i < desc.named.size(); i++) {
    if (i > 0) out += ",";
    out += NameText(m, desc.named[i]);
  }
  return out + "}";
}

std::string R(int r) { return "r" + std::to_string(r); }

}  // namespace

std::string DisassembleInstruction(const Module& module, const FunctionDesc& f, int pc,
                                   int* length) {
  uint32_t w = f.code[pc];
  int op_index = static_cast<int>(w & 0xff);
  if (op_index >= kOpcodeCount) {
    *length = 1;
    return "<bad opcode " + std::to_string(op_index) + ">";
  }
  Opcode op = DecodeOp(w);
  const OpcodeInfo& info = InfoOf(op);
  *length = 1 + info.extra_words;
  uint32_t w1 = 0;
  uint32_t w2 = 0;
  bool truncated = pc + *length > static_cast<int>(f.code.size());
  if (!truncated && info.extra_words >= 1) w1 = f.code[pc + 1];
  if (!truncated && info.extra_words >= 2) w2 = f.code[pc + 2];
  int a = DecodeA(w);
  int b = DecodeB(w);
  int c = DecodeC(w);
  int bx = DecodeBx(w);
  auto target = [&](int offset) { return "-> " + std::to_string(pc + *length + offset); };

  // Operands by format: every opcode gets at least this.
  std::string operands;
  switch (info.format) {
    case OperandFormat::kNone:
      break;
    case OperandFormat::kA:
      operands = R(a);
      break;
    case OperandFormat::kAB:
      operands = R(a) + ", " + R(b);
      break;
    case OperandFormat::kABC:
      operands = R(a) + ", " + R(b) + ", " + R(c);
      break;
    case OperandFormat::kABx:
      operands = R(a) + ", " + std::to_string(bx);
      break;
    case OperandFormat::kAsBx:
      operands = R(a) + ", " + std::to_string(DecodeSBx(w));
      break;
    case OperandFormat::ksAx:
      operands = std::to_string(DecodeSAx(w));
      break;
    case OperandFormat::kABsC:
      operands = R(a) + ", " + R(b) + ", " + std::to_string(DecodeSC(w));
      break;
    default:
      operands = "<unknown format>";
      break;
  }

  // Opcodes whose operands are not all registers: say what they are.
  std::string comment;
  switch (op) {
    case Opcode::kLoadConst:
      operands = R(a) + ", K" + std::to_string(bx);
      comment = ConstantText(f, bx);
      break;
    case Opcode::kCheckInit:
    case Opcode::kCheckUninit:
      operands = R(a) + ", K" + std::to_string(bx);
      comment = ConstantText(f, bx);
      break;
    case Opcode::kLoadConstObject:
      operands = R(a) + ", C" + std::to_string(bx);
      if (bx < static_cast<int>(module.const_objects.size())) {
        comment = FunctionText(module, module.const_objects[bx].initializer);
      } else {
        comment = "<bad const object>";
      }
      break;
    case Opcode::kGetGlobal:
    case Opcode::kSetGlobal:
      operands = R(a) + ", G" + std::to_string(bx);
      comment = GlobalText(module, bx);
      break;
    case Opcode::kGetCapture:
    case Opcode::kGetCaptureBox:
    case Opcode::kSetCaptureBox:
      operands = R(a) + ", capture " + std::to_string(b);
      break;
    case Opcode::kClosure:
      operands = R(a) + ", F" + std::to_string(bx);
      comment = FunctionText(module, bx);
      break;
    case Opcode::kNew:
      operands = R(a) + ", class " + std::to_string(bx);
      comment = ClassText(module, bx);
      break;
    case Opcode::kGetField:
    case Opcode::kSetField:
      operands = R(a) + ", " + R(b) + ", slot " + std::to_string(c);
      break;
    case Opcode::kGetProp:
    case Opcode::kSetProp:
      operands = R(a) + ", " + R(b) + ", " + NameText(module, static_cast<int>(w1 & 0xffff));
      comment = "ic " + std::to_string(w1 >> 16);
      break;
    case Opcode::kInvoke:
      operands = R(a) + ", " + std::to_string(b) + ", " +
                 NameText(module, static_cast<int>(w1 & 0xffff)) +
                 ArgDescText(module, static_cast<int>(w2 >> 16));
      comment = "ic " + std::to_string(w2 & 0xffff);
      break;
    case Opcode::kCallStatic:
      operands = R(a) + ", " + std::to_string(b) + ", F" + std::to_string(w1) +
                 ArgDescText(module, static_cast<int>(w2 >> 16));
      comment = FunctionText(module, static_cast<int>(w1));
      break;
    case Opcode::kCallClosure:
      operands = R(a) + ", " + std::to_string(b) + ArgDescText(module, static_cast<int>(w1 >> 16));
      comment = "ic " + std::to_string(w1 & 0xffff);
      break;
    case Opcode::kJump:
    case Opcode::kJumpLoop:
    case Opcode::kJumpIfNoAsserts:
      operands = target(DecodeSAx(w));
      break;
    case Opcode::kJumpIfTrue:
    case Opcode::kJumpIfFalse:
    case Opcode::kJumpIfNull:
    case Opcode::kJumpIfNotNull:
    case Opcode::kSuspend:
      operands = R(a) + ", " + target(DecodeSBx(w));
      break;
    case Opcode::kJumpLt:
    case Opcode::kJumpLe:
    case Opcode::kJumpGt:
    case Opcode::kJumpGe:
      operands = R(a) + ", " + R(b) + ", " + ((w1 & 1) ? "if true " : "if false ") +
                 target(CompareJumpOffset(w1));
      break;
    case Opcode::kInstanceOf:
      operands = R(a) + ", " + R(b) + ", T" + std::to_string(w1);
      comment = TypeText(module, static_cast<int>(w1));
      break;
    case Opcode::kCast:
    case Opcode::kCheckType:
    case Opcode::kLoadType:
      operands = R(a) + ", T" + std::to_string(bx);
      comment = TypeText(module, bx);
      break;
    case Opcode::kInstanceOfGeneric:
      operands = R(a) + ", " + R(b) + ", T" + std::to_string(w1) + " under " + R(c);
      comment = TypeText(module, static_cast<int>(w1));
      break;
    case Opcode::kCastGeneric:
      operands = R(a) + ", T" + std::to_string(w1 & 0x7fffffffu) + " under " + R(b) +
                 ((w1 >> 31) != 0 ? " implicit" : "");
      comment = TypeText(module, static_cast<int>(w1 & 0x7fffffffu));
      break;
    case Opcode::kLoadTypeGeneric:
    case Opcode::kLoadTypeArgs:
      // A vector that needs no type parameters does not read R[B].
      operands = R(a) + ", T" + std::to_string(w1);
      if (DependsOnTypeParameters(module, static_cast<int>(w1))) operands += " under " + R(b);
      comment = TypeText(module, static_cast<int>(w1));
      break;
    case Opcode::kNewList:
    case Opcode::kInterpolate:
      operands = R(a) + ", " + R(b) + ", " + std::to_string(c);
      break;
    default:
      break;
  }
  if (truncated) comment += " <truncated>";
  char buf[64];
  std::snprintf(buf, sizeof buf, "%-16s", info.name);
  std::string line = buf;
  if (line.size() > 16) line += ' ';  // A name of 16 or more characters still gets a space.
  line += operands;
  if (!comment.empty()) {
    if (line.size() < 48) line.append(48 - line.size(), ' ');
    line += " ; " + comment;
  }
  while (!line.empty() && line.back() == ' ') line.pop_back();
  return line;
}

std::string DisassembleFunction(const Module& module, int function_index) {
  if (function_index < 0 || function_index >= static_cast<int>(module.functions.size())) {
    return "<bad function " + std::to_string(function_index) + ">\n";
  }
  const FunctionDesc& f = module.functions[function_index];
  std::string out =
      "function F" + std::to_string(function_index) + " '" + f.name + "' " + KindName(f.kind);
  if (f.is_getter) out += " getter";
  if (f.is_setter) out += " setter";
  if (f.owner_class >= 0) out += " class=" + ClassText(module, f.owner_class);
  out += " params=" + std::to_string(f.num_required);
  if (f.num_optional_positional > 0) out += "+[" + std::to_string(f.num_optional_positional) + "]";
  if (!f.named_params.empty()) {
    out += "+{";
    for (size_t i = 0; i < f.named_params.size(); i++) {
      if (i > 0) out += ",";
      if (i < f.named_required.size() && f.named_required[i]) out += "required ";
      out += NameText(module, f.named_params[i]);
    }
    out += "}";
  }
  if (f.is_external) return out + " external " + Quote(f.native_name) + "\n";
  out += " registers=" + std::to_string(f.num_registers) + " ics=" + std::to_string(f.num_ics);
  if (!f.defaults.empty()) {
    out += " defaults=(";
    for (size_t i = 0; i < f.defaults.size(); i++) {
      if (i > 0) out += ", ";
      int d = f.defaults[i];
      out += d == -1 ? "null" : d == -2 ? "<computed>" : ConstantText(f, d);
    }
    out += ")";
  }
  out += "\n";
  if (!f.captures.empty()) {
    out += "  captures:";
    for (const CaptureDesc& c : f.captures) {
      out += c.from_parent_capture ? " capture " + std::to_string(c.index) : " " + R(c.index);
    }
    out += "\n";
  }
  size_t line_index = 0;
  int pc = 0;
  int size = static_cast<int>(f.code.size());
  while (pc < size) {
    std::string pos;
    while (line_index < f.lines.size() && f.lines[line_index].pc <= static_cast<uint32_t>(pc)) {
      if (f.lines[line_index].pc == static_cast<uint32_t>(pc) || pos.empty()) {
        pos = std::to_string(f.lines[line_index].line) + ":" +
              std::to_string(f.lines[line_index].column);
      }
      line_index++;
    }
    int length = 1;
    std::string text = DisassembleInstruction(module, f, pc, &length);
    char buf[32];
    std::snprintf(buf, sizeof buf, "  %4d %7s  ", pc, pos.c_str());
    out += buf + text + "\n";
    pc += length;
  }
  for (const HandlerDesc& h : f.handlers) {
    out += "  handler [" + std::to_string(h.start) + ", " + std::to_string(h.end) + ") -> " +
           std::to_string(h.handler) + " exception=" + R(h.exception_reg) +
           " stack=" + R(h.stack_reg) + "\n";
  }
  return out;
}

std::string DisassembleModule(const Module& module, bool include_dart_libraries) {
  auto is_dart = [&](int library) {
    return library >= 0 && library < static_cast<int>(module.libraries.size()) &&
           module.libraries[library].uri.rfind("dart:", 0) == 0;
  };
  std::string out;
  for (size_t i = 0; i < module.classes.size(); i++) {
    const ClassDesc& c = module.classes[i];
    if (!include_dart_libraries && is_dart(c.library)) continue;
    out += "class " + std::to_string(i) + " " + c.name;
    if (c.superclass >= 0) out += " extends " + ClassText(module, c.superclass);
    if (!c.interfaces.empty()) {
      out += " implements";
      for (int interface : c.interfaces) out += " " + ClassText(module, interface);
    }
    if (c.is_abstract) out += " abstract";
    if (c.is_enum) out += " enum";
    out += " slots=" + std::to_string(c.num_slots) + "\n";
    int first_slot = c.num_slots - static_cast<int>(c.fields.size());
    for (size_t j = 0; j < c.fields.size(); j++) {
      const FieldDesc& fd = c.fields[j];
      out += "  field slot " + std::to_string(first_slot + static_cast<int>(j)) + " " +
             NameText(module, fd.name) + (fd.is_final ? " final" : "") +
             (fd.is_late ? " late" : "") + "\n";
    }
    for (const MemberDesc& m : c.members) {
      const char* kind = m.kind == MemberDesc::kGetter   ? "getter"
                         : m.kind == MemberDesc::kSetter ? "setter"
                                                         : "method";
      out += std::string("  ") + kind + " " + NameText(module, m.name) + " -> " +
             (m.function < 0 ? "abstract" : FunctionText(module, m.function)) + "\n";
    }
  }
  for (size_t i = 0; i < module.globals.size(); i++) {
    const GlobalDesc& g = module.globals[i];
    if (!include_dart_libraries && is_dart(g.library)) continue;
    out += "global G" + std::to_string(i) + " " + g.name + (g.is_const ? " const" : "") +
           (g.is_final ? " final" : "") + (g.is_late ? " late" : "");
    if (g.initializer >= 0) out += " = " + FunctionText(module, g.initializer);
    out += "\n";
  }
  for (size_t i = 0; i < module.const_objects.size(); i++) {
    int init = module.const_objects[i].initializer;
    if (!include_dart_libraries && init >= 0 && init < static_cast<int>(module.functions.size()) &&
        is_dart(module.functions[init].library)) {
      continue;
    }
    out += "const C" + std::to_string(i) + " = " + FunctionText(module, init) + "\n";
  }
  if (!out.empty()) out += "\n";
  for (size_t i = 0; i < module.functions.size(); i++) {
    if (!include_dart_libraries && is_dart(module.functions[i].library)) continue;
    out += DisassembleFunction(module, static_cast<int>(i));
    out += "\n";
  }
  return out;
}

}  // namespace islet
