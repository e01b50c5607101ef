// Loop-invariant constants: before a loop starts, the numeric literals its body uses as
// operands (`i < 10000`, `x % 7`, `a & 0xFF`) are loaded once into hidden registers, so each
// iteration reads them in place instead of re-running LoadInt/LoadConst. Owns only that scan
// and the register map; the loops themselves are compiled in codegen_stmt.cc.
// Invariant: a hoisted register holds its constant from before the loop's first instruction
// until the loop's end, and nothing else writes it (it is marked as a variable register).

#include <cstring>

#include "compiler/codegen.h"

namespace islet {

namespace {

// At most this many constants per loop nest: they cost registers for the whole loop.
constexpr size_t kMaxHoisted = 8;

bool IsArithmetic(const std::string& op) { return op != "&&" && op != "||" && op != "??"; }

// True when `x op literal` compiles to AddInt, which needs no register for the literal.
bool FitsAddInt(const std::string& op, const Expr* literal) {
  if (literal->kind != NodeKind::kIntLiteral) return false;
  int64_t c = static_cast<const IntLiteral*>(literal)->value;
  if (op == "+" || op == "+=") return c >= 0 && c <= kMaxSC;
  if (op == "-" || op == "-=") return c >= 1 && c <= -kMinSC;
  return false;
}

bool IsNumberLiteral(const Expr* e) {
  return e != nullptr && (e->kind == NodeKind::kIntLiteral || e->kind == NodeKind::kDoubleLiteral);
}

class ConstantScan {
 public:
  explicit ConstantScan(std::vector<Expr*>* out) : out_(out) {}

  void Stmt_(Stmt* s) {
    if (s == nullptr) return;
    switch (s->kind) {
      case NodeKind::kBlock:
        for (Stmt* x : static_cast<Block*>(s)->statements) Stmt_(x);
        break;
      case NodeKind::kExprStmt:
        Expr_(static_cast<ExprStmt*>(s)->expr);
        break;
      case NodeKind::kVarDeclStmt:
        for (VarDecl& v : static_cast<VarDeclStmt*>(s)->vars) Expr_(v.initializer);
        break;
      case NodeKind::kIf: {
        auto* n = static_cast<If*>(s);
        Expr_(n->condition);
        Stmt_(n->then_stmt);
        Stmt_(n->else_stmt);
        break;
      }
      case NodeKind::kFor: {
        auto* n = static_cast<For*>(s);
        Expr_(n->condition);
        for (Expr* e : n->updates) Expr_(e);
        Stmt_(n->body);
        break;
      }
      case NodeKind::kForIn:
        Stmt_(static_cast<ForIn*>(s)->body);
        break;
      case NodeKind::kWhile:
        Expr_(static_cast<While*>(s)->condition);
        Stmt_(static_cast<While*>(s)->body);
        break;
      case NodeKind::kDoWhile:
        Expr_(static_cast<DoWhile*>(s)->condition);
        Stmt_(static_cast<DoWhile*>(s)->body);
        break;
      case NodeKind::kSwitch:
        for (SwitchCase& c : static_cast<Switch*>(s)->cases) {
          for (Stmt* x : c.body) Stmt_(x);
        }
        break;
      case NodeKind::kReturn:
        Expr_(static_cast<Return*>(s)->value);
        break;
      case NodeKind::kTry: {
        auto* n = static_cast<Try*>(s);
        Stmt_(n->body);
        for (CatchClause& c : n->catches) Stmt_(c.body);
        Stmt_(n->finally_block);
        break;
      }
      case NodeKind::kLabeled:
        Stmt_(static_cast<Labeled*>(s)->body);
        break;
      default:
        break;
    }
  }

