// Patterns (Dart 3), lowered to existing bytecode: a pattern compiles to tests of the matched
// value (InstanceOf, ==, relational operators, length and containsKey calls) that jump to a
// failure label, reads of its parts (GetField for records, GetProp for object patterns,
// IndexGet for lists and maps), and moves into the registers of the variables it binds. Owns
// the pattern contexts too: pattern variable declarations, pattern assignments, if-case and
// switch expressions (switch statements with pattern heads are in codegen_stmt.cc, which calls
// MatchPattern). Does not own record classes (codegen_record.cc).
// Invariant: the variables a pattern binds get their registers (DeclarePatternVars) before any
// temporary of the match, so the temporaries can be freed while the variables live on.
//
// Refutable contexts (cases, if-case) fall through on a match and jump away otherwise. In
// irrefutable ones (declarations, assignments) a failed type test throws a TypeError as an
// implicit downcast does, and another failure (a list of the wrong length, a missing map key)
// throws StateError('Pattern matching error'), as the Dart VM does. No static exhaustiveness
// check is made: a switch expression that no case matches throws a StateError at run time.

#include <algorithm>

#include "compiler/codegen.h"

namespace islet {

namespace {

bool IsWildcardOrUnnamed(const Pattern* p) { return p->name.empty() || p->name == "_"; }

}  // namespace

void FunctionCompiler::DeclarePatternVars(const void* key) {
  for (LocalVar* v : r_->PatternVarsOf(key)) {
    int reg = AllocReg();
    Emit(Opcode::kLoadNull, reg, 0, 0);
    DeclareVarReg(v, reg);
    v->is_dynamic = v->type == nullptr;
  }
}

void FunctionCompiler::BoxPatternVars(const void* key) {
  for (LocalVar* v : r_->PatternVarsOf(key)) {
    if (v->boxed()) Emit(Opcode::kNewBox, v->reg, v->reg, 0);
  }
}

void FunctionCompiler::CallCoreHelper(const char* name, int arg) {
  FunctionElement* f = r_->CoreFunction(name);
  if (f == nullptr) {
    Error(last_pos_ == UINT32_MAX ? 0 : last_pos_,
          std::string("dart:core has no function '") + name + "'.");
    return;
  }
  int mark = free_reg_;
  int base = AllocReg();
  int argc = 0;
  if (arg >= 0) {
    EmitMove(AllocReg(), arg);
    argc = 1;
  }
  EmitCallStatic(base, argc, f->index, 0);
  FreeTo(mark);
}

void FunctionCompiler::PatternTypeTest(const TypeNode* type, int value, std::vector<int>* fail) {
  int mark = free_reg_;
  if (irrefutable_ && type->kind != TypeNode::kRecord && r_->TypeUseOf(type).env == nullptr &&
      r_->TypeOf(type) >= 0) {
    // As an implicit downcast: a TypeError when the value has another type.
    EmitABx(Opcode::kCheckType, value, r_->TypeOf(type));
  } else {
    int test = AllocReg();
    EmitIs(type, test, value);
    fail->push_back(EmitJump(Opcode::kJumpIfFalse, test));
  }
  FreeTo(mark);
}

void FunctionCompiler::ClassTest(const char* class_name, const std::string& type_name, int value,
                                 std::vector<int>* fail) {
  ClassElement* cls = r_->CoreClass(class_name);
  if (cls == nullptr) return;
  TypeDesc t;
  t.kind = TypeDesc::kClass;
  t.class_index = cls->index;
  t.name = type_name;
  int type = cg_->builder()->InternType(t);
  if (irrefutable_) {
    EmitABx(Opcode::kCheckType, value, type);
    return;
  }
  int mark = free_reg_;
  int test = AllocReg();
  Emit(Opcode::kInstanceOf, test, value, 0);
  fb_.EmitWord(static_cast<uint32_t>(type));
  fail->push_back(EmitJump(Opcode::kJumpIfFalse, test));
  FreeTo(mark);
}

// Evaluates [expr], the operand of a constant or relational pattern or a map pattern's key,
// into [dest] in a const context, as Dart requires of it.
void FunctionCompiler::ConstantTo(Expr* expr, int dest) {
  bool saved = const_context_;
  const_context_ = true;
  ExprTo(expr, dest);
  const_context_ = saved;
}

void FunctionCompiler::MatchPattern(Pattern* p, int value, std::vector<int>* fail) {
  Pos(p->pos);
  switch (p->pattern_kind) {
    case Pattern::kVariable: {
      if (p->type != nullptr) PatternTypeTest(p->type, value, fail);
      if (IsWildcardOrUnnamed(p)) break;
      LocalVar* v = r_->VarOf(p);
      if (v != nullptr && v->reg >= 0) EmitMove(v->reg, value);
      break;
    }
    case Pattern::kConstant: {
      int mark = free_reg_;
      int c = AllocReg();
      ConstantTo(p->expr, c);
      Pos(p->pos);
      // A constant pattern matches when `constant == value`.
      Emit(Opcode::kEq, c, c, value);
      fail->push_back(EmitJump(Opcode::kJumpIfFalse, c));
      FreeTo(mark);
      break;
    }
    case Pattern::kRelational: {
      int mark = free_reg_;
      int c = AllocReg();
      ConstantTo(p->expr, c);
      Pos(p->pos);
      if (p->op != "==" && p->op != "!=") {
        // `< c` and the like never match null.
        fail->push_back(EmitJump(Opcode::kJumpIfNull, value));
      }
      Emit(BinaryOpcode(p->op), c, value, c);
      fail->push_back(EmitJump(Opcode::kJumpIfFalse, c));
      FreeTo(mark);
      break;
    }
    case Pattern::kOr: {
      std::vector<int> left_fail;
      MatchPattern(p->left, value, &left_fail);
      int matched = EmitJump(Opcode::kJump);
      PatchHere(left_fail);
      MatchPattern(p->right, value, fail);
      PatchHere(matched);
      break;
    }
    case Pattern::kAnd:
      MatchPattern(p->left, value, fail);
      MatchPattern(p->right, value, fail);
      break;
    case Pattern::kCast: {
      int mark = free_reg_;
      int cast = AllocReg();
      EmitMove(cast, value);
      Pos(p->pos);
      Resolver::TypeUse use = r_->TypeUseOf(p->type);
      if (use.env != nullptr) {
        int env = TypeArgsReg(use.env, AllocReg());
        Emit(Opcode::kCastGeneric, cast, env, 0);
        fb_.EmitWord(static_cast<uint32_t>(use.type));
      } else {
        EmitABx(Opcode::kCast, cast, std::max(0, r_->TypeOf(p->type)));
      }
      MatchPattern(p->left, cast, fail);
      FreeTo(mark);
      break;
    }
    case Pattern::kNullCheck:
      fail->push_back(EmitJump(Opcode::kJumpIfNull, value));
      MatchPattern(p->left, value, fail);
      break;
    case Pattern::kNullAssert:
      Emit(Opcode::kNullCheck, value, 0, 0);
      MatchPattern(p->left, value, fail);
      break;
    case Pattern::kRecord:
      MatchRecordPattern(p, value, fail);
      break;
    case Pattern::kObject: {
      PatternTypeTest(p->type, value, fail);
      int mark = free_reg_;
      int field = AllocReg();
      for (PatternField& f : p->fields) {
        Pos(f.pos);
        EmitGetProp(field, value, f.name);
        MatchPattern(f.pattern, field, fail);
      }
      FreeTo(mark);
      break;
    }
    case Pattern::kList:
      MatchListPattern(p, value, fail);
      break;
    case Pattern::kMap: {
      ClassTest("Map", "Map<Object?, Object?>", value, fail);
      int mark = free_reg_;
      for (PatternField& f : p->fields) {
        int entry_mark = free_reg_;
        int key = AllocReg();
        ConstantTo(f.key, key);
        int base = AllocReg();
        EmitMove(base, value);
        EmitMove(AllocReg(), key);
        Pos(f.pos);
        EmitInvoke(base, 1, "containsKey", 0);
        fail->push_back(EmitJump(Opcode::kJumpIfFalse, base));
        Emit(Opcode::kIndexGet, base, value, key);
        MatchPattern(f.pattern, base, fail);
        FreeTo(entry_mark);
      }
      FreeTo(mark);
      break;
    }
    case Pattern::kRest:
      // Only inside a list pattern (MatchListPattern).
      Error(p->pos, "A rest pattern can only appear in a list pattern.");
      break;
    case Pattern::kAssign: {
      int mark = free_reg_;
      LValue lv = PrepareLValue(p->expr);
      StoreLValue(lv, value);
      FreeTo(mark);
      break;
    }
  }
}

void FunctionCompiler::MatchRecordPattern(Pattern* p, int value, std::vector<int>* fail) {
  int positional = 0;
  std::vector<std::string> names;
  for (const PatternField& f : p->fields) {
    if (f.name.empty()) {
      positional++;
    } else {
      names.push_back(f.name);
    }
  }
  std::vector<std::string> sorted = names;
  std::sort(sorted.begin(), sorted.end());
  int cls = cg_->RecordClass(positional, sorted);
  if (cls < 0) {
    Error(p->pos, "Records need dart:core's _Record class.");
    return;
  }
  // The shape as Dart names the type a record pattern requires: (Object?, {Object? x}).
  std::string shape_name = "(";
  for (int i = 0; i < positional; i++) shape_name += i > 0 ? ", Object?" : "Object?";
  if (!sorted.empty()) {
    shape_name += positional > 0 ? ", {" : "{";
    for (size_t i = 0; i < sorted.size(); i++) {
      shape_name += (i > 0 ? ", Object? " : "Object? ") + sorted[i];
    }
    shape_name += "}";
  }
  shape_name += ")";
  int type = cg_->RecordClassType(cls, shape_name);
  int mark = free_reg_;
  if (irrefutable_) {
    EmitABx(Opcode::kCheckType, value, type);
  } else {
    int test = AllocReg();
    Emit(Opcode::kInstanceOf, test, value, 0);
    fb_.EmitWord(static_cast<uint32_t>(type));
    fail->push_back(EmitJump(Opcode::kJumpIfFalse, test));
    FreeTo(mark);
  }
  int field = AllocReg();
  int next_positional = 0;
  for (PatternField& f : p->fields) {
    int slot;
    if (f.name.empty()) {
      slot = next_positional++;
    } else {
      slot = positional + static_cast<int>(std::lower_bound(sorted.begin(), sorted.end(), f.name) -
                                           sorted.begin());
    }
    Emit(Opcode::kGetField, field, value, slot);
    MatchPattern(f.pattern, field, fail);
  }
  FreeTo(mark);
}

void FunctionCompiler::MatchListPattern(Pattern* p, int value, std::vector<int>* fail) {
  ClassTest("List", "List<Object?>", value, fail);
  int rest = -1;
  for (size_t i = 0; i < p->fields.size(); i++) {
    if (p->fields[i].pattern->pattern_kind == Pattern::kRest) rest = static_cast<int>(i);
  }
  int count = static_cast<int>(p->fields.size()) - (rest >= 0 ? 1 : 0);
  int mark = free_reg_;
  int length = AllocReg();
  Pos(p->pos);
  EmitGetProp(length, value, "length");
  int test = AllocReg();
  LoadInt(test, count);
  // Exactly [count] elements, or at least that many with a rest element.
  Emit(rest >= 0 ? Opcode::kGe : Opcode::kEq, test, length, test);
  fail->push_back(EmitJump(Opcode::kJumpIfFalse, test));
  int element = AllocReg();
  int index = AllocReg();
  for (size_t i = 0; i < p->fields.size(); i++) {
    int position = static_cast<int>(i);
    if (position == rest) continue;
    if (rest >= 0 && position > rest) {
      // Counted from the end: length - (elements after this one + 1).
      LoadInt(index, static_cast<int>(p->fields.size()) - position);
      Emit(Opcode::kSub, index, length, index);
    } else {
      LoadInt(index, position);
    }
    Pos(p->fields[i].pos);
    Emit(Opcode::kIndexGet, element, value, index);
    MatchPattern(p->fields[i].pattern, element, fail);
  }
  if (rest >= 0 && p->fields[rest].pattern->left != nullptr) {
    // ...rest binds value.sublist(rest, length - elements after it).
    int base = AllocReg();
    EmitMove(base, value);
    LoadInt(AllocReg(), rest);
    int end = AllocReg();
    LoadInt(end, count - rest);
    Emit(Opcode::kSub, end, length, end);
    EmitInvoke(base, 2, "sublist", 0);
    MatchPattern(p->fields[rest].pattern->left, base, fail);
  }
  FreeTo(mark);
}

void FunctionCompiler::FailIrrefutable(std::vector<int>* fail, int value) {
  if (fail->empty()) return;
  int matched = EmitJump(Opcode::kJump);
  PatchHere(*fail);
  fail->clear();
  CallCoreHelper("_patternMatchError", value);
  PatchHere(matched);
}

void FunctionCompiler::PatternVarDecl_(PatternVarDecl* s) {
  DeclarePatternVars(s);
  int mark = free_reg_;
  int value = AllocReg();
  ExprTo(s->value, value);
  bool saved = irrefutable_;
  irrefutable_ = true;
  std::vector<int> fail;
  MatchPattern(s->pattern, value, &fail);
  irrefutable_ = saved;
  FailIrrefutable(&fail, value);
  BoxPatternVars(s);
  FreeTo(mark);
}

void FunctionCompiler::PatternAssign_(PatternAssign* e, int dest) {
  int mark = free_reg_;
  int value = AllocReg();
  ExprTo(e->value, value);
  bool saved = irrefutable_;
  irrefutable_ = true;
  std::vector<int> fail;
  MatchPattern(e->pattern, value, &fail);
  irrefutable_ = saved;
  FailIrrefutable(&fail, value);
  EmitMove(dest, value);
  FreeTo(mark);
}

void FunctionCompiler::IfCase_(If* s) {
  int mark = free_reg_;
  DeclarePatternVars(s);
  int value = AllocReg();
  ExprTo(s->condition, value);
  bool saved = irrefutable_;
  irrefutable_ = false;
  std::vector<int> fail;
  MatchPattern(s->case_pattern, value, &fail);
  irrefutable_ = saved;
  BoxPatternVars(s);
  if (s->guard != nullptr) CondJump(s->guard, false, &fail);
  ScopedStmt(s->then_stmt);
  if (s->else_stmt != nullptr) {
    int end = Reachable() ? EmitJump(Opcode::kJump) : -1;
    PatchHere(fail);
    ScopedStmt(s->else_stmt);
    if (end >= 0) PatchHere(end);
  } else {
    PatchHere(fail);
  }
  FreeTo(mark);
}

void FunctionCompiler::SwitchExpr_(SwitchExpr* e, int dest) {
  int mark = free_reg_;
  int subject = AllocReg();
  ExprTo(e->subject, subject);
  is_var_[subject] = true;
  bool saved = irrefutable_;
  irrefutable_ = false;
  std::vector<int> done;
  for (SwitchExprCase& c : e->cases) {
    int case_mark = free_reg_;
    DeclarePatternVars(&c);
    std::vector<int> fail;
    MatchPattern(c.pattern, subject, &fail);
    BoxPatternVars(&c);
    if (c.guard != nullptr) CondJump(c.guard, false, &fail);
    ExprTo(c.body, dest);
    done.push_back(EmitJump(Opcode::kJump));
    PatchHere(fail);
    FreeTo(case_mark);
  }
  irrefutable_ = saved;
  // No case matched: Dart rejects a switch expression that is not exhaustive at compile time;
  // without static types the VM finds out here.
  Pos(e->pos);
  CallCoreHelper("_switchExpressionNoMatch", subject);
  PatchHere(done);
  FreeTo(mark);
}

}  // namespace islet
