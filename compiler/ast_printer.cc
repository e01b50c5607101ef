// The s-expression printer of ast_printer.h. One Printer walks the tree; each node kind has
// one case, so a new node kind without a case prints as "(?Kind)" and fails golden tests.

#include "compiler/ast_printer.h"

#include <charconv>
#include <cstdio>

#include "compiler/source.h"

namespace islet {

namespace {

const char* NodeKindName(NodeKind kind) {
  switch (kind) {
#define ISLET_AST_NAME(name) \
  case NodeKind::k##name:    \
    return #name;
    ISLET_AST_NODES(ISLET_AST_NAME)
#undef ISLET_AST_NAME
  }
  return "?";
}

std::string Quote(const std::string& text) {
  std::string out = "\"";
  for (unsigned char c : text) {
    switch (c) {
      case '"':
        out += "\\\"";
        break;
      case '\\':
        out += "\\\\";
        break;
      case '\n':
        out += "\\n";
        break;
      case '\r':
        out += "\\r";
        break;
      case '\t':
        out += "\\t";
        break;
      default:
        if (c < 0x20 || c == 0x7F) {
          char buffer[8];
          std::snprintf(buffer, sizeof(buffer), "\\x%02X", c);
          out += buffer;
        } else {
          out += static_cast<char>(c);
        }
    }
  }
  return out + "\"";
}

std::string DoubleText(double value) {
  char buffer[64];
  auto result = std::to_chars(buffer, buffer + sizeof(buffer), value);
  std::string text(buffer, result.ptr);
  if (text.find_first_of(".en") == std::string::npos) text += ".0";
  return text;
}

const char* AsyncName(AsyncKind kind) {
  switch (kind) {
    case AsyncKind::kSync:
      return "";
    case AsyncKind::kAsync:
      return " async";
    case AsyncKind::kSyncStar:
      return " sync*";
    case AsyncKind::kAsyncStar:
      return " async*";
  }
  return "";
}

class Printer {
 public:
  Printer(const SourceFile* source, bool with_positions)
      : source_(source), with_positions_(with_positions && source != nullptr) {}

  std::string Take() { return std::move(out_); }

  void Unit(const CompilationUnit& unit) {
    out_ += "(unit";
    indent_++;
    for (const Directive& d : unit.directives) {
      Line(d.pos);
      DirectiveNode(d);
    }
    for (const Decl* decl : unit.declarations) {
      Line(decl->pos);
      DeclNode(decl);
    }
    indent_--;
    out_ += ")\n";
  }

  void Type(const TypeNode* type) {
    if (type == nullptr) {
      out_ += "_";
      return;
    }
    switch (type->kind) {
      case TypeNode::kVoid:
        out_ += "void";
        break;
      case TypeNode::kNamed:
        out_ += type->name;
        if (!type->args.empty()) {
          out_ += "<";
          for (size_t i = 0; i < type->args.size(); i++) {
            if (i > 0) out_ += ", ";
            Type(type->args[i]);
          }
          out_ += ">";
        }
        break;
      case TypeNode::kRecord: {
        out_ += "(";
        for (size_t i = 0; i < type->positional.size(); i++) {
          if (i > 0) out_ += ", ";
          Type(type->positional[i]);
        }
        if (!type->named.empty()) {
          out_ += type->positional.empty() ? "{" : ", {";
          for (size_t i = 0; i < type->named.size(); i++) {
            if (i > 0) out_ += ", ";
            Type(type->named[i].second);
            out_ += " " + type->named[i].first;
          }
          out_ += "}";
        }
        out_ += ")";
        break;
      }
      case TypeNode::kFunction: {
        if (type->return_type != nullptr) {
          Type(type->return_type);
          out_ += " ";
        }
        out_ += "Function";
        if (!type->type_params.empty()) out_ += "<" + Join(type->type_params) + ">";
        out_ += "(";
        bool first = true;
        auto sep = [&] {
          if (!first) out_ += ", ";
          first = false;
        };
        for (const TypeNode* p : type->positional) {
          sep();
          Type(p);
        }
        if (!type->optional.empty()) {
          sep();
          out_ += "[";
          for (size_t i = 0; i < type->optional.size(); i++) {
            if (i > 0) out_ += ", ";
            Type(type->optional[i]);
          }
          out_ += "]";
        }
        if (!type->named.empty()) {
          sep();
          out_ += "{";
          for (size_t i = 0; i < type->named.size(); i++) {
            if (i > 0) out_ += ", ";
            Type(type->named[i].second);
            out_ += " " + type->named[i].first;
          }
          out_ += "}";
        }
        out_ += ")";
        break;
      }
    }
    if (type->nullable) out_ += "?";
  }