  void Expr_(Expr* e) {
    if (e == nullptr || out_->size() >= kMaxHoisted) return;
    switch (e->kind) {
      case NodeKind::kBinary: {
        auto* b = static_cast<Binary*>(e);
        if (IsArithmetic(b->op)) {
          if (IsNumberLiteral(b->left)) Add(b->left);
          if (IsNumberLiteral(b->right) && !FitsAddInt(b->op, b->right)) Add(b->right);
        }
        Expr_(b->left);
        Expr_(b->right);
        break;
      }
      case NodeKind::kAssign: {
        auto* a = static_cast<Assign*>(e);
        if (a->op != "=" &&
            a->op !=
                "??"
                "=" &&
            IsNumberLiteral(a->value) && !FitsAddInt(a->op, a->value)) {
          Add(a->value);
        }
        Expr_(a->target);
        Expr_(a->value);
        break;
      }
      case NodeKind::kIndex: {
        auto* i = static_cast<Index*>(e);
        if (IsNumberLiteral(i->index)) Add(i->index);
        Expr_(i->target);
        Expr_(i->index);
        break;
      }
      case NodeKind::kUnary:
        Expr_(static_cast<Unary*>(e)->operand);
        break;
      case NodeKind::kConditional: {
        auto* c = static_cast<Conditional*>(e);
        Expr_(c->condition);
        Expr_(c->then_expr);
        Expr_(c->else_expr);
        break;
      }
      case NodeKind::kPropertyGet:
        Expr_(static_cast<PropertyGet*>(e)->receiver);
        break;
      case NodeKind::kInvocation: {
        auto* i = static_cast<Invocation*>(e);
        Expr_(i->receiver);
        for (Expr* a : i->args.positional) Expr_(a);
        for (NamedArg& a : i->args.named) Expr_(a.value);
        break;
      }
      case NodeKind::kFunctionCall: {
        auto* c = static_cast<FunctionCall*>(e);
        Expr_(c->callee);
        for (Expr* a : c->args.positional) Expr_(a);
        for (NamedArg& a : c->args.named) Expr_(a.value);
        break;
      }
      case NodeKind::kNullCheck:
        Expr_(static_cast<NullCheck*>(e)->expr);
        break;
      case NodeKind::kIs:
        Expr_(static_cast<Is*>(e)->expr);
        break;
      case NodeKind::kAs:
        Expr_(static_cast<As*>(e)->expr);
        break;
      case NodeKind::kStringInterpolation:
        for (Expr* x : static_cast<StringInterpolation*>(e)->exprs) Expr_(x);
        break;
      default:
        // Closures run in their own frames; literals and collections need no scan.
        break;
    }
  }

 private:
  void Add(Expr* literal) {
    for (Expr* e : *out_) {
      if (ConstantKey(e) == ConstantKey(literal)) return;
    }
    out_->push_back(literal);
  }

  std::vector<Expr*>* out_;
};

}  // namespace

std::string ConstantKey(const Expr* literal) {
  if (literal->kind == NodeKind::kIntLiteral) {
    return "i" + std::to_string(static_cast<const IntLiteral*>(literal)->value);
  }
  double d = static_cast<const DoubleLiteral*>(literal)->value;
  uint64_t bits;
  std::memcpy(&bits, &d, sizeof bits);
  return "d" + std::to_string(bits);
}

std::vector<std::string> FunctionCompiler::HoistLoopConstants(std::initializer_list<Expr*> exprs,
                                                              std::initializer_list<Stmt*> stmts) {
  std::vector<std::string> keys;
  // Keep registers for the loop body: hoisting is a speed-up, never a reason to run out.
  if (free_reg_ > 160) return keys;
  std::vector<Expr*> found;
  ConstantScan scan(&found);
  for (Expr* e : exprs) scan.Expr_(e);
  for (Stmt* s : stmts) scan.Stmt_(s);
  for (Expr* literal : found) {
    std::string key = ConstantKey(literal);
    if (hoisted_.count(key) > 0) continue;  // An enclosing loop holds it already.
    // A small int costs one LoadInt either way; hoist it only when the loop uses it as an
    // operand (which is all the scan collects), where it saves one instruction per use.
    int reg = AllocReg();
    if (literal->kind == NodeKind::kIntLiteral) {
      LoadInt(reg, static_cast<IntLiteral*>(literal)->value);
    } else {
      LoadDouble(reg, static_cast<DoubleLiteral*>(literal)->value);
    }
    is_var_[reg] = true;
    hoisted_[key] = reg;
    keys.push_back(key);
  }
  return keys;
}

void FunctionCompiler::DropHoisted(const std::vector<std::string>& keys) {
  for (const std::string& key : keys) hoisted_.erase(key);
}

int FunctionCompiler::HoistedReg(const Expr* e) const {
  if (hoisted_.empty() || !IsNumberLiteral(e)) return -1;
  auto it = hoisted_.find(ConstantKey(e));
  return it == hoisted_.end() ? -1 : it->second;
}

}  // namespace islet
