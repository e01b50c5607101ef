// Records: the class of each record shape, record literals, and `is` tests against record
// types. A shape (how many positional fields, which names) gets one class, made on first use:
// named _Record like the Dart VM's, a subclass of dart:core's _Record (stdlib/core/record.dart,
// which owns ==, hashCode, toString and runtimeType), with final fields $1, $2, ... and then the
// named fields sorted by name, and two generated getters those methods read: _shape (a string
// naming the shape) and _values (the fields as a list). So reading a field is an ordinary,
// inline-cached field read, and a record is copied into messages like any object.
// Does not own patterns (codegen_pattern.cc), which test shapes with these classes.
// Invariant: within one Module, equal shapes have the same class, also when the Module continues
// precompiled dart: libraries that made record classes of their own.

#include <algorithm>
#include <numeric>

#include "compiler/codegen.h"

namespace islet {

int CodeGen::RecordClass(int positional, const std::vector<std::string>& sorted_names) {
  std::string shape = std::to_string(positional);
  for (const std::string& name : sorted_names) shape += "," + name;
  ClassElement* base = r_->CoreClass("_Record");
  if (base == nullptr) return -1;
  if (!record_classes_seeded_) {
    SeedRecordClasses(base->index);
    record_classes_seeded_ = true;
  }
  auto it = record_classes_.find(shape);
  if (it != record_classes_.end()) return it->second;
  int core = r_->core()->index;
  int index = builder_->AddClass();
  int num_fields = positional + static_cast<int>(sorted_names.size());

  // _shape: returns the shape string (interned, so equal shapes give identical strings).
  FunctionBuilder shape_fb;
  FunctionDesc& sd = shape_fb.desc();
  sd.name = "_Record._shape";
  sd.kind = FunctionDesc::kMethod;
  sd.library = core;
  sd.owner_class = index;
  sd.is_getter = true;
  shape_fb.EmitABx(Opcode::kLoadConst, 1, shape_fb.StringConstant(shape));
  shape_fb.EmitABC(Opcode::kReturn, 1, 0, 0);
  FunctionDesc shape_desc = shape_fb.Finish();
  shape_desc.num_registers = 2;
  int shape_fn = builder_->AddFunction();
  builder_->SetFunction(shape_fn, std::move(shape_desc));

  // _values: a new growable list of the fields, in slot order.
  FunctionBuilder values_fb;
  FunctionDesc& vd = values_fb.desc();
  vd.name = "_Record._values";
  vd.kind = FunctionDesc::kMethod;
  vd.library = core;
  vd.owner_class = index;
  vd.is_getter = true;
  for (int i = 0; i < num_fields; i++) values_fb.EmitABC(Opcode::kGetField, 1 + i, 0, i);
  values_fb.EmitABC(Opcode::kNewList, 1, 1, num_fields);
  values_fb.EmitABC(Opcode::kReturn, 1, 0, 0);
  FunctionDesc values_desc = values_fb.Finish();
  values_desc.num_registers = 2 + num_fields;
  int values_fn = builder_->AddFunction();
  builder_->SetFunction(values_fn, std::move(values_desc));

  ClassDesc& desc = builder_->module()->classes[index];
  desc.name = "_Record";
  desc.library = core;
  desc.superclass = base->index;
  desc.num_slots = base->num_slots + num_fields;
  for (int i = 0; i < num_fields; i++) {
    FieldDesc field;
    field.name = builder_->InternName(i < positional ? "$" + std::to_string(i + 1)
                                                     : sorted_names[i - positional]);
    field.is_final = true;
    desc.fields.push_back(field);
  }
  MemberDesc shape_member;
  shape_member.kind = MemberDesc::kGetter;
  shape_member.name = builder_->InternName("_shape");
  shape_member.function = shape_fn;
  desc.members.push_back(shape_member);
  MemberDesc values_member;
  values_member.kind = MemberDesc::kGetter;
  values_member.name = builder_->InternName("_values");
  values_member.function = values_fn;
  desc.members.push_back(values_member);
  record_classes_[shape] = index;
  return index;
}

void CodeGen::SeedRecordClasses(int base) {
  const Module& m = *builder_->module();
  for (size_t i = 0; i < m.classes.size(); i++) {
    const ClassDesc& desc = m.classes[i];
    if (desc.superclass != base || desc.name != "_Record") continue;
    // The fields are $1, $2, ... and then the named ones, sorted (RecordClass).
    int positional = 0;
    while (positional < static_cast<int>(desc.fields.size()) &&
           m.names[desc.fields[positional].name] == "$" + std::to_string(positional + 1)) {
      positional++;
    }
    std::string shape = std::to_string(positional);
    for (size_t f = positional; f < desc.fields.size(); f++) {
      shape += "," + m.names[desc.fields[f].name];
    }
    record_classes_.emplace(shape, static_cast<int>(i));
  }
}

int CodeGen::RecordClassType(int class_index, const std::string& name) {
  TypeDesc t;
  t.kind = TypeDesc::kClass;
  t.class_index = class_index;
  t.name = name;
  return builder_->InternType(t);
}

namespace {

// The slot of each named field (in [names] order) once the names are sorted, after
// [positional] positional slots; [sorted] receives the sorted names.
std::vector<int> NamedSlots(const std::vector<std::string>& names, int positional,
                            std::vector<std::string>* sorted) {
  std::vector<int> order(names.size());
  std::iota(order.begin(), order.end(), 0);
  std::sort(order.begin(), order.end(), [&](int a, int b) { return names[a] < names[b]; });
  std::vector<int> slots(names.size());
  sorted->clear();
  for (size_t rank = 0; rank < order.size(); rank++) {
    slots[order[rank]] = positional + static_cast<int>(rank);
    sorted->push_back(names[order[rank]]);
  }
  return slots;
}

}  // namespace

void FunctionCompiler::RecordLiteral_(RecordLiteral* e, int dest) {
  if ((e->is_const || const_context_) && const_top_ != e) {
    // Built once by its const object's initializer; the VM canonicalizes it by its fields.
    EmitABx(Opcode::kLoadConstObject, dest,
            cg_->ConstObjectFor(e, file_, library_, cls_, scope_->name));
    return;
  }
  const Arguments& fields = e->fields;
  int positional = static_cast<int>(fields.positional.size());
  std::vector<std::string> names;
  for (const NamedArg& n : fields.named) names.push_back(n.name);
  std::vector<std::string> sorted;
  std::vector<int> named_slots = NamedSlots(names, positional, &sorted);
  int cls = cg_->RecordClass(positional, sorted);
  if (cls < 0) {
    Error(e->pos, "Records need dart:core's _Record class.");
    return;
  }
  // Fields are evaluated left to right into temporaries, then stored into the new record.
  int mark = free_reg_;
  std::vector<int> regs(positional + names.size(), -1);
  size_t next_positional = 0;
  size_t next_named = 0;
  for (bool is_positional : fields.order) {
    int r = AllocReg();
    if (is_positional && next_positional < fields.positional.size()) {
      ExprTo(fields.positional[next_positional], r);
      regs[next_positional] = r;
      next_positional++;
    } else if (!is_positional && next_named < fields.named.size()) {
      ExprTo(fields.named[next_named].value, r);
      regs[named_slots[next_named]] = r;
      next_named++;
    }
  }
  Pos(e->pos);
  EmitABx(Opcode::kNew, dest, cls);
  for (size_t slot = 0; slot < regs.size(); slot++) {
    if (regs[slot] >= 0) Emit(Opcode::kSetField, dest, regs[slot], static_cast<int>(slot));
  }
  FreeTo(mark);
}

void FunctionCompiler::EmitRecordIs(const TypeNode* type, int dest, int value, bool check_fields) {
  // value is a record of the type's shape whose fields pass their types' tests (or null when
  // the type is nullable). Without [check_fields], only the shape is tested: for a type written
  // in another library, whose field types name what is in scope there.
  int mark = free_reg_;
  if (value == dest) {
    value = AllocReg();
    EmitMove(value, dest);
  }
  std::vector<int> done;
  if (type->nullable) {
    Emit(Opcode::kLoadTrue, dest, 0, 0);
    done.push_back(EmitJump(Opcode::kJumpIfNull, value));
  }
  int positional = static_cast<int>(type->positional.size());
  std::vector<std::string> names;
  for (const auto& named : type->named) names.push_back(named.first);
  std::vector<std::string> sorted;
  std::vector<int> named_slots = NamedSlots(names, positional, &sorted);
  int cls = cg_->RecordClass(positional, sorted);
  if (cls < 0) {
    Error(type->pos, "Records need dart:core's _Record class.");
    FreeTo(mark);
    return;
  }
  Emit(Opcode::kInstanceOf, dest, value, 0);
  fb_.EmitWord(static_cast<uint32_t>(cg_->RecordClassType(cls)));
  if (!check_fields) {
    FreeTo(mark);
    PatchHere(done);
    return;
  }
  int field = AllocReg();
  auto test = [&](const TypeNode* field_type, int slot) {
    done.push_back(EmitJump(Opcode::kJumpIfFalse, dest));
    Emit(Opcode::kGetField, field, value, slot);
    EmitIs(field_type, dest, field);
  };
  for (int i = 0; i < positional; i++) test(type->positional[i], i);
  for (size_t i = 0; i < type->named.size(); i++) test(type->named[i].second, named_slots[i]);
  FreeTo(mark);
  PatchHere(done);
}

}  // namespace islet