  // Patterns print as s-expressions: (var final int x), (const 1), (< 5), (or a b),
  // (record a name: b), (object Point x: p), (list a (rest r)), (map 'k': p).
  void PatternNode(const Pattern* p) {
    if (p == nullptr) {
      out_ += "_";
      return;
    }
    auto fields = [&](const char* head) {
      out_ += std::string("(") + head;
      if (p->pattern_kind == Pattern::kObject) {
        out_ += " ";
        Type(p->type);
      }
      for (const PatternField& f : p->fields) {
        out_ += " ";
        if (f.key != nullptr) {
          Expression(f.key);
          out_ += ": ";
        } else if (!f.name.empty()) {
          out_ += f.name + ": ";
        }
        PatternNode(f.pattern);
      }
      out_ += ")";
    };
    switch (p->pattern_kind) {
      case Pattern::kVariable:
        out_ += "(var ";
        if (p->is_final) out_ += "final ";
        if (p->type != nullptr) {
          Type(p->type);
          out_ += " ";
        }
        out_ += (p->name.empty() ? "_" : p->name) + ")";
        return;
      case Pattern::kConstant:
        out_ += "(const ";
        Expression(p->expr);
        out_ += ")";
        return;
      case Pattern::kRelational:
        out_ += "(" + p->op + " ";
        Expression(p->expr);
        out_ += ")";
        return;
      case Pattern::kOr:
      case Pattern::kAnd:
        out_ += p->pattern_kind == Pattern::kOr ? "(or " : "(and ";
        PatternNode(p->left);
        out_ += " ";
        PatternNode(p->right);
        out_ += ")";
        return;
      case Pattern::kCast:
        out_ += "(as ";
        PatternNode(p->left);
        out_ += " ";
        Type(p->type);
        out_ += ")";
        return;
      case Pattern::kNullCheck:
      case Pattern::kNullAssert:
        out_ += p->pattern_kind == Pattern::kNullCheck ? "(? " : "(! ";
        PatternNode(p->left);
        out_ += ")";
        return;
      case Pattern::kRest:
        out_ += "(rest";
        if (p->left != nullptr) {
          out_ += " ";
          PatternNode(p->left);
        }
        out_ += ")";
        return;
      case Pattern::kAssign:
        out_ += "(assign ";
        Expression(p->expr);
        out_ += ")";
        return;
      case Pattern::kList:
        fields("list");
        return;
      case Pattern::kMap:
        fields("map");
        return;
      case Pattern::kRecord:
        fields("record");
        return;
      case Pattern::kObject:
        fields("object");
        return;
    }
  }

