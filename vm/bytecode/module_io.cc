// WriteModule and ReadModule: one writer and one reader per Module struct, in the same field
// order. The member counts below make a struct that gains a field fail to build until both
// sides (and kModuleFormatVersion) are updated, so no field is silently dropped on disk.

#include "vm/bytecode/module_io.h"

#include "vm/bytecode/bytecode.h"

namespace islet {

namespace {

// The number of members of the aggregate T (how many initializers T{...} accepts).
struct AnyField {
  template <class T>
  constexpr operator T() const;  // Declared only: used in unevaluated contexts.
};
template <class T, class... Fields>
constexpr int MemberCount() {
  if constexpr (requires { T{Fields{}..., AnyField{}}; }) {
    return MemberCount<T, Fields..., AnyField>();
  } else {
    return sizeof...(Fields);
  }
}

#define ISLET_CHECK_MEMBERS(type, count)                                                    \
  static_assert(MemberCount<type>() == (count), #type                                       \
                " has a new field: write and read it below, bump kModuleFormatVersion and " \
                "update this count")
ISLET_CHECK_MEMBERS(Constant, 4);
ISLET_CHECK_MEMBERS(ArgDesc, 2);
ISLET_CHECK_MEMBERS(TypeDesc, 5);
ISLET_CHECK_MEMBERS(FieldDesc, 3);
ISLET_CHECK_MEMBERS(MemberDesc, 3);
ISLET_CHECK_MEMBERS(ClassDesc, 11);
ISLET_CHECK_MEMBERS(HandlerDesc, 5);
ISLET_CHECK_MEMBERS(LineEntry, 3);
ISLET_CHECK_MEMBERS(CaptureDesc, 2);
ISLET_CHECK_MEMBERS(FunctionDesc, 24);
ISLET_CHECK_MEMBERS(GlobalDesc, 7);
ISLET_CHECK_MEMBERS(ConstObjectDesc, 1);
ISLET_CHECK_MEMBERS(LibraryDesc, 2);
ISLET_CHECK_MEMBERS(Module, 9);
#undef ISLET_CHECK_MEMBERS

constexpr int kMaxIndex = 0x7fffffff;

void WriteInts(ByteWriter* w, const std::vector<int>& v) {
  w->Varint(v.size());
  for (int x : v) w->Svarint(x);
}

void ReadInts(ByteReader* r, std::vector<int>* v) {
  size_t n = r->Count();
  v->resize(n);
  for (size_t i = 0; i < n; i++) (*v)[i] = r->Int(-kMaxIndex, kMaxIndex);
}

void WriteStrings(ByteWriter* w, const std::vector<std::string>& v) {
  w->Varint(v.size());
  for (const std::string& s : v) w->String(s);
}

void ReadStrings(ByteReader* r, std::vector<std::string>* v) {
  size_t n = r->Count();
  v->resize(n);
  for (size_t i = 0; i < n; i++) r->String(&(*v)[i]);
}

// An enum written as one byte (U8). Every Module enum has uint8_t as its underlying type, so
// any byte is a value of it; whether the value means anything is the verifier's to judge, as for
// every other field (and the reader needs no change when an enum grows).
template <typename E>
E ReadEnum(ByteReader* r) {
  return static_cast<E>(r->U8());
}

void WriteConstant(ByteWriter* w, const Constant& c) {
  w->U8(c.kind);
  w->Svarint(c.int_value);
  w->Double(c.double_value);
  w->String(c.string_value);
}

void ReadConstant(ByteReader* r, Constant* c) {
  c->kind = ReadEnum<Constant::Kind>(r);
  c->int_value = r->Svarint();
  c->double_value = r->Double();
  r->String(&c->string_value);
}

void WriteClass(ByteWriter* w, const ClassDesc& c) {
  w->String(c.name);
  w->Svarint(c.library);
  w->Svarint(c.superclass);
  WriteInts(w, c.interfaces);
  WriteStrings(w, c.type_params);
  w->Bool(c.is_abstract);
  w->Bool(c.is_enum);
  w->Varint(c.fields.size());
  for (const FieldDesc& f : c.fields) {
    w->Svarint(f.name);
    w->Bool(f.is_final);
    w->Bool(f.is_late);
  }
  w->Varint(c.members.size());
  for (const MemberDesc& m : c.members) {
    w->U8(m.kind);
    w->Svarint(m.name);
    w->Svarint(m.function);
  }
  w->Svarint(c.num_slots);
  w->Varint(c.pos);
}

void ReadClass(ByteReader* r, ClassDesc* c) {
  r->String(&c->name);
  c->library = r->Int(-1, kMaxIndex);
  c->superclass = r->Int(-1, kMaxIndex);
  ReadInts(r, &c->interfaces);
  ReadStrings(r, &c->type_params);
  c->is_abstract = r->Bool();
  c->is_enum = r->Bool();
  c->fields.resize(r->Count(3));
  for (FieldDesc& f : c->fields) {
    f.name = r->Int(-1, kMaxIndex);
    f.is_final = r->Bool();
    f.is_late = r->Bool();
  }
  c->members.resize(r->Count(3));
  for (MemberDesc& m : c->members) {
    m.kind = ReadEnum<MemberDesc::Kind>(r);
    m.name = r->Int(-1, kMaxIndex);
    m.function = r->Int(-1, kMaxIndex);
  }
  c->num_slots = r->Int(0, kMaxIndex);
  c->pos = static_cast<uint32_t>(r->Varint());
}

void WriteFunction(ByteWriter* w, const FunctionDesc& f) {
  w->String(f.name);
  w->U8(f.kind);
  w->Svarint(f.library);
  w->Svarint(f.owner_class);
  w->Bool(f.is_getter);
  w->Bool(f.is_setter);
  w->Bool(f.is_external);
  w->String(f.native_name);
  w->U8(f.async_kind);
  w->Svarint(f.num_required);
  w->Svarint(f.num_optional_positional);
  WriteInts(w, f.named_params);
  w->Varint(f.named_required.size());
  for (bool b : f.named_required) w->Bool(b);
  WriteInts(w, f.defaults);
  WriteInts(w, f.param_names);
  w->String(f.signature);
  w->Svarint(f.num_registers);
  w->Svarint(f.num_ics);
  w->Varint(f.code.size());
  w->Words(f.code.data(), f.code.size());
  w->Varint(f.constants.size());
  for (const Constant& c : f.constants) WriteConstant(w, c);
  w->Varint(f.handlers.size());
  for (const HandlerDesc& h : f.handlers) {
    w->Varint(h.start);
    w->Varint(h.end);
    w->Varint(h.handler);
    w->U8(h.exception_reg);
    w->U8(h.stack_reg);
  }
  // Line entries are sorted by pc: deltas keep them to a few bytes each.
  w->Varint(f.lines.size());
  uint32_t pc = 0;
  for (const LineEntry& e : f.lines) {
    w->Svarint(static_cast<int64_t>(e.pc) - pc);
    w->Svarint(e.line);
    w->Svarint(e.column);
    pc = e.pc;
  }
  w->Varint(f.captures.size());
  for (const CaptureDesc& c : f.captures) {
    w->Bool(c.from_parent_capture);
    w->Svarint(c.index);
  }
  w->Varint(f.pos);
}

void ReadFunction(ByteReader* r, FunctionDesc* f) {
  r->String(&f->name);
  f->kind = ReadEnum<FunctionDesc::Kind>(r);
  f->library = r->Int(-1, kMaxIndex);
  f->owner_class = r->Int(-1, kMaxIndex);
  f->is_getter = r->Bool();
  f->is_setter = r->Bool();
  f->is_external = r->Bool();
  r->String(&f->native_name);
  f->async_kind = r->U8();
  f->num_required = r->Int(0, kMaxIndex);
  f->num_optional_positional = r->Int(0, kMaxIndex);
  ReadInts(r, &f->named_params);
  f->named_required.resize(r->Count());
  for (size_t i = 0; i < f->named_required.size(); i++) f->named_required[i] = r->Bool();
  ReadInts(r, &f->defaults);
  ReadInts(r, &f->param_names);
  r->String(&f->signature);
  f->num_registers = r->Int(0, kMaxIndex);
  f->num_ics = r->Int(0, kMaxIndex);
  f->code.resize(r->Count(4));
  r->Words(f->code.size(), f->code.data());
  f->constants.resize(r->Count(11));
  for (Constant& c : f->constants) ReadConstant(r, &c);
  f->handlers.resize(r->Count(5));
  for (HandlerDesc& h : f->handlers) {
    h.start = static_cast<uint32_t>(r->Varint());
    h.end = static_cast<uint32_t>(r->Varint());
    h.handler = static_cast<uint32_t>(r->Varint());
    h.exception_reg = r->U8();
    h.stack_reg = r->U8();
  }
  f->lines.resize(r->Count(3));
  int64_t pc = 0;
  for (LineEntry& e : f->lines) {
    pc += r->Svarint();
    e.pc = static_cast<uint32_t>(pc);
    e.line = r->Int(-kMaxIndex, kMaxIndex);
    e.column = r->Int(-kMaxIndex, kMaxIndex);
  }
  f->captures.resize(r->Count(2));
  for (CaptureDesc& c : f->captures) {
    c.from_parent_capture = r->Bool();
    c.index = r->Int(-kMaxIndex, kMaxIndex);
  }
  f->pos = static_cast<uint32_t>(r->Varint());
}

}  // namespace

uint32_t OpcodeTableFingerprint() {
  // FNV-1a over the table.
  uint32_t h = 2166136261u;
  auto mix = [&](uint8_t byte) {
    h ^= byte;
    h *= 16777619u;
  };
  for (const OpcodeInfo& info : kOpcodeInfo) {
    for (const char* c = info.name; *c != '\0'; c++) mix(static_cast<uint8_t>(*c));
    mix(0);
    mix(static_cast<uint8_t>(info.format));
    mix(static_cast<uint8_t>(info.extra_words));
  }
  return h;
}

void ByteWriter::Words(const uint32_t* words, size_t count) {
  size_t at = out_->size();
  out_->resize(at + 4 * count);
  char* p = out_->data() + at;
  for (size_t i = 0; i < count; i++) {
    uint32_t v = words[i];
    for (int b = 0; b < 4; b++) *p++ = static_cast<char>(v >> (8 * b));
  }
}

bool ByteReader::Words(size_t count, uint32_t* out) {
  if (count > remaining() / 4) {
    Fail();
    return false;
  }
  for (size_t i = 0; i < count; i++) {
    out[i] = static_cast<uint32_t>(p_[0]) | static_cast<uint32_t>(p_[1]) << 8 |
             static_cast<uint32_t>(p_[2]) << 16 | static_cast<uint32_t>(p_[3]) << 24;
    p_ += 4;
  }
  return true;
}

void WriteModule(const Module& m, std::string* out) {
  ByteWriter w(out);
  w.U32(kModuleMagic);
  w.U32(ISLET_BYTECODE_VERSION);
  w.U32(kModuleFormatVersion);
  w.U32(OpcodeTableFingerprint());
  w.Varint(m.libraries.size());
  for (const LibraryDesc& l : m.libraries) {
    w.String(l.uri);
    w.String(l.path);
  }
  WriteStrings(&w, m.names);
  w.Varint(m.arg_descs.size());
  for (const ArgDesc& a : m.arg_descs) {
    w.Svarint(a.positional);
    WriteInts(&w, a.named);
  }
  w.Varint(m.types.size());
  for (const TypeDesc& t : m.types) {
    w.U8(t.kind);
    w.Bool(t.nullable);
    w.Svarint(t.class_index);
    WriteInts(&w, t.args);
    w.String(t.name);
  }
  w.Varint(m.classes.size());
  for (const ClassDesc& c : m.classes) WriteClass(&w, c);
  w.Varint(m.functions.size());
  for (const FunctionDesc& f : m.functions) WriteFunction(&w, f);
  w.Varint(m.globals.size());
  for (const GlobalDesc& g : m.globals) {
    w.String(g.name);
    w.Svarint(g.library);
    w.Svarint(g.owner_class);
    w.Svarint(g.initializer);
    w.Bool(g.is_final);
    w.Bool(g.is_const);
    w.Bool(g.is_late);
  }
  w.Varint(m.const_objects.size());
  for (const ConstObjectDesc& c : m.const_objects) w.Svarint(c.initializer);
  w.Svarint(m.main_function);
}

bool ReadModule(const uint8_t* data, size_t size, Module* m, std::string* error) {
  *m = Module();
  return AppendModule(data, size, m, error);
}

bool AppendModule(const uint8_t* data, size_t size, Module* m, std::string* error) {
  ByteReader r(data, size);
  uint32_t magic = r.U32();
  if (r.failed() || magic != kModuleMagic) {
    *error = "not an Islet module (bad magic number)";
    return false;
  }
  uint32_t bytecode_version = r.U32();
  uint32_t format_version = r.U32();
  uint32_t fingerprint = r.U32();
  if (r.failed() || bytecode_version != ISLET_BYTECODE_VERSION ||
      format_version != kModuleFormatVersion || fingerprint != OpcodeTableFingerprint()) {
    *error = "the module was written by another version of Islet (bytecode " +
             std::to_string(bytecode_version) + ", format " + std::to_string(format_version) +
             "; this VM reads bytecode " + std::to_string(ISLET_BYTECODE_VERSION) + ", format " +
             std::to_string(kModuleFormatVersion) + ")";
    return false;
  }
  // Each table grows by what the bytes hold; the entries are read in place.
  auto grow = [&r](auto* table, size_t min_item_bytes) {
    size_t first = table->size();
    table->resize(first + r.Count(min_item_bytes));
    return first;
  };
  for (size_t i = grow(&m->libraries, 2); i < m->libraries.size(); i++) {
    r.String(&m->libraries[i].uri);
    r.String(&m->libraries[i].path);
  }
  for (size_t i = grow(&m->names, 1); i < m->names.size(); i++) r.String(&m->names[i]);
  for (size_t i = grow(&m->arg_descs, 2); i < m->arg_descs.size(); i++) {
    m->arg_descs[i].positional = r.Int(0, kMaxIndex);
    ReadInts(&r, &m->arg_descs[i].named);
  }
  for (size_t i = grow(&m->types, 5); i < m->types.size(); i++) {
    TypeDesc& t = m->types[i];
    t.kind = ReadEnum<TypeDesc::Kind>(&r);
    t.nullable = r.Bool();
    t.class_index = r.Int(-1, kMaxIndex);
    ReadInts(&r, &t.args);
    r.String(&t.name);
  }
  for (size_t i = grow(&m->classes, 11); i < m->classes.size(); i++) ReadClass(&r, &m->classes[i]);
  for (size_t i = grow(&m->functions, 23); i < m->functions.size(); i++) {
    ReadFunction(&r, &m->functions[i]);
  }
  for (size_t i = grow(&m->globals, 7); i < m->globals.size(); i++) {
    GlobalDesc& g = m->globals[i];
    r.String(&g.name);
    g.library = r.Int(-1, kMaxIndex);
    g.owner_class = r.Int(-1, kMaxIndex);
    g.initializer = r.Int(-1, kMaxIndex);
    g.is_final = r.Bool();
    g.is_const = r.Bool();
    g.is_late = r.Bool();
  }
  for (size_t i = grow(&m->const_objects, 1); i < m->const_objects.size(); i++) {
    m->const_objects[i].initializer = r.Int(-1, kMaxIndex);
  }
  int main_function = r.Int(-1, kMaxIndex);
  if (main_function >= 0) m->main_function = main_function;
  if (r.failed() || !r.at_end()) {
    *error = r.failed() ? "the module is truncated or malformed" : "the module has trailing bytes";
    return false;
  }
  return true;
}

}  // namespace islet
