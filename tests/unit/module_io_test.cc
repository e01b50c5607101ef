// Tests of the Module encoding (vm/bytecode/module_io.h): every field survives a round trip,
// the real dart: libraries' Module too, and input that is not a Module of this build (another
// magic, version or opcode table, truncated, corrupt or with trailing bytes) is refused with
// a reason, never read out of bounds.

#include "vm/bytecode/module_io.h"

#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <string>

#include "compiler/stdlib_snapshot.h"
#include "stdlib/snapshot.h"
#include "vm/bytecode/bytecode.h"
#include "vm/bytecode/disassembler.h"
#include "vm/bytecode/verifier.h"

namespace islet {
namespace {

// A Module with every field of every struct set to something other than its default.
Module SampleModule() {
  Module m;
  m.libraries = {{"dart:core", "dart:core"}, {"file:///a/main.dart", "main.dart"}};
  m.names = {"x", "add", "", "\xc3\xa9t\xc3\xa9"};
  m.arg_descs = {ArgDesc{}, ArgDesc{2, {0, 1}}};
  TypeDesc list;
  list.kind = TypeDesc::kClass;
  list.nullable = true;
  list.class_index = 1;
  list.args = {1};
  list.name = "List<int>?";
  TypeDesc dynamic_type;
  dynamic_type.name = "dynamic";
  m.types = {dynamic_type, list};
  ClassDesc object;
  object.name = "Object";
  object.library = 0;
  ClassDesc point;
  point.name = "Point";
  point.library = 1;
  point.superclass = 0;
  point.interfaces = {0};
  point.type_params = {"T", "U"};
  point.is_abstract = true;
  point.is_enum = true;
  point.fields = {FieldDesc{0, true, false}, FieldDesc{3, false, true}};
  point.members = {MemberDesc{MemberDesc::kGetter, 0, 1}, MemberDesc{MemberDesc::kMethod, 1, -1}};
  point.num_slots = 2;
  point.pos = 12345;
  m.classes = {object, point};
  FunctionDesc f;
  f.name = "Point.add";
  f.kind = FunctionDesc::kMethod;
  f.library = 1;
  f.owner_class = 1;
  f.is_getter = true;
  f.is_setter = true;
  f.is_external = true;
  f.native_name = "Point.add";
  f.async_kind = 3;
  f.num_required = 1;
  f.num_optional_positional = 2;
  f.named_params = {0, 1};
  f.named_required = {true, false};
  f.defaults = {-1, kComputedDefault, 0, 1};
  f.param_names = {0, 1, 3};
  f.num_registers = 200;
  f.num_ics = 7;
  f.code = {EncodeABC(Opcode::kMove, 1, 2, 0), 0xffffffffu, 0, EncodeABC(Opcode::kReturn, 1, 0, 0)};
  Constant c_null;
  Constant c_bool;
  c_bool.kind = Constant::kBool;
  c_bool.int_value = 1;
  Constant c_int;
  c_int.kind = Constant::kInt;
  c_int.int_value = INT64_MIN;
  Constant c_double;
  c_double.kind = Constant::kDouble;
  c_double.double_value = -0.0;
  Constant c_string;
  c_string.kind = Constant::kString;
  c_string.string_value = std::string("a\0b", 3);
  f.constants = {c_null, c_bool, c_int, c_double, c_string};
  f.handlers = {HandlerDesc{1, 3, 3, 4, 5}};
  f.lines = {LineEntry{0, 1, 2}, LineEntry{3, 100000, 7}, LineEntry{3, 2, 1}};
  f.captures = {CaptureDesc{true, 2}, CaptureDesc{false, 0}};
  f.pos = 77;
  FunctionDesc g;
  g.name = "main";
  g.library = 1;
  g.code = {EncodeABC(Opcode::kReturnNull, 0, 0, 0)};
  m.functions = {f, g};
  GlobalDesc global;
  global.name = "Point.origin";
  global.library = 1;
  global.owner_class = 1;
  global.initializer = 1;
  global.is_final = true;
  global.is_const = true;
  global.is_late = true;
  m.globals = {global};
  m.const_objects = {ConstObjectDesc{1}};
  m.main_function = 1;
  return m;
}

bool Read(const std::string& bytes, Module* m, std::string* error) {
  return ReadModule(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size(), m, error);
}

void ExpectSame(const Module& a, const Module& b) {
  ASSERT_EQ(a.libraries.size(), b.libraries.size());
  for (size_t i = 0; i < a.libraries.size(); i++) {
    EXPECT_EQ(a.libraries[i].uri, b.libraries[i].uri);
    EXPECT_EQ(a.libraries[i].path, b.libraries[i].path);
  }
  EXPECT_EQ(a.names, b.names);
  ASSERT_EQ(a.arg_descs.size(), b.arg_descs.size());
  for (size_t i = 0; i < a.arg_descs.size(); i++) {
    EXPECT_EQ(a.arg_descs[i].positional, b.arg_descs[i].positional);
    EXPECT_EQ(a.arg_descs[i].named, b.arg_descs[i].named);
  }
  ASSERT_EQ(a.types.size(), b.types.size());
  for (size_t i = 0; i < a.types.size(); i++) {
    EXPECT_EQ(a.types[i].kind, b.types[i].kind);
    EXPECT_EQ(a.types[i].nullable, b.types[i].nullable);
    EXPECT_EQ(a.types[i].class_index, b.types[i].class_index);
    EXPECT_EQ(a.types[i].args, b.types[i].args);
    EXPECT_EQ(a.types[i].name, b.types[i].name);
  }
  ASSERT_EQ(a.classes.size(), b.classes.size());
  for (size_t i = 0; i < a.classes.size(); i++) {
    const ClassDesc& x = a.classes[i];
    const ClassDesc& y = b.classes[i];
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.library, y.library);
    EXPECT_EQ(x.superclass, y.superclass);
    EXPECT_EQ(x.interfaces, y.interfaces);
    EXPECT_EQ(x.type_params, y.type_params);
    EXPECT_EQ(x.is_abstract, y.is_abstract);
    EXPECT_EQ(x.is_enum, y.is_enum);
    ASSERT_EQ(x.fields.size(), y.fields.size());
    for (size_t k = 0; k < x.fields.size(); k++) {
      EXPECT_EQ(x.fields[k].name, y.fields[k].name);
      EXPECT_EQ(x.fields[k].is_final, y.fields[k].is_final);
      EXPECT_EQ(x.fields[k].is_late, y.fields[k].is_late);
    }
    ASSERT_EQ(x.members.size(), y.members.size());
    for (size_t k = 0; k < x.members.size(); k++) {
      EXPECT_EQ(x.members[k].kind, y.members[k].kind);
      EXPECT_EQ(x.members[k].name, y.members[k].name);
      EXPECT_EQ(x.members[k].function, y.members[k].function);
    }
    EXPECT_EQ(x.num_slots, y.num_slots);
    EXPECT_EQ(x.pos, y.pos);
  }
  ASSERT_EQ(a.functions.size(), b.functions.size());
  for (size_t i = 0; i < a.functions.size(); i++) {
    const FunctionDesc& x = a.functions[i];
    const FunctionDesc& y = b.functions[i];
    EXPECT_EQ(x.name, y.name);
    EXPECT_EQ(x.kind, y.kind);
    EXPECT_EQ(x.library, y.library);
    EXPECT_EQ(x.owner_class, y.owner_class);
    EXPECT_EQ(x.is_getter, y.is_getter);
    EXPECT_EQ(x.is_setter, y.is_setter);
    EXPECT_EQ(x.is_external, y.is_external);
    EXPECT_EQ(x.native_name, y.native_name);
    EXPECT_EQ(x.async_kind, y.async_kind);
    EXPECT_EQ(x.num_required, y.num_required);
    EXPECT_EQ(x.num_optional_positional, y.num_optional_positional);
    EXPECT_EQ(x.named_params, y.named_params);
    EXPECT_EQ(x.named_required, y.named_required);
    EXPECT_EQ(x.defaults, y.defaults);
    EXPECT_EQ(x.param_names, y.param_names);
    EXPECT_EQ(x.num_registers, y.num_registers);
    EXPECT_EQ(x.num_ics, y.num_ics);
    EXPECT_EQ(x.code, y.code);
    ASSERT_EQ(x.constants.size(), y.constants.size());
    for (size_t k = 0; k < x.constants.size(); k++) {
      EXPECT_EQ(x.constants[k].kind, y.constants[k].kind);
      EXPECT_EQ(x.constants[k].int_value, y.constants[k].int_value);
      EXPECT_EQ(std::signbit(x.constants[k].double_value),
                std::signbit(y.constants[k].double_value));
      EXPECT_EQ(x.constants[k].double_value, y.constants[k].double_value);
      EXPECT_EQ(x.constants[k].string_value, y.constants[k].string_value);
    }
    ASSERT_EQ(x.handlers.size(), y.handlers.size());
    for (size_t k = 0; k < x.handlers.size(); k++) {
      EXPECT_EQ(x.handlers[k].start, y.handlers[k].start);
      EXPECT_EQ(x.handlers[k].end, y.handlers[k].end);
      EXPECT_EQ(x.handlers[k].handler, y.handlers[k].handler);
      EXPECT_EQ(x.handlers[k].exception_reg, y.handlers[k].exception_reg);
      EXPECT_EQ(x.handlers[k].stack_reg, y.handlers[k].stack_reg);
    }
    ASSERT_EQ(x.lines.size(), y.lines.size());
    for (size_t k = 0; k < x.lines.size(); k++) {
      EXPECT_EQ(x.lines[k].pc, y.lines[k].pc);
      EXPECT_EQ(x.lines[k].line, y.lines[k].line);
      EXPECT_EQ(x.lines[k].column, y.lines[k].column);
    }
    ASSERT_EQ(x.captures.size(), y.captures.size());
    for (size_t k = 0; k < x.captures.size(); k++) {
      EXPECT_EQ(x.captures[k].from_parent_capture, y.captures[k].from_parent_capture);
      EXPECT_EQ(x.captures[k].index, y.captures[k].index);
    }
    EXPECT_EQ(x.pos, y.pos);
  }
  ASSERT_EQ(a.globals.size(), b.globals.size());
  for (size_t i = 0; i < a.globals.size(); i++) {
    EXPECT_EQ(a.globals[i].name, b.globals[i].name);
    EXPECT_EQ(a.globals[i].library, b.globals[i].library);
    EXPECT_EQ(a.globals[i].owner_class, b.globals[i].owner_class);
    EXPECT_EQ(a.globals[i].initializer, b.globals[i].initializer);
    EXPECT_EQ(a.globals[i].is_final, b.globals[i].is_final);
    EXPECT_EQ(a.globals[i].is_const, b.globals[i].is_const);
    EXPECT_EQ(a.globals[i].is_late, b.globals[i].is_late);
  }
  ASSERT_EQ(a.const_objects.size(), b.const_objects.size());
  for (size_t i = 0; i < a.const_objects.size(); i++) {
    EXPECT_EQ(a.const_objects[i].initializer, b.const_objects[i].initializer);
  }
  EXPECT_EQ(a.main_function, b.main_function);
}

TEST(ModuleIoTest, EveryFieldRoundTrips) {
  Module m = SampleModule();
  std::string bytes;
  WriteModule(m, &bytes);
  Module back;
  std::string error;
  ASSERT_TRUE(Read(bytes, &back, &error)) << error;
  ExpectSame(m, back);
  std::string again;
  WriteModule(back, &again);
  EXPECT_EQ(bytes, again);
}

TEST(ModuleIoTest, EmptyModuleRoundTrips) {
  Module m;
  std::string bytes;
  WriteModule(m, &bytes);
  Module back;
  std::string error;
  ASSERT_TRUE(Read(bytes, &back, &error)) << error;
  ExpectSame(m, back);
}

TEST(ModuleIoTest, TheDartLibrariesRoundTripAndVerify) {
  StdlibSnapshot snapshot;
  std::string error;
  ASSERT_TRUE(snapshot.Open(kStdlibSnapshot, kStdlibSnapshotSize, &error)) << error;
  std::unique_ptr<ModuleBuilder> builder = snapshot.NewBuilder(snapshot.layer_count(), 0, &error);
  ASSERT_NE(builder, nullptr) << error;
  std::unique_ptr<Module> m = builder->Finish();
  EXPECT_GT(m->functions.size(), 1000u);
  EXPECT_TRUE(VerifyModule(*m, &error)) << error;
  std::string bytes;
  WriteModule(*m, &bytes);
  Module back;
  ASSERT_TRUE(Read(bytes, &back, &error)) << error;
  ExpectSame(*m, back);
  EXPECT_EQ(DisassembleModule(*m, true), DisassembleModule(back, true));
}

TEST(ModuleIoTest, RefusesAnotherMagicVersionOrOpcodeTable) {
  std::string bytes;
  WriteModule(SampleModule(), &bytes);
  Module m;
  std::string error;
  for (int field = 0; field < 4; field++) {
    std::string changed = bytes;
    changed[4 * field] = static_cast<char>(changed[4 * field] ^ 0x5a);
    EXPECT_FALSE(Read(changed, &m, &error)) << "header word " << field;
    EXPECT_NE(error.find(field == 0 ? "not an Islet module" : "another version of Islet"),
              std::string::npos)
        << error;
  }
}

TEST(ModuleIoTest, TruncatedInputIsRefusedAtEveryLength) {
  std::string bytes;
  WriteModule(SampleModule(), &bytes);
  for (size_t length = 0; length < bytes.size(); length++) {
    Module m;
    std::string error;
    EXPECT_FALSE(Read(bytes.substr(0, length), &m, &error)) << "length " << length;
    EXPECT_FALSE(error.empty());
  }
}

TEST(ModuleIoTest, TrailingBytesAreRefused) {
  std::string bytes;
  WriteModule(SampleModule(), &bytes);
  Module m;
  std::string error;
  EXPECT_FALSE(Read(bytes + '\0', &m, &error));
  EXPECT_EQ(error, "the module has trailing bytes");
}

TEST(ModuleIoTest, CorruptBytesNeverCrashOrAllocateWildly) {
  std::string bytes;
  WriteModule(SampleModule(), &bytes);
  // Every byte after the header, replaced by values that make huge counts, negative indices
  // and unterminated varints: each read either fails or yields some Module, within bounds.
  for (size_t i = 16; i < bytes.size(); i++) {
    for (unsigned char value : {0x00, 0x7f, 0x80, 0xff}) {
      std::string changed = bytes;
      changed[i] = static_cast<char>(value);
      Module m;
      std::string error;
      if (!Read(changed, &m, &error)) {
        EXPECT_FALSE(error.empty());
      }
    }
  }
  // A count far beyond the input is refused before anything is allocated for it.
  std::string huge = bytes.substr(0, 16);
  ByteWriter w(&huge);
  w.Varint(uint64_t{1} << 40);  // Libraries.
  Module m;
  std::string error;
  EXPECT_FALSE(Read(huge, &m, &error));
}

TEST(ModuleIoTest, VarintsAndZigzagRoundTrip) {
  std::string bytes;
  ByteWriter w(&bytes);
  const int64_t values[] = {0, 1, -1, 63, -64, 64, -65, INT32_MAX, INT32_MIN, INT64_MAX, INT64_MIN};
  for (int64_t v : values) w.Svarint(v);
  w.Varint(UINT64_MAX);
  ByteReader r(reinterpret_cast<const uint8_t*>(bytes.data()), bytes.size());
  for (int64_t v : values) EXPECT_EQ(r.Svarint(), v);
  EXPECT_EQ(r.Varint(), UINT64_MAX);
  EXPECT_FALSE(r.failed());
  EXPECT_TRUE(r.at_end());
  // An index out of the range asked for fails the reader.
  std::string one;
  ByteWriter(&one).Svarint(-2);
  ByteReader bad(reinterpret_cast<const uint8_t*>(one.data()), one.size());
  EXPECT_EQ(bad.Int(-1, 10), 0);
  EXPECT_TRUE(bad.failed());
}

}  // namespace
}  // namespace islet