  void Expression(const Expr* expr) {
    if (expr == nullptr) {
      out_ += "_";
      return;
    }
    switch (expr->kind) {
      case NodeKind::kNullLiteral:
        out_ += "null";
        return;
      case NodeKind::kBoolLiteral:
        out_ += static_cast<const BoolLiteral*>(expr)->value ? "true" : "false";
        return;
      case NodeKind::kIntLiteral:
        out_ += std::to_string(static_cast<const IntLiteral*>(expr)->value);
        return;
      case NodeKind::kDoubleLiteral:
        out_ += DoubleText(static_cast<const DoubleLiteral*>(expr)->value);
        return;
      case NodeKind::kStringLiteral:
        out_ += Quote(static_cast<const StringLiteral*>(expr)->value);
        return;
      case NodeKind::kStringInterpolation: {
        auto* node = static_cast<const StringInterpolation*>(expr);
        out_ += "(interpolate";
        for (size_t i = 0; i < node->strings.size(); i++) {
          out_ += " " + Quote(node->strings[i]);
          if (i < node->exprs.size()) {
            out_ += " ";
            Expression(node->exprs[i]);
          }
        }
        out_ += ")";
        return;
      }
      case NodeKind::kListLiteral: {
        auto* node = static_cast<const ListLiteral*>(expr);
        out_ += node->is_const ? "(const-list" : "(list";
        if (node->type_arg != nullptr) {
          out_ += " <";
          Type(node->type_arg);
          out_ += ">";
        }
        Elements(node->elements);
        out_ += ")";
        return;
      }
      case NodeKind::kSetOrMapLiteral: {
        auto* node = static_cast<const SetOrMapLiteral*>(expr);
        out_ += node->is_const ? "(const-" : "(";
        out_ += node->form == SetOrMapLiteral::kMap   ? "map"
                : node->form == SetOrMapLiteral::kSet ? "set"
                                                      : "set-or-map";
        if (!node->type_args.empty()) {
          out_ += " <";
          for (size_t i = 0; i < node->type_args.size(); i++) {
            if (i > 0) out_ += ", ";
            Type(node->type_args[i]);
          }
          out_ += ">";
        }
        Elements(node->elements);
        out_ += ")";
        return;
      }
      case NodeKind::kMapEntryElement: {
        auto* node = static_cast<const MapEntryElement*>(expr);
        out_ += "(: ";
        Expression(node->key);
        out_ += " ";
        Expression(node->value);
        out_ += ")";
        return;
      }
      case NodeKind::kSpreadElement: {
        auto* node = static_cast<const SpreadElement*>(expr);
        out_ += node->null_aware ? "(...? " : "(... ";
        Expression(node->expr);
        out_ += ")";
        return;
      }
      case NodeKind::kIfElement: {
        auto* node = static_cast<const IfElement*>(expr);
        out_ += "(if-element ";
        Expression(node->condition);
        out_ += " ";
        Expression(node->then_element);
        if (node->else_element != nullptr) {
          out_ += " else ";
          Expression(node->else_element);
        }
        out_ += ")";
        return;
      }
      case NodeKind::kForElement: {
        auto* node = static_cast<const ForElement*>(expr);
        out_ += "(for-element ";
        if (node->is_for_in) {
          ForInHead(node->loop_var, node->loop_target, node->iterable);
        } else {
          ForHead(node->init, node->init_exprs, node->condition, node->updates);
        }
        out_ += " ";
        Expression(node->body);
        out_ += ")";
        return;
      }
      case NodeKind::kIdentifier:
        out_ += static_cast<const Identifier*>(expr)->name;
        return;
      case NodeKind::kThis:
        out_ += "this";
        return;
      case NodeKind::kSuper:
        out_ += "super";
        return;
      case NodeKind::kPropertyGet: {
        auto* node = static_cast<const PropertyGet*>(expr);
        out_ += node->null_aware ? "(?. " : "(. ";
        Expression(node->receiver);
        out_ += " " + node->name + ")";
        return;
      }
      case NodeKind::kInvocation: {
        auto* node = static_cast<const Invocation*>(expr);
        out_ += node->null_aware ? "(invoke?" : "(invoke";
        if (node->in_const_context) out_ += "-in-const";
        out_ += " ";
        if (node->receiver != nullptr) {
          Expression(node->receiver);
          out_ += " ";
        }
        out_ += node->name;
        TypeArgs(node->type_args);
        Args(node->args);
        out_ += ")";
        return;
      }
      case NodeKind::kFunctionCall: {
        auto* node = static_cast<const FunctionCall*>(expr);
        out_ += "(call ";
        Expression(node->callee);
        TypeArgs(node->type_args);
        Args(node->args);
        out_ += ")";
        return;
      }
      case NodeKind::kIndex: {
        auto* node = static_cast<const Index*>(expr);
        out_ += node->null_aware ? "(?[] " : "([] ";
        Expression(node->target);
        out_ += " ";
        Expression(node->index);
        out_ += ")";
        return;
      }
      case NodeKind::kConstructorCall: {
        auto* node = static_cast<const ConstructorCall*>(expr);
        out_ += node->is_const ? "(const " : "(new ";
        Type(node->type);
        if (!node->constructor_name.empty()) out_ += " ." + node->constructor_name;
        Args(node->args);
        out_ += ")";
        return;
      }
      case NodeKind::kAssign: {
        auto* node = static_cast<const Assign*>(expr);
        out_ += "(" + node->op + " ";
        Expression(node->target);
        out_ += " ";
        Expression(node->value);
        out_ += ")";
        return;
      }
      case NodeKind::kUpdate: {
        auto* node = static_cast<const Update*>(expr);
        const char* op = node->is_increment ? "++" : "--";
        out_ += node->is_prefix ? std::string("(prefix") + op + " "
                                : std::string("(postfix") + op + " ";
        Expression(node->target);
        out_ += ")";
        return;
      }
      case NodeKind::kUnary: {
        auto* node = static_cast<const Unary*>(expr);
        out_ += "(" + node->op + " ";
        Expression(node->operand);
        out_ += ")";
        return;
      }
      case NodeKind::kBinary: {
        auto* node = static_cast<const Binary*>(expr);
        out_ += "(" + node->op + " ";
        Expression(node->left);
        out_ += " ";
        Expression(node->right);
        out_ += ")";
        return;
      }
      case NodeKind::kConditional: {
        auto* node = static_cast<const Conditional*>(expr);
        out_ += "(?: ";
        Expression(node->condition);
        out_ += " ";
        Expression(node->then_expr);
        out_ += " ";
        Expression(node->else_expr);
        out_ += ")";
        return;
      }
      case NodeKind::kIs: {
        auto* node = static_cast<const Is*>(expr);
        out_ += node->negated ? "(is! " : "(is ";
        Expression(node->expr);
        out_ += " ";
        Type(node->type);
        out_ += ")";
        return;
      }
      case NodeKind::kAs: {
        auto* node = static_cast<const As*>(expr);
        out_ += "(as ";
        Expression(node->expr);
        out_ += " ";
        Type(node->type);
        out_ += ")";
        return;
      }
      case NodeKind::kNullCheck:
        out_ += "(null-check ";
        Expression(static_cast<const NullCheck*>(expr)->expr);
        out_ += ")";
        return;
      case NodeKind::kThrow:
        out_ += "(throw ";
        Expression(static_cast<const Throw*>(expr)->expr);
        out_ += ")";
        return;
      case NodeKind::kFunctionExpr:
        out_ += "(fn";
        Function(static_cast<const FunctionExpr*>(expr)->function);
        out_ += ")";
        return;
      case NodeKind::kCascade: {
        auto* node = static_cast<const Cascade*>(expr);
        out_ += node->null_aware ? "(cascade? " : "(cascade ";
        Expression(node->target);
        for (const Expr* section : node->sections) {
          out_ += " ";
          Expression(section);
        }
        out_ += ")";
        return;
      }
      case NodeKind::kCascadeReceiver:
        out_ += "..";
        return;
      case NodeKind::kAwait:
        out_ += "(await ";
        Expression(static_cast<const Await*>(expr)->expr);
        out_ += ")";
        return;
      case NodeKind::kTypeLiteral:
        out_ += "(type ";
        Type(static_cast<const TypeLiteral*>(expr)->type);
        out_ += ")";
        return;
      case NodeKind::kSwitchExpr: {
        auto* node = static_cast<const SwitchExpr*>(expr);
        out_ += "(switch-expr ";
        Expression(node->subject);
        for (const SwitchExprCase& c : node->cases) {
          out_ += " (";
          PatternNode(c.pattern);
          if (c.guard != nullptr) {
            out_ += " when ";
            Expression(c.guard);
          }
          out_ += " => ";
          Expression(c.body);
          out_ += ")";
        }
        out_ += ")";
        return;
      }
      case NodeKind::kPatternAssign: {
        auto* node = static_cast<const PatternAssign*>(expr);
        out_ += "(pattern= ";
        PatternNode(node->pattern);
        out_ += " ";
        Expression(node->value);
        out_ += ")";
        return;
      }
      case NodeKind::kRecordLiteral: {
        const Arguments& fields = static_cast<const RecordLiteral*>(expr)->fields;
        out_ += "(record";
        for (const Expr* e : fields.positional) {
          out_ += " ";
          Expression(e);
        }
        for (const NamedArg& n : fields.named) {
          out_ += " " + n.name + ": ";
          Expression(n.value);
        }
        out_ += ")";
        return;
      }
      default:
        out_ += std::string("(?") + NodeKindName(expr->kind) + ")";
        return;
    }
  }

  void Statement(const Stmt* stmt) {
    if (stmt == nullptr) {
      out_ += "_";
      return;
    }
    Pos(stmt->pos);
    switch (stmt->kind) {
      case NodeKind::kBlock: {
        auto* node = static_cast<const Block*>(stmt);
        out_ += "(block";
        indent_++;
        for (const Stmt* s : node->statements) {
          Line();
          Statement(s);
        }
        indent_--;
        out_ += ")";
        return;
      }
      case NodeKind::kExprStmt:
        out_ += "(expr ";
        Expression(static_cast<const ExprStmt*>(stmt)->expr);
        out_ += ")";
        return;
      case NodeKind::kVarDeclStmt: {
        auto* node = static_cast<const VarDeclStmt*>(stmt);
        out_ += "(var";
        VarFlags(node->is_late, node->is_final, node->is_const, false);
        VarList(node->type, node->vars);
        out_ += ")";
        return;
      }
      case NodeKind::kIf: {
        auto* node = static_cast<const If*>(stmt);
        out_ += "(if ";
        Expression(node->condition);
        if (node->case_pattern != nullptr) {
          out_ += " case ";
          PatternNode(node->case_pattern);
          if (node->guard != nullptr) {
            out_ += " when ";
            Expression(node->guard);
          }
        }
        indent_++;
        Line();
        Statement(node->then_stmt);
        if (node->else_stmt != nullptr) {
          Line();
          out_ += "else ";
          Statement(node->else_stmt);
        }
        indent_--;
        out_ += ")";
        return;
      }
      case NodeKind::kFor: {
        auto* node = static_cast<const For*>(stmt);
        out_ += "(for ";
        ForHead(node->init, node->init_exprs, node->condition, node->updates);
        Body(node->body);
        return;
      }
      case NodeKind::kForIn: {
        auto* node = static_cast<const ForIn*>(stmt);
        out_ += node->is_await ? "(await-for-in " : "(for-in ";
        ForInHead(node->loop_var, node->loop_target, node->iterable);
        Body(node->body);
        return;
      }
      case NodeKind::kWhile: {
        auto* node = static_cast<const While*>(stmt);
        out_ += "(while ";
        Expression(node->condition);
        Body(node->body);
        return;
      }
      case NodeKind::kDoWhile: {
        auto* node = static_cast<const DoWhile*>(stmt);
        out_ += "(do-while ";
        Expression(node->condition);
        Body(node->body);
        return;
      }
      case NodeKind::kSwitch: {
        auto* node = static_cast<const Switch*>(stmt);
        out_ += "(switch ";
        Expression(node->subject);
        indent_++;
        for (const SwitchCase& c : node->cases) {
          Line(c.pos);
          out_ += "(case";
          for (const std::string& label : c.labels) out_ += " " + label + ":";
          if (node->has_patterns) {
            for (size_t i = 0; i < c.patterns.size(); i++) {
              out_ += " ";
              PatternNode(c.patterns[i]);
              if (c.guards[i] != nullptr) {
                out_ += " when ";
                Expression(c.guards[i]);
              }
            }
          } else {
            for (const Expr* e : c.expressions) {
              out_ += " ";
              Expression(e);
            }
          }
          if (c.is_default) out_ += " default";
          indent_++;
          for (const Stmt* s : c.body) {
            Line();
            Statement(s);
          }
          indent_--;
          out_ += ")";
        }
        indent_--;
        out_ += ")";
        return;
      }
      case NodeKind::kBreak: {
        auto* node = static_cast<const Break*>(stmt);
        out_ += node->label.empty() ? "(break)" : "(break " + node->label + ")";
        return;
      }
      case NodeKind::kContinue: {
        auto* node = static_cast<const Continue*>(stmt);
        out_ += node->label.empty() ? "(continue)" : "(continue " + node->label + ")";
        return;
      }
      case NodeKind::kReturn: {
        auto* node = static_cast<const Return*>(stmt);
        out_ += "(return";
        if (node->value != nullptr) {
          out_ += " ";
          Expression(node->value);
        }
        out_ += ")";
        return;
      }
      case NodeKind::kTry: {
        auto* node = static_cast<const Try*>(stmt);
        out_ += "(try";
        indent_++;
        Line();
        Statement(node->body);
        for (const CatchClause& c : node->catches) {
          Line(c.pos);
          out_ += "(catch";
          if (c.on_type != nullptr) {
            out_ += " on ";
            Type(c.on_type);
          }
          if (!c.exception_name.empty()) out_ += " " + c.exception_name;
          if (!c.stack_name.empty()) out_ += " " + c.stack_name;
          indent_++;
          Line();
          Statement(c.body);
          indent_--;
          out_ += ")";
        }
        if (node->finally_block != nullptr) {
          Line();
          out_ += "finally ";
          Statement(node->finally_block);
        }
        indent_--;
        out_ += ")";
        return;
      }
      case NodeKind::kRethrow:
        out_ += "(rethrow)";
        return;
      case NodeKind::kAssert: {
        auto* node = static_cast<const Assert*>(stmt);
        out_ += "(assert ";
        Expression(node->condition);
        if (node->message != nullptr) {
          out_ += " ";
          Expression(node->message);
        }
        out_ += ")";
        return;
      }
      case NodeKind::kLabeled: {
        auto* node = static_cast<const Labeled*>(stmt);
        out_ += "(labeled " + Join(node->labels);
        Body(node->body);
        return;
      }
      case NodeKind::kLocalFunction:
        out_ += "(local-function ";
        DeclNode(static_cast<const LocalFunction*>(stmt)->function);
        out_ += ")";
        return;
      case NodeKind::kEmpty:
        out_ += "(empty)";
        return;
      case NodeKind::kYield: {
        auto* node = static_cast<const Yield*>(stmt);
        out_ += node->is_star ? "(yield* " : "(yield ";
        Expression(node->value);
        out_ += ")";
        return;
      }
      case NodeKind::kPatternVarDecl: {
        auto* node = static_cast<const PatternVarDecl*>(stmt);
        out_ += node->is_final ? "(final-pattern " : "(var-pattern ";
        PatternNode(node->pattern);
        out_ += " = ";
        Expression(node->value);
        out_ += ")";
        return;
      }
      default:
        out_ += std::string("(?") + NodeKindName(stmt->kind) + ")";
        return;
    }
  }

  void DeclNode(const Decl* decl) {
    Pos(decl->pos);
    Metadata(decl);
    switch (decl->kind) {
      case NodeKind::kFunctionDecl: {
        auto* node = static_cast<const FunctionDecl*>(decl);
        out_ += node->is_getter ? "(getter " : node->is_setter ? "(setter " : "(function ";
        if (decl->is_external) out_ += "external ";
        out_ += decl->name;
        Function(node->function);
        out_ += ")";
        return;
      }
      case NodeKind::kClassDecl: {
        auto* node = static_cast<const ClassDecl*>(decl);
        out_ += node->is_abstract ? "(abstract-class " : "(class ";
        out_ += decl->name;
        TypeParams(node->type_params);
        if (node->superclass != nullptr) {
          out_ += " extends ";
          Type(node->superclass);
        }
        TypeListClause(" with", node->mixins);
        TypeListClause(" implements", node->interfaces);
        Members(node->members);
        out_ += ")";
        return;
      }
      case NodeKind::kMixinDecl: {
        auto* node = static_cast<const MixinDecl*>(decl);
        out_ += "(mixin " + decl->name;
        TypeParams(node->type_params);
        TypeListClause(" on", node->on_types);
        TypeListClause(" implements", node->interfaces);
        Members(node->members);
        out_ += ")";
        return;
      }
      case NodeKind::kExtensionDecl: {
        auto* node = static_cast<const ExtensionDecl*>(decl);
        out_ += "(extension";
        if (!decl->name.empty()) out_ += " " + decl->name;
        TypeParams(node->type_params);
        out_ += " on ";
        Type(node->on_type);
        Members(node->members);
        out_ += ")";
        return;
      }
      case NodeKind::kEnumDecl: {
        auto* node = static_cast<const EnumDecl*>(decl);
        out_ += "(enum " + decl->name;
        TypeListClause(" with", node->mixins);
        TypeListClause(" implements", node->interfaces);
        indent_++;
        for (const EnumValue& value : node->values) {
          Line(value.pos);
          out_ += "(value " + value.name;
          if (!value.constructor_name.empty()) out_ += " ." + value.constructor_name;
          if (value.has_args) Args(value.args);
          out_ += ")";
        }
        indent_--;
        Members(node->members);
        out_ += ")";
        return;
      }
      case NodeKind::kTypedefDecl: {
        auto* node = static_cast<const TypedefDecl*>(decl);
        out_ += "(typedef " + decl->name;
        TypeParams(node->type_params);
        out_ += " ";
        Type(node->type);
        out_ += ")";
        return;
      }
      case NodeKind::kTopLevelVarDecl: {
        auto* node = static_cast<const TopLevelVarDecl*>(decl);
        out_ += "(top-level-var";
        if (decl->is_external) out_ += " external";
        VarFlags(node->is_late, node->is_final, node->is_const, false);
        VarList(node->type, node->vars);
        out_ += ")";
        return;
      }
      case NodeKind::kFieldDecl: {
        auto* node = static_cast<const FieldDecl*>(decl);
        out_ += "(field";
        if (decl->is_external) out_ += " external";
        if (node->is_static) out_ += " static";
        if (node->is_covariant) out_ += " covariant";
        VarFlags(node->is_late, node->is_final, node->is_const, false);
        VarList(node->type, node->vars);
        out_ += ")";
        return;
      }
      case NodeKind::kMethodDecl: {
        auto* node = static_cast<const MethodDecl*>(decl);
        const char* kind = node->method_kind == MethodDecl::kGetter     ? "(getter "
                           : node->method_kind == MethodDecl::kSetter   ? "(setter "
                           : node->method_kind == MethodDecl::kOperator ? "(operator "
                                                                        : "(method ";
        out_ += kind;
        if (node->is_static) out_ += "static ";
        if (decl->is_external) out_ += "external ";
        if (node->is_abstract) out_ += "abstract ";
        out_ += decl->name;
        Function(node->function);
        out_ += ")";
        return;
      }
      case NodeKind::kConstructorDecl: {
        auto* node = static_cast<const ConstructorDecl*>(decl);
        out_ += "(constructor";
        if (node->is_const) out_ += " const";
        if (node->is_factory) out_ += " factory";
        if (decl->is_external) out_ += " external";
        out_ += decl->name.empty() ? " <unnamed>" : " " + decl->name;
        if (node->redirect_type != nullptr) {
          out_ += " = ";
          Type(node->redirect_type);
          if (!node->redirect_name.empty()) out_ += "." + node->redirect_name;
        }
        if (!node->initializers.empty()) {
          out_ += " (initializers";
          for (const Initializer& init : node->initializers) {
            out_ += " ";
            InitializerNode(init);
          }
          out_ += ")";
        }
        Function(node->function);
        out_ += ")";
        return;
      }
      default:
        out_ += std::string("(?") + NodeKindName(decl->kind) + ")";
        return;
    }
  }

 private:
  void Line(uint32_t pos) {
    Line();
    Pos(pos);
  }
  void Line() {
    out_ += "\n";
    out_.append(static_cast<size_t>(indent_) * 2, ' ');
  }
  void Pos(uint32_t pos) {
    if (!with_positions_ || pos == last_pos_written_) return;
    int line = 0;
    int col = 0;
    source_->LineCol(pos, &line, &col);
    out_ += "@" + std::to_string(line) + ":" + std::to_string(col) + " ";
    last_pos_written_ = pos;
  }

  static std::string Join(const std::vector<std::string>& names) {
    std::string out;
    for (size_t i = 0; i < names.size(); i++) {
      if (i > 0) out += " ";
      out += names[i];
    }
    return out;
  }

  void Metadata(const Decl* decl) {
    for (const Expr* m : decl->metadata) {
      out_ += "@";
      Expression(m);
      out_ += " ";
    }
  }

  void Members(const std::vector<Decl*>& members) {
    indent_++;
    for (const Decl* member : members) {
      Line();
      DeclNode(member);
    }
    indent_--;
  }

  void TypeParams(const std::vector<std::string>& params) {
    if (!params.empty()) out_ += "<" + Join(params) + ">";
  }

  void TypeArgs(const std::vector<TypeNode*>& args) {
    if (args.empty()) return;
    out_ += " <";
    for (size_t i = 0; i < args.size(); i++) {
      if (i > 0) out_ += ", ";
      Type(args[i]);
    }
    out_ += ">";
  }

  void TypeListClause(const char* keyword, const std::vector<TypeNode*>& types) {
    if (types.empty()) return;
    out_ += keyword;
    for (const TypeNode* t : types) {
      out_ += " ";
      Type(t);
    }
  }

  void Args(const Arguments& args) {
    out_ += " (args";
    size_t positional = 0;
    size_t named = 0;
    // Print in source order, which `order` records.
    for (bool is_positional : args.order) {
      out_ += " ";
      if (is_positional && positional < args.positional.size()) {
        Expression(args.positional[positional++]);
      } else if (!is_positional && named < args.named.size()) {
        out_ += args.named[named].name + ": ";
        Expression(args.named[named++].value);
      }
    }
    out_ += ")";
  }

  void Elements(const std::vector<Expr*>& elements) {
    for (const Expr* e : elements) {
      out_ += " ";
      Expression(e);
    }
  }

  void VarFlags(bool is_late, bool is_final, bool is_const, bool) {
    if (is_late) out_ += " late";
    if (is_final) out_ += " final";
    if (is_const) out_ += " const";
  }

  void VarList(const TypeNode* type, const std::vector<VarDecl>& vars) {
    if (type != nullptr) {
      out_ += " ";
      Type(type);
    }
    for (const VarDecl& v : vars) {
      out_ += " (" + v.name;
      if (v.initializer != nullptr) {
        out_ += " = ";
        Expression(v.initializer);
      }
      out_ += ")";
    }
  }

  void ForHead(const VarDeclStmt* init, const std::vector<Expr*>& init_exprs, const Expr* condition,
               const std::vector<Expr*>& updates) {
    out_ += "(";
    if (init != nullptr) {
      Statement(init);
    } else {
      for (size_t i = 0; i < init_exprs.size(); i++) {
        if (i > 0) out_ += " ";
        Expression(init_exprs[i]);
      }
    }
    out_ += "; ";
    if (condition != nullptr) Expression(condition);
    out_ += ";";
    for (const Expr* u : updates) {
      out_ += " ";
      Expression(u);
    }
    out_ += ")";
  }

  void ForInHead(const VarDeclStmt* loop_var, const Expr* loop_target, const Expr* iterable) {
    out_ += "(";
    if (loop_var != nullptr) {
      Statement(loop_var);
    } else {
      Expression(loop_target);
    }
    out_ += " in ";
    Expression(iterable);
    out_ += ")";
  }

  // The body of a loop or labelled statement on its own line, then the closing parenthesis.
  void Body(const Stmt* body) {
    indent_++;
    Line();
    Statement(body);
    indent_--;
    out_ += ")";
  }

  void Function(const FunctionNode* function) {
    if (function == nullptr) return;
    TypeParams(function->type_params);
    out_ += " (params";
    for (const Param& p : function->params) {
      out_ += " (";
      if (p.is_named) out_ += "named ";
      if (p.is_optional && !p.is_named) out_ += "optional ";
      if (p.is_required) out_ += "required ";
      if (p.is_covariant) out_ += "covariant ";
      if (p.is_final) out_ += "final ";
      if (p.type != nullptr) {
        Type(p.type);
        out_ += " ";
      }
      if (p.is_this_init) out_ += "this.";
      if (p.is_super_init) out_ += "super.";
      out_ += p.name;
      if (p.default_value != nullptr) {
        out_ += " = ";
        Expression(p.default_value);
      }
      out_ += ")";
    }
    out_ += ")";
    if (function->return_type != nullptr) {
      out_ += " -> ";
      Type(function->return_type);
    }
    out_ += AsyncName(function->async_kind);
    if (function->arrow_body != nullptr) {
      out_ += " => ";
      Expression(function->arrow_body);
    } else if (function->body != nullptr) {
      indent_++;
      Line();
      Statement(function->body);
      indent_--;
    } else {
      out_ += " ;";
    }
  }

  void InitializerNode(const Initializer& init) {
    switch (init.kind) {
      case Initializer::kField:
        out_ += "(= " + init.name + " ";
        Expression(init.value);
        out_ += ")";
        return;
      case Initializer::kSuper:
      case Initializer::kRedirect:
        out_ += init.kind == Initializer::kSuper ? "(super" : "(this";
        if (!init.name.empty()) out_ += "." + init.name;
        Args(init.args);
        out_ += ")";
        return;
      case Initializer::kAssert:
        out_ += "(assert ";
        Expression(init.value);
        if (init.message != nullptr) {
          out_ += " ";
          Expression(init.message);
        }
        out_ += ")";
        return;
    }
  }

  void DirectiveNode(const Directive& d) {
    static const char* const kNames[] = {"import",  "export",  "part",
                                         "part-of", "library", "source-2012"};
    out_ += std::string("(") + kNames[d.kind];
    if (!d.uri.empty()) out_ += " " + Quote(d.uri);
    if (!d.name.empty()) out_ += " " + d.name;
    if (d.is_deferred) out_ += " deferred";
    if (!d.prefix.empty()) out_ += " as " + d.prefix;
    if (!d.show.empty()) out_ += " show " + Join(d.show);
    if (!d.hide.empty()) out_ += " hide " + Join(d.hide);
    out_ += ")";
  }

  const SourceFile* source_;
  bool with_positions_;
  int indent_ = 0;
  uint32_t last_pos_written_ = UINT32_MAX;
  std::string out_;
};

}  // namespace

std::string PrintAst(const CompilationUnit& unit, bool with_positions) {
  Printer printer(unit.source, with_positions);
  printer.Unit(unit);
  return printer.Take();
}

std::string PrintExpr(const Expr* expr) {
  Printer printer(nullptr, false);
  printer.Expression(expr);
  return printer.Take();
}

std::string PrintType(const TypeNode* type) {
  Printer printer(nullptr, false);
  printer.Type(type);
  return printer.Take();
}

}  // namespace islet
